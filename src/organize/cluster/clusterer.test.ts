import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadLabelled, translateLanguage, type LabelledArticle } from '../../bench/cluster-data.ts';
import { bcubed } from '../../bench/scoring/cluster.ts';
import { ApertiumEngine } from '../../translate/engines/apertium.ts';
import { StoryClusterer } from './clusterer.ts';
import { numbers, properNames } from './entities.ts';
import { skeleton } from './fold.ts';

const STORIES = path.join(import.meta.dirname, '..', '..', '..', 'devtools', 'fixture-world', 'ntrex-dev', 'stories');
const HAS_APERTIUM = existsSync('/usr/share/apertium/modes/spa-eng.mode');

test('names meet across scripts and spellings through their skeletons', () => {
  assert.equal(skeleton('Trump'), skeleton('Трампа'));
  assert.equal(skeleton('Warren'), skeleton('Уоррен'));
  assert.equal(skeleton('Elizabeth'), skeleton('Элизабет'));
  assert.equal(skeleton('Daley'), skeleton('Дейли'));
  assert.notEqual(skeleton('Trump'), skeleton('Warren'));
});

test('names: distinct, skipping words capitalised only as sentence openers; numbers lose their separators', () => {
  const names = properNames('The senator met Elizabeth Warren. Warren said no.\nThey left.');
  assert.deepEqual(names.sort(), [skeleton('Elizabeth'), skeleton('Warren')].sort());
  assert.deepEqual(properNames('Rain fell. Rain stopped.'), [], 'capitalised only as sentence openers');
  assert.deepEqual(numbers('In 2018, 1,500 people (or 1.500) came; 7 stayed.'), ['2018', '1500', '1500']);
});

/** Clusters `articles` (already in the language given) in a fixed shuffled order and scores against the labels. */
function clusterAndScore(articles: (LabelledArticle & { as: string })[]) {
  const order = [...articles].sort((a, b) => (hashOf(a.id) - hashOf(b.id)) || a.id.localeCompare(b.id));
  const clusterer = new StoryClusterer();
  const predicted = new Map<string, string>();
  order.forEach((a, i) => predicted.set(a.id, clusterer.add({ id: a.id, language: a.as, title: a.title, body: a.body, date: i * 60_000 }).story));
  return bcubed(predicted, new Map(order.map((a) => [a.id, a.story])));
}

function hashOf(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return h;
}

test('untranslated Russian and German articles join their English story through names and numbers', async () => {
  const all = await loadLabelled(STORIES);
  const chosen = all.filter((a) => ['eng', 'rus', 'deu'].includes(a.language)).map((a) => ({ ...a, as: a.language.slice(0, 2) }));
  const s = clusterAndScore(chosen);
  assert.ok(s.f1 >= 0.85, `B-cubed F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)})`);
});

test('English and Apertium-translated Spanish, Catalan and Portuguese cluster by story', { skip: HAS_APERTIUM ? false : 'Apertium spa-eng not installed' }, async () => {
  const all = await loadLabelled(STORIES);
  const engine = new ApertiumEngine();
  const chosen: (LabelledArticle & { as: string })[] = all.filter((a) => a.language === 'eng').map((a) => ({ ...a, as: 'en' }));
  try {
    for (const lang of ['spa', 'cat', 'por']) {
      const articles = all.filter((a) => a.language === lang);
      const { texts } = await translateLanguage(articles, engine, { cacheDir: null });
      articles.forEach((a, i) => chosen.push({ ...a, ...texts[i]!, as: 'en' }));
    }
  } finally {
    await engine.close();
  }
  const s = clusterAndScore(chosen);
  assert.ok(s.f1 >= 0.95, `B-cubed F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)})`);
});

test('an article outside the time window starts a story of its own', () => {
  const clusterer = new StoryClusterer({ windowMs: 3600_000 });
  const text = { language: 'en', title: 'Warren to weigh a run for president', body: 'Senator Elizabeth Warren of Massachusetts said on Saturday in Holyoke she will weigh a 2020 run.' };
  const first = clusterer.add({ id: 'a', ...text, date: '2018-09-29T12:00:00Z' });
  const same = clusterer.add({ id: 'b', ...text, date: '2018-09-29T12:30:00Z' });
  const late = clusterer.add({ id: 'c', ...text, date: '2018-10-09T12:00:00Z' });
  assert.equal(same.story, first.story);
  assert.equal(late.started, true);
  assert.throws(() => clusterer.add({ id: 'd', ...text, date: 'yesterday' }), /date "yesterday" is not a date/);
});
