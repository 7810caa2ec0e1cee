import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankTrends, trendInputs } from './trends.ts';

const now = new Date('2026-03-26T14:30:00Z');

test('the most viewed in the last 24 hours comes first; older hours weigh less; outside the window counts nothing', () => {
  const ranked = rankTrends(
    [
      { articleId: 1, hourly: [{ hour: '2026-03-26T14', views: 10 }] },
      { articleId: 2, hourly: [{ hour: '2026-03-26T02', views: 12 }] },
      { articleId: 3, hourly: [{ hour: '2026-03-25T13', views: 1000 }] },
      { articleId: 4, hourly: [{ hour: '2026-03-26T13', views: 30 }, { hour: '2026-03-26T14', views: 5 }] },
    ],
    { now, limit: 10 },
  );
  assert.deepEqual(
    ranked.map((t) => [t.articleId, t.views]),
    [
      [4, 35],
      [1, 10],
      [2, 12],
    ],
  );
});

test('more outlets on the story lift it; ties go to more views, then the newer article; limit applies', () => {
  const hourly = [{ hour: '2026-03-26T14', views: 10 }];
  const ranked = rankTrends(
    [
      { articleId: 1, hourly },
      { articleId: 2, hourly: [{ hour: '2026-03-26T14', views: 15 }] },
      { articleId: 3, hourly, outlets: 4 },
      { articleId: 5, hourly },
    ],
    { now, limit: 3 },
  );
  assert.deepEqual(
    ranked.map((t) => t.articleId),
    [3, 2, 5],
  );
  assert.equal(ranked[0]!.score, 30);
});

test('trendInputs groups rows by article and carries outlet counts', () => {
  const inputs = trendInputs(
    [
      { articleId: 7, hour: '2026-03-26T13', views: 2 },
      { articleId: 8, hour: '2026-03-26T13', views: 1 },
      { articleId: 7, hour: '2026-03-26T14', views: 3 },
    ],
    new Map([[8, 2]]),
  );
  assert.deepEqual(inputs, [
    { articleId: 7, hourly: [{ hour: '2026-03-26T13', views: 2 }, { hour: '2026-03-26T14', views: 3 }] },
    { articleId: 8, hourly: [{ hour: '2026-03-26T13', views: 1 }], outlets: 2 },
  ]);
});
