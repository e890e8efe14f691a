import { LRUCache } from 'lru-cache';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per user: `perMinute` questions refill evenly over a minute, with a burst of the
 * same size. Bounded: beyond `maxUsers` the least recently seen users are forgotten first.
 */
export class RateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    maxUsers = 10_000,
  ) {
    this.buckets = new LRUCache({ max: maxUsers });
  }

  /** True when the user may ask now (and takes a token). */
  take(key: string): boolean {
    if (this.perMinute <= 0) return true;
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * this.perMinute);
    bucket.at = t;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
