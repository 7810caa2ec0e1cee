import { slugify } from '../pipeline/publish.ts';

/** "/story/42-warren-to-weigh-a-run-for-president": the id decides, the slug only reads well. */
export function storyPath(s: { id: number; headline: string }): string {
  return `/story/${s.id}-${slugify(s.headline)}`;
}

/** The story id at the start of a /story/ path segment, or null. */
export function storyIdOf(segment: string): number | null {
  const m = /^([1-9]\d{0,15})(?:-[a-z0-9-]*)?$/.exec(segment);
  return m ? Number(m[1]) : null;
}

/** "5 outlets in 3 languages". */
export function coverageText(s: { outlets: number; languages: number }): string {
  return `${s.outlets} ${s.outlets === 1 ? 'outlet' : 'outlets'} in ${s.languages} ${s.languages === 1 ? 'language' : 'languages'}`;
}
