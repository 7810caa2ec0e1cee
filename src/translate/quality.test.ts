import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessQuality, stopwordLanguage, type QualityFlag, type QualityInput } from './quality.ts';

// NTREX-128 (CC BY-SA 4.0): Spanish source lines and English references.
const SOURCE = [
  'Este desconcierto surge de los planes de cambiar el nombre de la Asamblea a Parlamento de Gales.',
  'Un Miembro de la Asamblea del Partido Laborista declaró que a su grupo le preocupaba “que rimase con Twp y Pwp”.',
];
const GOOD = [
  'It has arisen because of plans to change the name of the Assembly to the Welsh Parliament.',
  'One Member of the Assembly of the Labour Party said his group was concerned "it rhymes with Twp and Pwp."',
];

describe('assessQuality', () => {
  const cases: { name: string; input: Partial<QualityInput>; flags: QualityFlag[]; decision: string; below?: number }[] = [
    { name: 'a good translation', input: { output: GOOD }, flags: [], decision: 'publish' },
    {
      name: 'source language left in the output',
      input: { output: [GOOD[0]!, SOURCE[1]!] },
      flags: ['source_language_left'],
      decision: 'hold',
    },
    { name: 'untranslated throughout', input: { output: SOURCE }, flags: ['source_language_left'], decision: 'hold' },
    {
      name: 'many unknown words, as Apertium marks them',
      input: { output: GOOD, unknownWords: 8 },
      flags: ['unknown_words'],
      decision: 'publish',
      below: 0.8,
    },
    {
      name: 'names lost and too short',
      input: { output: ['It arises from plans.', 'A member said his group worried.'] },
      flags: ['length_ratio', 'names_lost'],
      decision: 'hold',
    },
    {
      name: 'placeholders dropped by the engine',
      input: { output: GOOD, placeholdersLost: 3 },
      flags: ['placeholders_lost'],
      decision: 'publish',
      below: 0.85,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const report = assessQuality({ from: 'es', source: SOURCE, output: [], ...c.input });
      assert.deepEqual(report.flags, c.flags, JSON.stringify(report.measures));
      assert.equal(report.decision, c.decision, `score ${report.score}`);
      if (c.below !== undefined) assert.ok(report.score < c.below, `score ${report.score} not below ${c.below}`);
      if (c.flags.length === 0) assert.equal(report.score, 1);
    });
  }

  it('publishes with a notice instead of holding when configured so', () => {
    const report = assessQuality({ from: 'es', source: SOURCE, output: SOURCE }, { threshold: 0.6, belowThreshold: 'publish-with-notice' });
    assert.equal(report.decision, 'publish-with-notice');
  });

  it('takes a language identifier when one is given', () => {
    const report = assessQuality({ from: 'es', source: SOURCE, output: GOOD, identify: () => 'es' });
    assert.ok(report.flags.includes('source_language_left'));
    assert.equal(report.measures.sourceLeft, 1);
  });

  it('counts names lost word by word, ignoring sentence openings', () => {
    const report = assessQuality({ from: 'es', source: ['Ayer habló Pedro Sánchez en Sevilla.'], output: ['Yesterday Pedro spoke in Seville.'] });
    assert.deepEqual(report.measures.namesMissing, ['Sánchez', 'Sevilla']);
    assert.equal(report.measures.names, 3);
    assert.equal(report.measures.namesLost, 1, 'Seville stands for Sevilla; Sánchez is gone');
  });


  it('does not look for names in languages that capitalise every noun', () => {
    const report = assessQuality({ from: 'de', source: ['Die Regierung hat das Gesetz heute beschlossen.'], output: ['The government passed the law today.'] });
    assert.equal(report.measures.names, 0);
    assert.deepEqual(report.flags, []);
  });
});

describe('stopwordLanguage', () => {
  const cases: [string, string, string | null][] = [
    [SOURCE[0]!, 'es', 'es'],
    [GOOD[0]!, 'es', 'en'],
    ['Le gouvernement a dit que la loi est dans le journal.', 'fr', 'fr'],
    ['Foo bar baz.', 'es', null],
    ['Texto cualquiera.', 'xx', null],
  ];
  for (const [text, from, want] of cases) it(`${from}: ${text.slice(0, 30)}`, () => assert.equal(stopwordLanguage(text, from), want));
});
