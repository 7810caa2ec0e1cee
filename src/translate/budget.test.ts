import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Budgets, InMemoryBudgetCounters, periodsOf } from './budget.ts';

describe('Budgets', () => {
  it('names UTC periods', () => {
    assert.deepEqual(periodsOf(new Date('2026-03-31T23:30:00-02:00')), { day: 'day:2026-04-01', month: 'month:2026-04' });
  });

  it('refuses past the day, then the month, and says when it resumes', async () => {
    let now = new Date('2026-03-30T12:00:00Z');
    const budgets = new Budgets(new InMemoryBudgetCounters(), { deepl: { charsPerDay: 100, charsPerMonth: 150 } }, () => now);
    assert.deepEqual(await budgets.check('deepl', 100), { ok: true });
    await budgets.charge('deepl', 90);
    assert.deepEqual(await budgets.check('deepl', 20), {
      ok: false,
      period: 'day',
      used: 90,
      limit: 100,
      resumeAt: new Date('2026-03-31T00:00:00Z'),
    });
    now = new Date('2026-03-31T08:00:00Z');
    assert.deepEqual(await budgets.check('deepl', 60), { ok: true });
    await budgets.charge('deepl', 60);
    const month = await budgets.check('deepl', 1);
    assert.equal(month.ok, false);
    assert.equal(!month.ok && month.period, 'month');
    assert.deepEqual(!month.ok && month.resumeAt, new Date('2026-04-01T00:00:00Z'));
    assert.deepEqual(await budgets.usage('deepl'), { day: 60, month: 150, limits: { charsPerDay: 100, charsPerMonth: 150 } });
    assert.deepEqual(await budgets.check('apertium', 10_000_000), { ok: true });
  });

  it('rejects a limit that is not a positive integer, naming the engine', () => {
    assert.throws(() => new Budgets(new InMemoryBudgetCounters(), { google: { charsPerDay: -5 } }), /google: charsPerDay/);
  });
});
