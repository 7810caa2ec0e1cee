import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junkHint } from './hints.ts';

const cases: [string, string][] = [
  ['mvp-author-box-wrap left relative', 'furniture'],
  ['author-card__wrapper isSingle', 'furniture'],
  ['autor-info', 'furniture'],
  ['author', 'none'],
  ['article-body', 'none'],
];

for (const [hints, verdict] of cases) {
  test(`class "${hints}" is ${verdict}`, () => assert.equal(junkHint(hints), verdict));
}
