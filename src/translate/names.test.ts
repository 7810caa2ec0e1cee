import assert from 'node:assert/strict';
import { test } from 'node:test';
import { protectNames, type NameContext } from './names.ts';

/** Apertium spa-eng analyser output (lt-proc -z spa-eng.automorf.bin) for the sentence in each case's name. */
const cases: { name: string; analysed: string; expected: string }[] = [
  {
    name: 'Lee el libro de El Salvador. — "Salvador" keeps only its proper-noun reading and "El" stays beside it',
    analysed:
      '^Lee/Lee<np><ant><m><sg>/Leer<vblex><pri><p3><sg>/Leer<vblex><imp><p2><sg>$ ^el/el<det><def><m><sg>$ ^libro/libro<n><m><sg>/librar<vblex><pri><p1><sg>$ ^de/de<pr>$ ^El/El<det><def><m><sg>$ ^Salvador/Salvador<n><m><sg>/Salvador<np><ant><m><sg>$^./.<sent>$[]',
    expected:
      '^Lee/Lee<np><ant><m><sg>/Leer<vblex><pri><p3><sg>/Leer<vblex><imp><p2><sg>$ ^el/el<det><def><m><sg>$ ^libro/libro<n><m><sg>/librar<vblex><pri><p1><sg>$ ^de/de<pr>$ ^El/*El$ ^Salvador/Salvador<np><ant><m><sg>$^./.<sent>$[]',
  },
  {
    name: 'Habló Lee Kuan en el Parlamento de Gales. — "Lee" beside an unknown name; institutions untouched',
    analysed:
      '^Habló/Hablar<vblex><ifi><p3><sg>$ ^Lee/Lee<np><ant><m><sg>/Leer<vblex><pri><p3><sg>/Leer<vblex><imp><p2><sg>$ ^Kuan/*Kuan$ ^en/en<pr>$ ^el/el<det><def><m><sg>$ ^Parlamento/Parlamento<n><m><sg>$ ^de/de<pr>$ ^Gales/Gales<np><loc><m><sg>$^./.<sent>$[]',
    expected:
      '^Habló/Hablar<vblex><ifi><p3><sg>$ ^Lee/Lee<np><ant><m><sg>$ ^Kuan/*Kuan$ ^en/en<pr>$ ^el/el<det><def><m><sg>$ ^Parlamento/Parlamento<n><m><sg>$ ^de/de<pr>$ ^Gales/Gales<np><loc><m><sg>$^./.<sent>$[]',
  },
  {
    name: 'Dijo Kim Jong-un. — the part after the hyphen of a name is not the article "un"',
    analysed:
      '^Dijo/Decir<vblex><ifi><p3><sg>$ ^Kim/Kim<np><ant><f><sg>$ ^Jong/*Jong$^-/-<guio>$^un/uno<det><ind><m><sg>$^./.<sent>$[]',
    expected:
      '^Dijo/Decir<vblex><ifi><p3><sg>$ ^Kim/*Kim$ ^Jong/*Jong$^-/-<guio>$^un/*un$^./.<sent>$[]',
  },
  {
    name: 'La Asamblea Nacional de Sonora. — a lone capitalised adjective is a name, one beside a noun is not',
    analysed:
      '^La/El<det><def><f><sg>/Prpers<prn><pro><p3><f><sg>$ ^Asamblea/Asamblea<n><f><sg>$ ^Nacional/Nacional<adj><mf><sg>$ ^de/de<pr>$ ^Sonora/Sonoro<adj><f><sg>$^./.<sent>$[]',
    expected:
      '^La/El<det><def><f><sg>/Prpers<prn><pro><p3><f><sg>$ ^Asamblea/Asamblea<n><f><sg>$ ^Nacional/Nacional<adj><mf><sg>$ ^de/de<pr>$ ^Sonora/*Sonora$^./.<sent>$[]',
  },
  {
    name: 'En la UEFA Europa League. — a proper noun inside an unknown name is kept as written',
    analysed:
      '^En/En<pr>$ ^la/el<det><def><f><sg>/prpers<prn><pro><p3><f><sg>$ ^UEFA/UEFA<n><acr><f><sg>$ ^Europa/Europa<np><loc><f><sg>$ ^League/*League$^./.<sent>$[]',
    expected:
      '^En/En<pr>$ ^la/el<det><def><f><sg>/prpers<prn><pro><p3><f><sg>$ ^UEFA/UEFA<n><acr><f><sg>$ ^Europa/*Europa$ ^League/*League$^./.<sent>$[]',
  },
  {
    name: 'escapes and superblanks pass through; "Rosa" after a number is the name',
    analysed: '[s3]^1\\/2/1\\/2<num>$ [0]^Rosa/Rosa<n><f><sg>/Rosa<np><ant><f><sg>$[1][]',
    expected: '[s3]^1\\/2/1\\/2<num>$ [0]^Rosa/Rosa<np><ant><f><sg>$[1][]',
  },
];

