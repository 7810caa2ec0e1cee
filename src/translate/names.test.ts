import assert from 'node:assert/strict';
import { test } from 'node:test';
import { protectNames } from './names.ts';

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
  for (const { name, analysed, expected } of cases) assert.equal(protectNames(analysed).stream, expected, name);
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
