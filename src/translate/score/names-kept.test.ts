import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesKept } from './names-kept.ts';

test('names kept counts capitalised words shared by source and reference, except each line\'s first', () => {
  const result = namesKept(
    ['El presidente de El Salvador, Lee Kuan, habló', 'Salvador llegó con Ana'],
    ['The president of The Saviour, reads Kuan, spoke', 'Saviour arrived with Ana'],
    ['The president of El Salvador, Lee Kuan, spoke', 'Salvador arrived with Ana'],
  );
  // Line 1: Salvador, Lee, Kuan ("El" is too short); line 2: Ana ("Salvador" opens the line).
  assert.deepEqual(result.missed, ['Salvador', 'Lee']);
  assert.equal(result.kept, 2);
  assert.equal(result.total, 4);
  assert.equal(result.rate, 0.5);
});