test('protectNames keeps capitalised common words used as names', () => {
  for (const { name, analysed, expected } of cases) {
    assert.equal(protectNames(analysed, new Set(), { finalLeg: true }).stream, expected, name);
  }
});

test('protectNames reports the names it saw and keeps those a previous leg found', () => {
  // Spanish analysis of fr→es output "Lee, con Radio.": a verb at the start, a lone singular noun.
  const analysed =
    '^Lee/Lee<np><ant><m><sg>/Leer<vblex><pri><p3><sg>$^,/,<cm>$ ^con/con<pr>$ ^Radio/Radio<n><f><sg>$^./.<sent>$[]';
  const alone = protectNames(analysed);
  assert.equal(alone.stream, analysed);
  assert.deepEqual(alone.names, ['Lee']);
  const kept = protectNames(analysed, new Set(['Lee', 'Radio']));
  assert.equal(kept.stream, '^Lee/Lee<np><ant><m><sg>$^,/,<cm>$ ^con/con<pr>$ ^Radio/*Radio$^./.<sent>$[]');
});

/** The English analyser's answer (lt-proc eng-spa.automorf.bin) for the capitalised words of the cases below. */
const ENGLISH = new Map<string, string[]>([
  ['Texas', ['Texas<np><loc><sg>']],
  ['China', ['China<n><sg>', 'China<np><loc><sg>']],
  ['National', ['National<adj>']],
  ['Science', ['Science<n><sg>']],
  ['Bat', ['Bat<n><sg>']],
  ['Conservation', ['Conservation<n><sg>']],
  ['Grand', ['Grand<adj><sint>']],
  ['Boutique', ['*Boutique']],
  ['Syracuse', ['*Syracuse']],
]);

