import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { identifyLanguage } from './identify.ts';

const DESK = ['es', 'ca', 'gl', 'pt', 'fr', 'it', 'ro', 'de', 'nl', 'pl', 'ru', 'uk', 'en'];

test('identifies single sentences and headlines', () => {
  const cases: [string, string, string | null, string][] = [
    ['es', 'El Gobierno aprueba la reforma de las pensiones tras meses de negociación con los sindicatos', null, 'es'],
    ['ca', 'El Govern aprova la reforma de les pensions després de mesos de negociació amb els sindicats', null, 'ca'],
    ['gl', 'O Goberno aproba a reforma das pensións despois de meses de negociación cos sindicatos', null, 'gl'],
    ['pt', 'O Governo aprova a reforma das pensões depois de meses de negociação com os sindicatos', null, 'pt'],
    ['fr', 'Le gouvernement adopte la réforme des retraites après des mois de négociation avec les syndicats', null, 'fr'],
    ['it', 'Il governo approva la riforma delle pensioni dopo mesi di trattative con i sindacati', null, 'it'],
    ['de', 'Die Regierung beschließt die Rentenreform nach monatelangen Verhandlungen mit den Gewerkschaften', null, 'de'],
    ['ru', 'Правительство одобрило пенсионную реформу после нескольких месяцев переговоров с профсоюзами', null, 'ru'],
    ['uk', 'Уряд схвалив пенсійну реформу після кількох місяців переговорів із профспілками', null, 'uk'],
    ['pl', 'Rząd przyjął reformę emerytalną po wielu miesiącach negocjacji ze związkami zawodowymi', null, 'pl'],
    ['en', 'The government approves the pension reform after months of negotiation with the unions', null, 'en'],
    // Declared language as a prior: a region subtag still matches, and the answer is spelled as expected.
    ['pt-BR', 'O Governo aprova a reforma das pensões depois de meses de negociação com os sindicatos', 'pt-BR', 'pt'],
  ];
  for (const [want, text, declared, expectedTag] of cases) {
    const expected = DESK.map((t) => (t === expectedTag ? want : t));
    const got = identifyLanguage(text, { expected, declared });
    assert.equal(got?.language, want, text);
    assert.ok(got && got.confidence > 0 && got.confidence <= 1, `confidence ${got.confidence} for ${text}`);
  }
});

test('too little text: null, or the declared language with low confidence', () => {
  assert.equal(identifyLanguage('¡Hola!', { expected: DESK }), null);
  assert.deepEqual(identifyLanguage('   ', { expected: DESK, declared: 'fr' }), { language: 'fr', confidence: 0.2 });
  const hinted = identifyLanguage('12:45 — 3-1', { expected: DESK, declared: 'fr-FR' });
  assert.equal(hinted?.language, 'fr');
  assert.ok(hinted && hinted.confidence < 0.5);
  assert.equal(identifyLanguage('¡Hola!', { expected: DESK, declared: 'ja' }), null, 'a declared language outside the desk is ignored');
});

test('restricted to the expected languages', () => {
  const got = identifyLanguage('Il governo approva la riforma delle pensioni dopo mesi di trattative', { expected: ['es', 'fr'] });
  assert.ok(got && ['es', 'fr'].includes(got.language));
  assert.throws(() => identifyLanguage('texto', { expected: [] }), /expected languages is empty/);
});

test('NTREX stories: titles and bodies in 13 languages', () => {
  const dir = fileURLToPath(new URL('../../devtools/fixture-world/ntrex-dev/stories/', import.meta.url));
  const toBcp47: Record<string, string> = {
    spa: 'es', cat: 'ca', glg: 'gl', por: 'pt', fra: 'fr', ita: 'it', ron: 'ro',
    deu: 'de', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk', eng: 'en',
  };
  const stories = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as { language: string; title: string; body: string });
  assert.ok(stories.length > 700, `only ${stories.length} stories in ${dir}`);
  let titles = 0;
  let bodies = 0;
  let hinted = 0;
  let misled = 0;
  for (const s of stories) {
    const want = toBcp47[s.language];
    if (identifyLanguage(s.title, { expected: DESK })?.language === want) titles++;
    if (identifyLanguage(s.title, { expected: DESK, declared: want })?.language === want) hinted++;
    if (identifyLanguage(s.body, { expected: DESK })?.language === want) bodies++;
    // A CMS that stamps every page lang="es": the body's own evidence must still win.
    if (identifyLanguage(s.body, { expected: DESK, declared: 'es' })?.language === want) misled++;
  }
  assert.ok(titles / stories.length >= 0.92, `titles ${titles}/${stories.length}`);
  assert.ok(hinted / stories.length >= 0.97, `titles with declared language ${hinted}/${stories.length}`);
  assert.ok(bodies / stories.length >= 0.995, `bodies ${bodies}/${stories.length}`);
  assert.ok(misled / stories.length >= 0.97, `bodies declared "es" whatever their language ${misled}/${stories.length}`);
});
