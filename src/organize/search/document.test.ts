import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksText, facet, facetTokens, MARK_CLOSE, MARK_OPEN, searchDocument } from './document.ts';
import { distinctiveTerms, termFrequencies } from './distinctive.ts';

test('plain text of the blocks readers read; highlight markers never come from the text', () => {
  const text = blocksText([
    { type: 'heading', level: 2, html: 'Heading', text: 'Heading' },
    { type: 'paragraph', html: 'A <em>b</em>', text: `A b${MARK_OPEN}x${MARK_CLOSE}` },
    { type: 'list', ordered: false, items: [{ html: 'one', text: 'one' }, { html: 'two', text: 'two' }] },
    { type: 'related', items: [{ title: 'Elsewhere', url: 'https://x.example/' }] },
    { type: 'image', src: 'https://x.example/i.jpg', caption: 'Caption' },
  ]);
  assert.equal(text, 'Heading\nA bx\none\ntwo');
});

test('facet tokens: one per value, every ancestor category, the month; values never collide or split', () => {
  const tokens = facetTokens({ language: 'pt-BR', country: 'br', sourceId: 'folha-de-s-paulo', category: 'News/Politics', publishedAt: '2021-03-26T19:00:00Z' });
  assert.deepEqual(tokens, [facet.language('pt-br'), facet.country('BR'), facet.source('folha-de-s-paulo'), facet.category('News'), facet.category('News/Politics'), 'm202103']);
  for (const t of tokens) assert.match(t, /^[a-z][0-9a-f]+$/);
  assert.notEqual(facet.category('News/Politics'), facet.category('News Politics'));
});

test('a search document keeps English and original apart', () => {
  const p = (text: string) => ({ type: 'paragraph' as const, html: text, text });
  const d = searchDocument({
    language: 'es', country: 'ES', sourceId: 'el-pais', category: null, publishedAt: '2021-03-26T19:00:00Z',
    title: 'Rain', standfirst: null, blocks: [p('It rained.')],
    original: { title: 'Lluvia', standfirst: 'Llueve', blocks: [p('Llovió.')] },
  });
  assert.deepEqual([d.title, d.standfirst, d.body, d.originalTitle, d.originalBody], ['Rain', '', 'It rained.', 'Lluvia', 'Llueve\nLlovió.']);
});

test('distinctive terms: frequent here, rare elsewhere; stopwords and one-off words left out', () => {
  const tf = termFrequencies({ title: 'Floods in Valencia', standfirst: '', body: 'The floods and the rain: floods everywhere, said the mayor of Valencia. Zyxw.' });
  assert.equal(tf.get('floods'), 5);
  assert.equal(tf.has('the'), false);
  const df = new Map([['floods', 3], ['valencia', 2], ['rain', 40], ['mayor', 9], ['zyxw', 1], ['everywhere', 10]]);
  assert.deepEqual(distinctiveTerms({ tf, df, articles: 100, limit: 3 }), ['floods', 'valencia', 'mayor']);
  assert.ok(!distinctiveTerms({ tf, df, articles: 100, limit: 10 }).includes('zyxw'), 'found nowhere else');
  assert.ok(!distinctiveTerms({ tf, df, articles: 100, limit: 10, maxShare: 0.3 }).includes('rain'), 'in too many articles');
});
