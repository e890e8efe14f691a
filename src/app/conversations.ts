import { LRUCache } from 'lru-cache';
import type { Reading } from '../contract/answer.js';

/**
 * The last reading per conversation, for follow-ups ("en in 2023?"). Small, in memory, bounded in
 * size and age: losing it (a restart, another instance behind a load balancer) only costs a
 * follow-up its context, never a wrong figure.
 */
export type ConversationStore = LRUCache<string, Reading>;

export const createConversationStore = (
  options: { max?: number; maxAgeMs?: number; now?: () => number } = {},
): ConversationStore =>
  new LRUCache<string, Reading>({
    max: options.max ?? 5000,
    ttl: options.maxAgeMs ?? 30 * 60_000,
    // Read the clock on every check: a conversation is either fresh or gone, never in between.
    ttlResolution: 0,
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
