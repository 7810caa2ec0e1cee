import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordLookups } from './word-lookups.ts';

/** A stand-in helper: answers each word but "Jong-un" (which an analyser answers as parts), and records what it was asked. */
function helper(): { asked: string[][]; ask: (words: string[]) => Promise<Map<string, string[]>> } {
  const asked: string[][] = [];
  return {
    asked,
    ask: async (words) => {
      asked.push(words);
      return new Map(words.filter((w) => w !== 'Jong-un').map((w) => [w, [`${w}<np>`]]));
    },
  };
}

test('a word is asked about once, and answered from what the helper said', async () => {
  const { asked, ask } = helper();
  const lookups = new WordLookups(ask);
  assert.deepEqual([...(await lookups.lookUp(['Rosa', 'Lee', 'Rosa']))], [['Rosa', ['Rosa<np>']], ['Lee', ['Lee<np>']]]);
  assert.deepEqual([...(await lookups.lookUp(['Lee', 'Salvador']))], [['Lee', ['Lee<np>']], ['Salvador', ['Salvador<np>']]]);
  assert.deepEqual(asked, [['Rosa', 'Lee'], ['Salvador']]);
});

test('a word the helper gave no answer for stays unanswered, and is not asked again', async () => {
  const { asked, ask } = helper();
  const lookups = new WordLookups(ask);
  assert.equal((await lookups.lookUp(['Jong-un'])).has('Jong-un'), false);
  assert.equal((await lookups.lookUp(['Jong-un'])).has('Jong-un'), false);
  assert.deepEqual(asked, [['Jong-un']]);
});

test('past its limit it forgets, and asks again', async () => {
  const { asked, ask } = helper();
  const lookups = new WordLookups(ask, 2);
  await lookups.lookUp(['A', 'B']);
  await lookups.lookUp(['C']);
  await lookups.lookUp(['A']);
  assert.deepEqual(asked, [['A', 'B'], ['C'], ['A']]);
});
