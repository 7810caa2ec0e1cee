/**
 * Character budgets per engine, per UTC day and per UTC month. Counters live behind an interface so src/store
 * can keep them in SQLite; periods are plain strings ("day:2026-03-26", "month:2026-03").
 */

export interface BudgetLimits {
  charsPerDay?: number;
  charsPerMonth?: number;
}

export interface BudgetCounters {
  get(engine: string, period: string): Promise<number>;
  /** Adds and returns the new total. */
  add(engine: string, period: string, chars: number): Promise<number>;
}

export class InMemoryBudgetCounters implements BudgetCounters {
  private readonly counts = new Map<string, number>();

  async get(engine: string, period: string): Promise<number> {
    return this.counts.get(`${engine}\u0000${period}`) ?? 0;
  }

  async add(engine: string, period: string, chars: number): Promise<number> {
    const key = `${engine}\u0000${period}`;
    const total = (this.counts.get(key) ?? 0) + chars;
    this.counts.set(key, total);
    return total;
  }
}

export function periodsOf(now: Date): { day: string; month: string } {
  const iso = now.toISOString();
  return { day: `day:${iso.slice(0, 10)}`, month: `month:${iso.slice(0, 7)}` };
}

export type BudgetCheck =
  | { ok: true }
  | { ok: false; period: 'day' | 'month'; used: number; limit: number; resumeAt: Date };

export interface BudgetUsage {
  day: number;
  month: number;
  limits: BudgetLimits;
}

export class Budgets {
  constructor(
    private readonly counters: BudgetCounters,
    private readonly limits: Record<string, BudgetLimits>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    for (const [engine, l] of Object.entries(limits)) {
      for (const [key, value] of Object.entries(l)) {
        if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
          throw new Error(`translation budget for ${engine}: ${key} must be a positive integer, got ${value}`);
        }
      }
    }
  }

  /** Whether `chars` more fit in the engine's day and month. */
  async check(engine: string, chars: number): Promise<BudgetCheck> {
    const limits = this.limits[engine];
    if (!limits) return { ok: true };
    const now = this.clock();
    const { day, month } = periodsOf(now);
    if (limits.charsPerMonth !== undefined) {
      const used = await this.counters.get(engine, month);
      if (used + chars > limits.charsPerMonth) {
        return { ok: false, period: 'month', used, limit: limits.charsPerMonth, resumeAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)) };
      }
    }
    if (limits.charsPerDay !== undefined) {
      const used = await this.counters.get(engine, day);
      if (used + chars > limits.charsPerDay) {
        return { ok: false, period: 'day', used, limit: limits.charsPerDay, resumeAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)) };
      }
    }
    return { ok: true };
  }

  async charge(engine: string, chars: number): Promise<void> {
    if (chars <= 0) return;
    const { day, month } = periodsOf(this.clock());
    await this.counters.add(engine, day, chars);
    await this.counters.add(engine, month, chars);
  }

  async usage(engine: string): Promise<BudgetUsage> {
    const { day, month } = periodsOf(this.clock());
    return {
      day: await this.counters.get(engine, day),
      month: await this.counters.get(engine, month),
      limits: this.limits[engine] ?? {},
    };
  }
}
