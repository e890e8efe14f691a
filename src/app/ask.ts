import { createRequire } from 'node:module';
import { type ChartProvider, URL_LIMITS } from '../charts/types.js';
import type { Answer } from '../contract/answer.js';
import type { AdapterName, Ask, Asked, AskRequest } from '../contract/ask.js';
import { type AnswerOptions, emptyAnswer } from '../engine/index.js';
import { type ConversationStore, createConversationStore } from './conversations.js';
import { languageOf, NOTICES } from './messages.js';
import { RateLimiter } from './rate-limit.js';

export interface AskLogger {
  info(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

export interface AskDeps {
  answer: (question: string, options: AnswerOptions) => Answer;
  /** Draws the chart of an answer; without it answers carry no chart (e.g. plain terminal output). */
  charts?: ChartProvider;
  logger: AskLogger;
  limits: { maxQuestionLength: number; ratePerMinute: number };
  /** One log line per question (default); the terminal, whose user is its reader, logs none. */
  logQuestions?: boolean;
  contexts?: ConversationStore;
  now?: () => number;
}

/** node:crypto takes a terminal question ~7 ms to load: it is loaded when a user is first hashed. */
const load = createRequire(import.meta.url);
let salt: Buffer | undefined;

/** Per process: logs can count one user's questions without saying who they are, even across logs. */
export function hashUser(id: string): string {
  const { createHash, randomBytes } = load('node:crypto') as typeof import('node:crypto');
  salt ??= randomBytes(16);
  return createHash('sha256').update(salt).update(id).digest('hex').slice(0, 10);
}

/** Image URL limit of the platform the answer goes to (the terminal prints its URL like the web). */
const URL_LIMIT: Record<AdapterName, number> = {
  slack: URL_LIMITS.slack,
  discord: URL_LIMITS.discord,
  web: URL_LIMITS.web,
  cli: URL_LIMITS.web,
};

/** A mention quoted in a question names someone: logs keep that a mention was there, not whom. */
const forLog = (question: string) => question.slice(0, 200).replace(/<([@#!])[!&]?[\w|.-]+>/g, '<$1…>');

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Why the ask layer answered instead of the engine; adapters may show these as states of their own. */
export type NoticeReason = 'too_long' | 'rate_limited' | 'failed';

/**
 * The answer with its chart for the platform it goes to: the one place a chart is decided. A chart
 * that cannot be made costs the answer its chart (reported to `onError`), nothing else.
 */
export function withChart(
  answer: Answer,
  adapter: AdapterName,
  charts: ChartProvider | undefined,
  onError: (err: unknown) => void,
): Asked {
  if (!charts) return { answer, chart: null };
  try {
    const chart = charts(answer, { maxUrlLength: URL_LIMIT[adapter] });
    if (!chart) return { answer, chart: null };
    return { answer: chart.url ? { ...answer, chart: { url: chart.url } } : answer, chart };
  } catch (err) {
    onError(err);
    return { answer, chart: null };
  }
}

/**
 * The one function every front end calls: limits, follow-up context, the engine, the chart (decided
 * here, once, for the platform the answer goes to) and a log line per question. It always resolves
 * to an answer the user can read.
 */
export function createAsk(deps: AskDeps): Ask {
  const now = deps.now ?? Date.now;
  const limiter = new RateLimiter(deps.limits.ratePerMinute, now);
  const contexts = deps.contexts ?? createConversationStore({ now });

  /**
   * The ask layer's own answer (too long, asked too often, failed), with why in its context, so an
   * adapter can show it as a state of its own (the web chat's 429). That context is never stored:
   * a follow-up is read against the conversation as it was.
   */
  function notice(request: AskRequest, reason: NoticeReason): Asked {
    const language = languageOf(request.question);
    const max = deps.limits.maxQuestionLength;
    const text =
      reason === 'too_long'
        ? NOTICES[language].tooLong(max)
        : reason === 'rate_limited'
          ? NOTICES[language].rateLimited
          : NOTICES[language].failed;
    const answer = emptyAnswer(request.question.slice(0, 500), language, 'not_found', text);
    return {
      answer: { ...answer, context: { intent: 'notice', series: [], periods: [], refusal: reason } },
      chart: null,
    };
  }

  /**
   * The engine's answer in its conversation. Its context replaces the stored one even when it is
   * null: after a declined question, "en in 2024?" must not answer the topic before it.
   */
  function answerInContext(request: AskRequest): Answer {
    const answer = deps.answer(request.question, {
      ...(request.today ? { today: request.today } : {}),
      context: contexts.get(request.conversationId) ?? null,
    });
    if (answer.context) contexts.set(request.conversationId, answer.context);
    else contexts.delete(request.conversationId);
    return answer;
  }

  return async (request) => {
    const started = performance.now();
    const logging = deps.logQuestions ?? true;
    const user =
      logging || deps.limits.ratePerMinute > 0 ? hashUser(`${request.adapter}:${request.userId}`) : '';
    let asked: Asked;
    let outcome: string;
    const max = deps.limits.maxQuestionLength;
    if (request.question.length > max) {
      asked = notice(request, 'too_long');
      outcome = 'too_long';
    } else if (!limiter.take(user)) {
      asked = notice(request, 'rate_limited');
      outcome = 'rate_limited';
    } else {
      try {
        const answer = answerInContext(request);
        asked = withChart(answer, request.adapter, deps.charts, (err) =>
          deps.logger.error({ adapter: request.adapter, err: errorText(err) }, 'chart failed'),
        );
        outcome = answer.kind;
      } catch (err) {
        deps.logger.error({ adapter: request.adapter, err: errorText(err) }, 'answering failed');
        asked = notice(request, 'failed');
        outcome = 'error';
      }
    }
    if (!logging) return asked;
    const { answer } = asked;
    const series =
      answer.facts.length > 0 ? answer.facts.map((f) => f.series) : (answer.context?.series ?? []);
    deps.logger.info(
      {
        adapter: request.adapter,
        outcome,
        language: answer.language,
        series: [...new Set(series)],
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        user,
        question: forLog(request.question),
        length: request.question.length,
      },
      'question',
    );
    return asked;
  };
}
