import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubed, pairwise } from './cluster.ts';

const map = (o: Record<string, string>) => new Map(Object.entries(o));

test('a perfect clustering scores 1 on every measure', () => {
  const gold = map({ a: 'x', b: 'x', c: 'y' });
  assert.deepEqual(bcubed(gold, gold), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(pairwise(gold, gold), { precision: 1, recall: 1, f1: 1 });
});

test('B-cubed on the textbook example: one cluster holding two gold classes', () => {
  // gold: {a,b,c} {d,e}; predicted: {a,b,c,d} {e}
  const gold = map({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' });
  const predicted = map({ a: '1', b: '1', c: '1', d: '1', e: '2' });
  const s = bcubed(predicted, gold);
  // precision: a,b,c 3/4 each, d 1/4, e 1 → (9/4 + 1/4 + 1) / 5 = 0.7
  assert.equal(s.precision.toFixed(6), '0.700000');
  // recall: a,b,c 1 each, d 1/2, e 1/2 → 4/5
  assert.equal(s.recall.toFixed(6), '0.800000');
  assert.equal(s.f1.toFixed(6), ((2 * 0.7 * 0.8) / 1.5).toFixed(6));
});

test('pairwise counts pairs: all singletons have no false pairs and find none', () => {
  const gold = map({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' });
  const predicted = map({ a: '1', b: '1', c: '1', d: '1', e: '2' });
  const s = pairwise(predicted, gold);
  // predicted pairs 6, of which 3 (ab, ac, bc) are right; gold pairs 4 (ab, ac, bc, de)
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.75);
  const singletons = pairwise(map({ a: '1', b: '2' }), map({ a: 'x', b: 'x' }));
  assert.deepEqual([singletons.precision, singletons.recall, singletons.f1], [1, 0, 0]);
});

test('items missing from the gold labels are named', () => {
  assert.throws(() => bcubed(map({ a: '1', z: '1' }), map({ a: 'x', b: 'x' })), /item "z" has no gold label/);
});