/** First legs of pivots (pt→es, fr→es) on real analyser output (pt-es / fr-es .automorf.bin). */
const pivotCases: { name: string; analysed: string; context: NameContext; expected: string; verbatim: string[] }[] = [
  {
    name: 'na fronteira do Texas e da China. — the name the pt→es dictionary renames "Tejas" passes as written',
    analysed:
      '[s0]^na/em<pr>+o<det><def><f><sg>$ ^fronteira/fronteira<n><f><sg>$ ^do/de<pr>+o<det><def><m><sg>$ ^Texas/Texas<np><loc>$ ^e/e<cnjcoo>$ ^da/de<pr>+o<det><def><f><sg>$ ^China/China<np><loc><f><sg>$^./.<sent>$[]',
    context: { targetReadings: ENGLISH, renamed: new Set(['Texas<np><loc>']) },
    expected:
      '[s0]^na/em<pr>+o<det><def><f><sg>$ ^fronteira/fronteira<n><f><sg>$ ^do/de<pr>+o<det><def><m><sg>$ ^Texas/*Texas$ ^e/e<cnjcoo>$ ^da/de<pr>+o<det><def><f><sg>$ ^China/China<np><loc><f><sg>$^./.<sent>$[]',
    verbatim: ['Texas'],
  },
  {
    name: "l'Université de Syracuse. — a name the last leg would leave in its Spanish spelling keeps its own",
    analysed:
      "[s0]^l'/le<det><def><mf><sg>/le<prn><pro><p3><m><sg>/le<prn><pro><p3><f><sg>$ ^Université/Université<n><f><sg>$ ^de/de<pr>$ ^Syracuse/Syracuse<np><loc>$^./.<sent>$[]",
    context: { targetReadings: ENGLISH, renamed: new Set(['Syracuse<np><loc>']), stranded: new Set(['Syracuse<np><loc>']) },
    expected:
      "[s0]^l'/le<det><def><mf><sg>/le<prn><pro><p3><m><sg>/le<prn><pro><p3><f><sg>$ ^Université/Université<n><f><sg>$ ^de/de<pr>$ ^Syracuse/*Syracuse$^./.<sent>$[]",
    verbatim: ['Syracuse'],
  },
  {
    name: 'la National Science Foundation et le Bat Conservation Trust. — foreign names kept together',
    analysed:
      '[s0]^la/le<det><def><f><sg>/le<prn><pro><p3><f><sg>$ ^National/National<adj><m><sg>$ ^Science/Science<n><f><sg>$ ^Foundation/*Foundation$ ^et/et<cnjcoo>$ ^le/le<det><def><m><sg>/le<prn><pro><p3><nt>/le<prn><pro><p3><m><sg>$ ^Bat/Battre<vblex><pri><p3><sg>$ ^Conservation/Conservation<n><f><sg>$ ^Trust/Trust<np><al>$^./.<sent>$[]',
    context: { targetReadings: ENGLISH },
    expected:
      '[s0]^la/le<det><def><f><sg>/le<prn><pro><p3><f><sg>$ ^National/*National$ ^Science/*Science$ ^Foundation/*Foundation$ ^et/et<cnjcoo>$ ^le/le<det><def><m><sg>/le<prn><pro><p3><nt>/le<prn><pro><p3><m><sg>$ ^Bat/*Bat$ ^Conservation/*Conservation$ ^Trust/Trust<np><al>$^./.<sent>$[]',
    verbatim: ['National', 'Science', 'Bat', 'Conservation'],
  },
  {
    name: 'Grand Prix russe : Lewis Hamilton. — a sentence opening with a name in English',
    analysed:
      '[s0]^Grand/Grand<adj><m><sg>$ ^Prix/Prix<n><m><sp>$ ^russe/russe<adj><mf><sg>/russe<n><mf><sg>$ ^:/:<sent>$ ^Lewis Hamilton/Lewis Hamilton<np><ant>$^./.<sent>$[]',
    context: { targetReadings: ENGLISH },
    expected:
      '[s0]^Grand/*Grand$ ^Prix/*Prix$ ^russe/russe<adj><mf><sg>/russe<n><mf><sg>$ ^:/:<sent>$ ^Lewis Hamilton/Lewis Hamilton<np><ant>$^./.<sent>$[]',
    verbatim: ['Grand', 'Prix'],
  },
  {
    name: 'les comtés de Lee et Collier. — a word listed with a name is a name',
    analysed:
      '[s0]^les/le<det><def><mf><pl>/le<prn><pro><p3><mf><pl>$ ^comtés/comté<n><m><pl>$ ^de/de<pr>$ ^Lee/Lee<np><ant>$ ^et/et<cnjcoo>$ ^Collier/Collier<n><m><sg>$^./.<sent>$[]',
    context: {},
    expected:
      '[s0]^les/le<det><def><mf><pl>/le<prn><pro><p3><mf><pl>$ ^comtés/comté<n><m><pl>$ ^de/de<pr>$ ^Lee/Lee<np><ant>$ ^et/et<cnjcoo>$ ^Collier/*Collier$^./.<sent>$[]',
    verbatim: [],
  },
  {
    name: 'la ligne de maquillage Boutique pour offrir. — a capitalised noun set after a common noun names it',
    analysed:
      '[s0]^la/le<det><def><f><sg>/le<prn><pro><p3><f><sg>$ ^ligne/ligne<n><f><sg>$ ^de/de<pr>$ ^maquillage/maquillage<n><m><sg>$ ^Boutique/Boutique<n><f><sg>$ ^pour/pour<pr>$ ^offrir/offrir<vblex><inf>$^./.<sent>$[]',
    context: { targetReadings: ENGLISH },
    expected:
      '[s0]^la/le<det><def><f><sg>/le<prn><pro><p3><f><sg>$ ^ligne/ligne<n><f><sg>$ ^de/de<pr>$ ^maquillage/maquillage<n><m><sg>$ ^Boutique/*Boutique$ ^pour/pour<pr>$ ^offrir/offrir<vblex><inf>$^./.<sent>$[]',
    verbatim: [],
  },
];

test('protectNames on a pivot\'s first leg: names the target spells as written, foreign names, lists, appositions', () => {
  for (const { name, analysed, context, expected, verbatim } of pivotCases) {
    const out = protectNames(analysed, new Set(), context);
    assert.equal(out.stream, expected, name);
    assert.deepEqual(out.verbatim, verbatim, name);
  }
});

test('a name an earlier leg passed as written stays so mid-sentence, but not as a sentence\'s first word', () => {
  // Spanish analysis of fr→es output "Los Angeles. Los demás." with "Los" kept by the French leg.
  const analysed =
    '[s0]^en/en<pr>$ ^Los/El<det><def><m><pl>$ ^Angeles/*Angeles$^./.<sent>$ ^Los/El<det><def><m><pl>$ ^demás/demás<det><ind><mf><sp>$^./.<sent>$[]';
  const out = protectNames(analysed, new Set(), { verbatim: new Set(['Los']), finalLeg: true });
  assert.equal(
    out.stream,
    '[s0]^en/en<pr>$ ^Los/*Los$ ^Angeles/*Angeles$^./.<sent>$ ^Los/El<det><def><m><pl>$ ^demás/demás<det><ind><mf><sp>$^./.<sent>$[]',
  );
});
