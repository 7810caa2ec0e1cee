import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InMemoryMemoryStore, TranslationMemory, normaliseSegment } from './memory.ts';

describe('normaliseSegment', () => {
  const cases: [string, string][] = [
    ['  El   gobierno\n dijo ', 'El gobierno dijo'],
    ['Bogota\u0301', 'Bogotá'],
    ['a\u00a0b', 'a b'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => assert.equal(normaliseSegment(input), want));
});

describe('TranslationMemory', () => {
  it('sends each distinct normalised segment once per engine and pair, and counts hits', async () => {
    const memory = new TranslationMemory(new InMemoryMemoryStore());
    const first = await memory.lookup('deepl', 'es', 'en', ['Hola.', ' Hola. ', 'Adiós.']);
    assert.deepEqual(first.toSend, ['Hola.', 'Adiós.']);
    assert.deepEqual(await first.complete(['Hello.', 'Goodbye.']), ['Hello.', 'Hello.', 'Goodbye.']);

    const second = await memory.lookup('deepl', 'es', 'en', ['Hola.', 'Nuevo.']);
    assert.deepEqual(second.toSend, ['Nuevo.']);
    assert.deepEqual(await second.complete(['New.']), ['Hello.', 'New.']);

    const otherEngine = await memory.lookup('google', 'es', 'en', ['Hola.']);
    assert.deepEqual(otherEngine.toSend, ['Hola.']);
    const otherGlossary = await memory.lookup('deepl', 'es', 'en', ['Hola.'], 'glossary:abc');
    assert.deepEqual(otherGlossary.toSend, ['Hola.']);

    assert.deepEqual(memory.stats(), { hits: 2, misses: 5, hitRate: 2 / 7 });
  });
});
