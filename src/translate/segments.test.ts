import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, inBatches, planSegments, splitLong } from './segments.ts';

describe('htmlToText', () => {
  const cases: [string, string][] = [
    ['El <a href="/x">gobierno</a>&nbsp;dijo', 'El gobierno dijo'],
    ['A &amp; B &lt;3 &#8364; &#x2019;', 'A & B <3 € ’'],
    ['uno<br>dos<br/>tres', 'uno dos tres'],
    ['&bogus; stays', '&bogus; stays'],
  ];
  for (const [html, text] of cases) it(html, () => assert.equal(htmlToText(html), text));
});

describe('planSegments', () => {
  it('escapes plain-text fields on the way out and reads them back as text', () => {
    const plan = planSegments({ title: 'A <b> & "c"', standfirst: null, blocks: [], image: null, related: [] });
    assert.deepEqual(plan.segments, ['A &lt;b&gt; &amp; &quot;c&quot;']);
    assert.equal(plan.rebuild(['X &lt;b&gt; &amp; y']).title, 'X <b> & y');
  });

  it('refuses a translation list of the wrong length', () => {
    const plan = planSegments({ title: 'a', standfirst: 'b', blocks: [], image: null, related: [] });
    assert.throws(() => plan.rebuild(['x']), /1 translations for 2 segments/);
  });
});

describe('splitLong', () => {
  const cases: { name: string; html: string; max: number; want: string[] }[] = [
    { name: 'short stays whole', html: 'Uno. Dos.', max: 100, want: ['Uno. Dos.'] },
    { name: 'cut at sentence ends', html: 'Uno uno. Dos dos. Tres tres.', max: 10, want: ['Uno uno.', 'Dos dos.', 'Tres tres.'] },
    { name: 'sentences packed up to the limit', html: 'Uno. Dos. Tres.', max: 10, want: ['Uno. Dos.', 'Tres.'] },
    { name: 'never inside an element', html: '<a href="/x">Uno. Dos.</a> Tres.', max: 12, want: ['<a href="/x">Uno. Dos.</a>', 'Tres.'] },
    { name: 'no cut point: sent whole', html: 'Unodostrescuatro', max: 5, want: ['Unodostrescuatro'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(splitLong(c.html, c.max), c.want));
});

describe('inBatches', () => {
  it('respects segment and character limits, keeps order, and rejoins cut segments', async () => {
    const seen: string[][] = [];
    const out = await inBatches(['a1', 'b2', 'Largo uno. Largo dos.', 'c3'], { maxSegments: 2, maxChars: 12 }, async (batch) => {
      seen.push(batch);
      return batch.map((s) => s.toUpperCase());
    });
    assert.deepEqual(out, ['A1', 'B2', 'LARGO UNO. LARGO DOS.', 'C3']);
    assert.deepEqual(seen, [['a1', 'b2'], ['Largo uno.'], ['Largo dos.', 'c3']]);
  });

  it('refuses an answer of the wrong length', async () => {
    await assert.rejects(inBatches(['a', 'b'], { maxSegments: 5, maxChars: 100 }, async () => ['A']), /batch of 2 segments answered with 1/);
  });
});

describe('soft hyphens', () => {
  it('are taken out of every segment before an engine sees them', () => {
    const plan = planSegments({
      title: 'Deutsch\u00adland hilft dem Welt\u00adernährungs\u00adprogramm',
      standfirst: null,
      blocks: [{ type: 'paragraph', html: 'Die Bundes&shy;regierung und das Ent&#173;wicklungs\u00administerium', text: 'Die Bundesregierung und das Entwicklungsministerium' }],
      image: null,
      related: [],
    });
    assert.deepEqual(plan.segments, ['Deutschland hilft dem Welternährungsprogramm', 'Die Bundesregierung und das Entwicklungsministerium']);
  });
});
