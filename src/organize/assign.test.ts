import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignCategory, sectionMapCategory, type AssignmentInput } from './assign.ts';

const text = { title: 'Striker scores twice as champions win the league', standfirst: null, body: 'The goalkeeper could not stop the penalty; the midfielder added a late goal.' };
const base: AssignmentInput = { sections: {}, labels: [], url: 'https://diario.example/deportes/2021/03/26/a-1.html', text };

test('section map first: page section, feed categories, then URL path segments, case- and accent-insensitively', () => {
  const sections = { Política: 'News/Politics', economia: 'Business/Economy', deportes: 'Sport' };
  assert.equal(sectionMapCategory(sections, ['POLITICA'], base.url), 'News/Politics');
  assert.equal(sectionMapCategory(sections, [null, 'Economía'], base.url), 'Business/Economy');
  assert.equal(sectionMapCategory(sections, ['Opinión'], base.url), 'Sport');
  assert.equal(sectionMapCategory(sections, [], 'not a url'), null);
  assert.deepEqual(assignCategory({ ...base, sections, labels: ['Política'] }), { category: 'News/Politics', source: 'section-map', confidence: 1, iptc: 'medtop:11000000' });
});

test('a category the section map gave at ingest is kept; one from an earlier classification is not', () => {
  assert.deepEqual(assignCategory({ ...base, stored: { category: 'Culture/Film', source: null } }), { category: 'Culture/Film', source: 'section-map', confidence: 1, iptc: 'medtop:20000005' });
  assert.equal(assignCategory({ ...base, stored: { category: 'Culture/Film', source: 'classifier' } }).category, 'Sport/Football');
});

test('without a section map: an English label the taxonomy knows, then the classifier on the English text', () => {
  assert.deepEqual(assignCategory({ ...base, labels: ['Deportes', 'Soccer'] }), { category: 'Sport/Football', source: 'feed', confidence: 0.9, iptc: 'medtop:20001065' });
  const c = assignCategory({ ...base, labels: ['Deportes'] });
  assert.equal(c.source, 'classifier');
  assert.equal(c.category, 'Sport/Football');
  assert.equal(c.iptc, 'medtop:20001065');
  assert.ok(c.confidence > 0.3 && c.confidence <= 1, String(c.confidence));
  assert.deepEqual(assignCategory({ ...base, text: { title: null, standfirst: null, body: '' } }), { category: 'News', source: 'classifier', confidence: 0, iptc: null });
});
