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

/** Where a chart is shown: `wide` (Slack, Discord, URLs, a wide screen) or `narrow` (a phone's width). */
export type ChartWidth = 'wide' | 'narrow';

/**
 * An answer's chart, decided once by the ask layer for the platform the answer goes to: adapters
 * show the URL when there is one and upload the PNG otherwise; none of them picks a chart.
 */
export interface AnswerChart {
  /** Image URL within the platform's limit; null when it would not fit (then the PNG is sent). */
  url: string | null;
  /** The same chart drawn locally (no network), on demand and once per width; `wide` by default. */
  png(width?: ChartWidth): Promise<Uint8Array>;
  /** Alt text for screen readers and notifications, in the answer's language. */
  alt: string;
}

/** What the ask layer hands back: the answer (its `chart.url` filled in when one fits) and its chart. */
export interface Asked {
  answer: Answer;
  chart: AnswerChart | null;
}

/**
 * What every front end calls: the engine plus the cross-cutting concerns (rate limit, length limit,
 * follow-up context, logging, the chart). Adapters receive it as a parameter, so tests can pass a
 * real one or a small stand-in. It resolves for every question, failures included.
 */
export type Ask = (request: AskRequest) => Promise<Asked>;
