import type { BudgetCounters } from '../translate/budget.ts';
import type { Db } from './database.ts';

/** Characters sent to each engine per period, kept across restarts so a budget means what it says. */
export function budgetCountersRepository(db: Db): BudgetCounters {
  return {
    async get(engine, period) {
      const row = await db.selectFrom('budget_counters').select('chars').where('engine', '=', engine).where('period', '=', period).executeTakeFirst();
      return row?.chars ?? 0;
    },

    async add(engine, period, chars) {
      const row = await db
        .insertInto('budget_counters')
        .values({ engine, period, chars })
        .onConflict((oc) => oc.columns(['engine', 'period']).doUpdateSet((eb) => ({ chars: eb('budget_counters.chars', '+', chars) })))
        .returning('chars')
        .executeTakeFirstOrThrow();
      return row.chars;
    },
  };
}
