import { contentStems } from './english.ts';
import { numbers, properNames } from './entities.ts';
import { fold } from './fold.ts';

/** A bag of features with their (sub-linear) weights in one article. */
export type Bag = Map<string, number>;

/** The article as clustering sees it: the text's language (English once translated), title and body. */
export interface ClusterText {
  language: string;
  title: string;
  body: string;
}

export interface Features {
  /** English content stems; empty when the text is not English (an untranslated article). */
  text: Bag;
  /** Names and numbers: comparable whatever the language. */
  entities: Bag;
}

/** Title words count this many times: a headline says what the story is. */
const TITLE_WEIGHT = 3;

function bag(items: Iterable<[string, number]>): Bag {
  const counts = new Map<string, number>();
  for (const [key, n] of items) counts.set(key, (counts.get(key) ?? 0) + n);
  for (const [key, n] of counts) counts.set(key, 1 + Math.log(n));
  return counts;
}

export function features(a: ClusterText): Features {
  const english = a.language.toLowerCase().split(/[-_]/)[0] === 'en';
  const text = english
    ? bag([
        ...contentStems(fold(a.title)).map((s): [string, number] => [s, TITLE_WEIGHT]),
        ...contentStems(fold(a.body)).map((s): [string, number] => [s, 1]),
      ])
    : new Map<string, number>();
  const whole = `${a.title}.\n${a.body}`;
  const entities = bag([
    ...properNames(whole).map((n): [string, number] => [`n:${n}`, 1]),
    ...numbers(whole).map((n): [string, number] => [`#:${n}`, 1]),
  ]);
  return { text, entities };
}
