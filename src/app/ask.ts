import { createHash } from 'node:crypto';
import type { ChartProvider } from '../charts/types.js';
import { URL_LIMITS } from '../charts/types.js';
import { emptyAnswer } from '../engine/answer-base.js';
import type { Answer } from '../engine/contract.js';
import type { AnswerOptions } from '../engine/engine.js';
import { ConversationStore } from './conversations.js';
import { RateLimiter } from './rate-limit.js';
import type { Ask, AskRequest } from './types.js';

export interface AskLogger {
  info(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

export interface AskDeps {
  answer: (question: string, options: AnswerOptions) => Answer;
  charts?: ChartProvider;
  logger: AskLogger;
  limits: { maxQuestionLength: number; ratePerMinute: number };
  contexts?: ConversationStore;
  now?: () => number;
}

/** A short, salted hash: logs can count a user's questions without holding who they are. */
const SALT = Math.random().toString(36).slice(2);
export const hashUser = (id: string): string =>
  createHash('sha256')
    .update(SALT + id)
    .digest('hex')
    .slice(0, 10);

const dutchish = (text: string) => !/\b(how|what|which|the|many|much|did|were)\b/i.test(text);

function notice(request: AskRequest, kind: 'not_found' | 'help', nl: string, en: string): Answer {
  const language = dutchish(request.question) ? 'nl' : 'en';
  return emptyAnswer(request.question.slice(0, 500), language, kind, language === 'nl' ? nl : en);
}

/**
 * The one function every adapter calls: limits, follow-up context, the engine, the chart URL and a
 * log line per question. It always resolves to an answer the user can read.
 */
export function createAsk(deps: AskDeps): Ask {
  const now = deps.now ?? Date.now;
  const limiter = new RateLimiter(deps.limits.ratePerMinute, now);
  const contexts = deps.contexts ?? new ConversationStore(5000, 30 * 60_000, now);

  return async (request) => {
    const started = performance.now();
    const user = hashUser(`${request.adapter}:${request.userId}`);
    let answer: Answer;
    let outcome: string;
    if (request.question.length > deps.limits.maxQuestionLength) {
      answer = notice(
        request,
        'not_found',
        `Die vraag is te lang (meer dan ${deps.limits.maxQuestionLength} tekens). Stel een korte vraag, bijvoorbeeld: "Hoeveel naturalisatieaanvragen in 2024?"`,
        `That question is too long (over ${deps.limits.maxQuestionLength} characters). Ask a short question, for example: "How many naturalisation applications in 2024?"`,
      );
      outcome = 'too_long';
    } else if (!limiter.take(user)) {
      answer = notice(
        request,
        'not_found',
        'Je stelt veel vragen kort na elkaar. Wacht even en probeer het over een minuut opnieuw.',
        "You're asking a lot of questions in a short time. Please wait a moment and try again in a minute.",
      );
      outcome = 'rate_limited';
    } else {
      try {
        const context = contexts.get(request.conversationId);
        answer = deps.answer(request.question, {
          ...(request.today ? { today: request.today } : {}),
          context,
        });
        if (answer.context) contexts.set(request.conversationId, answer.context);
        const url = deps.charts?.(answer, { maxUrlLength: URL_LIMITS.slack })?.url;
        if (url) answer = { ...answer, chart: { url } };
        outcome = answer.kind;
      } catch (err) {
        deps.logger.error({ adapter: request.adapter, err: (err as Error).message }, 'answering failed');
        answer = notice(
          request,
          'not_found',
          'Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders.',
          'Something went wrong answering this question. Please try again or rephrase it.',
        );
        outcome = 'error';
      }
    }
    deps.logger.info(
      {
        adapter: request.adapter,
        outcome,
        language: answer.language,
        series: [...new Set(answer.facts.map((f) => f.series))],
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        user,
        question: request.question.slice(0, 200),
        length: request.question.length,
      },
      'question',
    );
    return answer;
  };
}
