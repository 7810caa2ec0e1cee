import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadLabelled } from '../../bench/cluster-data.ts';
import { nearDuplicateOf, shingles } from './near-duplicates.ts';

const STORIES = path.join(import.meta.dirname, '..', '..', '..', 'devtools', 'fixture-world', 'ntrex-dev', 'stories');

test('a republished copy (new headline, credit line changed) is a near-duplicate; other articles are not', async () => {
  const english = (await loadLabelled(STORIES)).filter((a) => a.language === 'eng');
  const original = english[0]!;
  const lines = original.body.split('\n');
  const copy = { title: `UPDATED: ${original.title}`, body: [...lines.slice(0, -1), '(Reporting by the wire; editing by the desk.)'].join('\n') };
  const candidates = english.map((a) => ({ id: a.id, shingles: shingles(a.title, a.body) }));
  assert.equal(nearDuplicateOf({ id: 'copy', shingles: shingles(copy.title, copy.body) }, candidates), original.id);
  for (const a of candidates) assert.equal(nearDuplicateOf(a, candidates), null, `${a.id} is no copy of another article`);
});
