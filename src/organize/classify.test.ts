import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, stem, tokens } from './classify.ts';
import { asArticle, storyLabels, storyLines } from './labelled-stories.ts';
import { isCategory, topLevelOf } from './taxonomy.ts';

const labels = storyLabels();
const story = (id: string) => {
  const s = storyLines(id);
  return asArticle(s.title, s.lines);
};

test('the hand labels cover every English story of the fixture world and use taxonomy categories', () => {
  assert.equal(Object.keys(labels).length, 62);
  for (const [id, l] of Object.entries(labels)) {
    assert.ok(isCategory(l.category), `${id}: ${l.category}`);
    for (const a of l.also ?? []) assert.ok(isCategory(a), `${id}: ${a}`);
    assert.doesNotThrow(() => story(id), id);
  }
});

test('classifier accuracy on the 62 hand-labelled NTREX stories', (t) => {
  let exact = 0;
  let acceptable = 0;
  let topLevel = 0;
  for (const [id, l] of Object.entries(labels)) {
    const c = classify(story(id));
    assert.ok(isCategory(c.category), `${id}: ${c.category}`);
    assert.ok(c.confidence >= 0 && c.confidence <= 1, `${id}: confidence ${c.confidence}`);
    if (c.category === l.category) exact++;
    if (c.category === l.category || (l.also ?? []).includes(c.category)) acceptable++;
    if (topLevelOf(c.category) === topLevelOf(l.category)) topLevel++;
  }
  const n = Object.keys(labels).length;
  t.diagnostic(`exact ${exact}/${n} (${((100 * exact) / n).toFixed(1)}%), acceptable ${acceptable}/${n}, top level ${topLevel}/${n}`);
  assert.ok(exact / n >= 0.6, `exact ${exact}/${n}`);
  assert.ok(acceptable / n >= 0.68, `acceptable ${acceptable}/${n}`);
  assert.ok(topLevel / n >= 0.75, `top level ${topLevel}/${n}`);
});

test('little or no evidence falls back to "News"; an unsure leaf falls back to its top level', () => {
  assert.deepEqual(classify({ title: null, standfirst: null, body: '' }), { category: 'News', confidence: 0, candidates: [] });
  assert.equal(classify({ title: 'Xyzzy plugh', standfirst: null, body: 'Lorem ipsum dolor sit amet.' }).category, 'News');
  const sport = classify({ title: 'A great season ends', standfirst: null, body: 'The team won the championship match in front of its fans at the stadium.' });
  assert.equal(sport.category, 'Sport');
  const football = classify({ title: 'Late penalty gives visitors the win', standfirst: null, body: 'The striker scored from the spot after the goalkeeper brought him down; the midfielder added a second goal.' });
  assert.equal(football.category, 'Sport/Football');
});

test('text and lexicon meet through the same tokens', () => {
  assert.deepEqual(['charged', 'charges', 'charge'].map(stem), ['charg', 'charg', 'charg']);
  assert.deepEqual(['stabbed', 'stabbing', 'stab'].map(stem), ['stab', 'stab', 'stab']);
  assert.equal(stem('injuries'), 'injury');
  assert.deepEqual(tokens("The A.I. firm's U.S. plans"), ['ai', 'firm', 'us', 'plan']);
});
