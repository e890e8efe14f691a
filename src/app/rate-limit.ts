/**
 * A token bucket per user: `perMinute` questions refill evenly over a minute, with a burst of the
 * same size. The map is bounded: the least recently seen users are forgotten first.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 10_000,
  ) {}

  /** True when the user may ask now (and takes a token). */
  take(key: string): boolean {
    if (this.perMinute <= 0) return true;
    const t = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * this.perMinute);
    bucket.at = t;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxUsers) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
