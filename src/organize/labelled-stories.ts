import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifierInput } from './classify.ts';

/**
 * The hand-labelled NTREX stories of the fixture world (testdata/ntrex-dev-labels.json) and their texts in any of
 * the world's languages, shaped as the classifier reads an article: first line standfirst, the rest the body.
 */
const STORIES = join(import.meta.dirname, '../../devtools/fixture-world/ntrex-dev/stories');

export interface StoryLabel {
  category: string;
  also?: string[];
}

export function storyLabels(): Record<string, StoryLabel> {
  return (JSON.parse(readFileSync(join(import.meta.dirname, 'testdata/ntrex-dev-labels.json'), 'utf8')) as { labels: Record<string, StoryLabel> }).labels;
}

/** A story's title and lines in `language` (ISO 639-3, as the NTREX files are named). */
export function storyLines(id: string, language = 'eng'): { title: string; lines: string[] } {
  const s = JSON.parse(readFileSync(join(STORIES, `${id}.${language}.json`), 'utf8')) as { title: string; body: string };
  return { title: s.title, lines: s.body.split('\n') };
}

export function asArticle(title: string, lines: string[]): ClassifierInput {
  return { title, standfirst: lines[0] ?? null, body: lines.slice(1).join('\n') };
}
