import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/index.ts';
import { hourOf, type HourlyViews } from '../store/views.ts';

const HOUR_MS = 3_600_000;

/**
 * Reader views held in memory as counts per article per hour and written in batches: a page view costs a map
 * update, never a database write. Nothing about the reader is kept, only the count.
 */
export class ReaderViews {
  private counts = new Map<string, HourlyViews>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private readonly now: () => Date;
  private readonly log: FastifyBaseLogger;
  private hourNumber = Number.NaN;
  private hourName = '';

  constructor(
    private readonly store: Pick<Store, 'views'>,
    o: { flushIntervalMs: number; now: () => Date; log: FastifyBaseLogger },
  ) {
    this.now = o.now;
    this.log = o.log;
    this.timer = setInterval(() => void this.flush(), o.flushIntervalMs);
    this.timer.unref();
  }

  count(articleId: number): void {
    const hour = this.hour(this.now());
    const key = `${articleId} ${hour}`;
    const held = this.counts.get(key);
    if (held) held.views++;
    else this.counts.set(key, { articleId, hour, views: 1 });
  }

  /** The hour's name, formatted once an hour: formatting a date costs more than the rest of counting a view. */
  private hour(at: Date): string {
    const n = Math.floor(at.getTime() / HOUR_MS);
    if (n !== this.hourNumber) {
      this.hourNumber = n;
      this.hourName = hourOf(at);
    }
    return this.hourName;
  }

  /** Writes what is held; on failure the counts go back to be written with the next batch. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.counts.size === 0) return;
      const batch = this.counts;
      this.counts = new Map();
      try {
        await this.store.views.add([...batch.values()]);
      } catch (err) {
        this.log.error({ stage: 'web', err, held: batch.size }, 'reader views not written; kept for the next flush');
        for (const [key, v] of batch) {
          const held = this.counts.get(key);
          if (held) held.views += v.views;
          else this.counts.set(key, v);
        }
      }
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
