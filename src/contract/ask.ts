import type { Answer } from './answer.js';

/** Which front end a question came through (logged, and used for per-adapter behaviour). */
export type AdapterName = 'slack' | 'discord' | 'web' | 'cli';

/** One question as an adapter hands it over: platform-neutral. */
export interface AskRequest {
  question: string;
  adapter: AdapterName;
  /** Stable per user; used for rate limiting only, never logged in full. */
  userId: string;
  /** Thread, reply chain, DM or browser session: follow-ups are resolved within it. */
  conversationId: string;
  /** Reference date (YYYY-MM-DD) for relative periods; today when absent. */
  today?: string;
}

/**
 * What every adapter calls: the engine plus the cross-cutting concerns (rate limit, length limit,
 * follow-up context, logging, chart URL). Adapters receive it as a parameter, so tests can pass a
 * real one or a small stand-in.
 */
export type Ask = (request: AskRequest) => Promise<Answer>;
