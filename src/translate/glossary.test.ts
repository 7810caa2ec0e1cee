import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeTranslate } from './fakes/lexicon.ts';
import { mergeGlossaries, nothingToTranslate, protect, restore, type ProtectionRules } from './glossary.ts';

const rules: ProtectionRules = { terms: { Naypyidó: 'Naypyidaw', 'Nueva York': 'New York' }, keep: ['El País', 'AT&T News'] };

describe('protect and restore', () => {
  const cases: { name: string; html: string; slots: string[]; after: string }[] = [
    {
      name: 'glossary term becomes its target',
      html: 'La capital Naypyidó hoy.',
      slots: ['Naypyidaw'],
      after: 'The capital Naypyidaw today.',
    },
    {
      name: 'outlet name kept as written, even with an entity',
      html: 'Según El País y AT&amp;T News, la ley.',
      slots: ['El País', 'AT&amp;T News'],
      after: 'Según El País and AT&amp;T News, the law.',
    },
    {
      name: 'numbers with separators, URL and e-mail unchanged',
      html: 'El 26/03/2024 a las 10:30, 1.234,5 euros; ver www.gob.es/ley y prensa@gob.es.',
      slots: ['26/03/2024', '10:30', '1.234,5', 'www.gob.es/ley', 'prensa@gob.es'],
      after: 'The 26/03/2024 a the 10:30, 1.234,5 euros; ver www.gob.es/ley and prensa@gob.es.',
    },
    {
      name: 'attributes untouched, text inside links protected',
      html: '<a href="https://x.es/2024/ley">La ley de 2024</a>',
      slots: ['2024'],
      after: '<a href="https://x.es/2024/ley">The law of 2024</a>',
    },
    {
      name: 'longest term first, whole words only',
      html: 'Nueva York y Nueva Yorkina.',
      slots: ['New York'],
      after: 'New York and New Yorkina.',
    },
    {
      name: 'digits inside words are left to the engine',
      html: 'El modelo A320 vuela.',
      slots: [],
      after: 'The modelo A320 vuela.',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = protect(c.html, rules);
      assert.deepEqual(p.slots, c.slots);
      const r = restore(fakeTranslate(p.html, 'es'), p.slots);
      assert.equal(r.html, c.after);
      assert.equal(r.lost, 0);
    });
  }

  it('restores from the slot even when the engine rewrote the placeholder, and counts lost ones', () => {
    const p = protect('Pagó 1.500 euros en 2023.', rules);
    const mangled = p.html.replace('data-fd="0">1.500<', "data-fd='0'>1,500<").replace(/<span[^>]*data-fd="1"[^>]*>2023<\/span>/, '');
    const r = restore(mangled, p.slots);
    assert.equal(r.html, 'Pagó 1.500 euros en .');
    assert.equal(r.lost, 1);
  });

  it('leaves spans already protected by name protection alone', () => {
    const html = '<span translate="no" data-name="1">Lee 2</span> y 3';
    assert.deepEqual(protect(html, rules).slots, ['3']);
  });

  it('knows when only placeholders are left', () => {
    assert.equal(nothingToTranslate(protect('El País', rules).html), true);
    assert.equal(nothingToTranslate(protect('2024 – 15,5', rules).html), true);
    assert.equal(nothingToTranslate(protect('El País dice', rules).html), false);
  });
});

describe('mergeGlossaries', () => {
  it('lets a source override a global term, and refuses empty terms', () => {
    assert.deepEqual(mergeGlossaries({ Birmania: 'Burma', Naypyidó: 'Naypyitaw' }, { Naypyidó: 'Naypyidaw' }), {
      Birmania: 'Burma',
      Naypyidó: 'Naypyidaw',
    });
    assert.throws(() => mergeGlossaries({ Birmania: ' ' }), /empty term in "Birmania"/);
  });
});
