import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { SIGNED_WINDOW_SECONDS } from './timestamp.js';

export interface ReplayGuardOptions {
  /**
   * Most requests remembered. Past it the oldest are forgotten first, so a replay of one of those
   * would be answered again: size it well above the requests a window brings (Slack and Discord
   * send a few per question).
   */
  max?: number;
  /** The timestamp window the receiver enforces, in seconds. */
  windowSeconds?: number;
  /** Clock in milliseconds since the epoch, the one the timestamp check uses. */
  now?: () => number;
}

export interface ReplayGuard {
  /**
   * True the first time a signed request is seen, false for every copy of it while its timestamp
   * is still inside the window. Call it only once the signature has been verified, so forged
   * requests cannot crowd out genuine ones.
   */
  firstSighting(request: SignedContent): boolean;
  /** How many requests are remembered now (expired ones are dropped first: O(n), for tests). */
  readonly size: number;
}

/** What a signature covers: the timestamp text and the raw body. */
export interface SignedContent {
  timestamp: string;
  /** The timestamp as a number of seconds (already checked to be in the window). */
  seconds: number;
  body: Buffer | string;
}

/**
 * Remembers the requests it has let through, by a digest of what their signature covers (so a
 * second valid signature over the same bytes is still the same request), for as long as their
 * timestamp would be accepted.
 */
export function createReplayGuard(options: ReplayGuardOptions = {}): ReplayGuard {
  const windowMs = (options.windowSeconds ?? SIGNED_WINDOW_SECONDS) * 1000;
  const now = options.now ?? Date.now;
  const seen = new LRUCache<string, true>({
    max: options.max ?? 50_000,
    ttl: windowMs,
    perf: { now },
    // Read the clock on every check rather than a copy cached for a millisecond.
    ttlResolution: 0,
  });
  return {
    firstSighting({ timestamp, seconds, body }) {
      const key = createHash('sha256').update(timestamp).update('\0').update(body).digest('base64url');
      if (seen.has(key)) return false;
      // A timestamp up to a window ahead of the clock stays acceptable for up to two windows from
      // now, so the request is remembered until its timestamp leaves the window (plus a second for
      // the rounding of "now"), not merely for one window from its first sighting.
      const remaining = seconds * 1000 + windowMs - now() + 1000;
      seen.set(key, true, { ttl: Math.min(Math.max(remaining, 1000), 2 * windowMs + 1000) });
      return true;
    },
    get size() {
      seen.purgeStale();
      return seen.size;
    },
  };
}
