import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One NTREX document in one language: the same `story` in every language is the same event. */
export interface Story {
  id: string;
  story: string;
  language: string;
  title: string;
  lines: string[];
}

const STORIES_DIR = fileURLToPath(new URL('./ntrex-dev/stories/', import.meta.url));

let cache: Map<string, Story[]> | null = null;

/** Stories grouped by NTREX language code, each group in a stable order. Read once per process. */
export function storiesByLanguage(): Map<string, Story[]> {
  if (cache) return cache;
  const byLang = new Map<string, Story[]>();
  for (const file of readdirSync(STORIES_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(STORIES_DIR + file, 'utf8')) as { id?: unknown; story?: unknown; language?: unknown; title?: unknown; body?: unknown };
    if (typeof raw.id !== 'string' || typeof raw.story !== 'string' || typeof raw.language !== 'string' || typeof raw.title !== 'string' || typeof raw.body !== 'string') {
      throw new Error(`${STORIES_DIR}${file}: expected {id, story, language, title, body} strings`);
    }
    const story: Story = { id: raw.id, story: raw.story, language: raw.language, title: raw.title.trim(), lines: raw.body.split('\n').map((l) => l.trim()).filter(Boolean) };
    const group = byLang.get(story.language) ?? [];
    group.push(story);
    byLang.set(story.language, group);
  }
  cache = byLang;
  return byLang;
}
