import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryHref, categoryTree, findCategory, slugOf } from './lists.ts';

test('slugs: lower case, accents dropped, anything else one dash; other scripts kept', () => {
  const cases: [string, string][] = [
    ['News', 'news'],
    ['Business & Economy', 'business-economy'],
    ['Política', 'politica'],
    ['<img src=x> & "Co"', 'img-src-x-co'],
    ['Спорт', 'спорт'],
  ];
  for (const [name, slug] of cases) assert.equal(slugOf(name), slug, name);
  assert.equal(categoryHref('News/Politics'), '/category/news/politics');
  assert.equal(categoryHref('Спорт'), '/category/%D1%81%D0%BF%D0%BE%D1%80%D1%82');
});

test('the category tree makes parents no article is filed under, counts children into parents, sorts by label', () => {
  const tree = categoryTree([
    { value: 'News/World', published: 2 },
    { value: 'Business', published: 1 },
    { value: 'News/Politics', published: 3 },
    { value: 'Business/Economy', published: 4 },
  ]);
  const shape = (nodes: typeof tree): unknown => nodes.map((n) => [n.name, n.label, n.href, n.published, shape(n.children)]);
  assert.deepEqual(shape(tree), [
    ['Business', 'Business', '/category/business', 5, [['Business/Economy', 'Economy', '/category/business/economy', 4, []]]],
    ['News', 'News', '/category/news', 5, [
      ['News/Politics', 'Politics', '/category/news/politics', 3, []],
      ['News/World', 'World', '/category/news/world', 2, []],
    ]],
  ]);
  assert.deepEqual(findCategory(tree, ['news', 'world'])?.map((n) => n.name), ['News', 'News/World']);
  assert.equal(findCategory(tree, ['world']), null);
  assert.equal(findCategory(tree, ['news', 'world', 'more']), null);
  assert.equal(findCategory(tree, []), null);
});
