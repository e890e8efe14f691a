import { createHash, randomBytes } from 'node:crypto';
import type { ChartProvider } from '../charts/types.js';
import { URL_LIMITS } from '../charts/types.js';
import type { Answer } from '../contract/answer.js';
import type { AdapterName, Ask, AskRequest } from '../contract/ask.js';
import type { AnswerOptions } from '../engine/engine.js';
import { detectLanguage, emptyAnswer } from '../engine/index.js';
import type { CachedChartProvider } from './chart-cache.js';
import { ConversationStore } from './conversations.js';
import { RateLimiter } from './rate-limit.js';

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

/** Per process: logs can count one user's questions without saying who they are, even across logs. */
const SALT = randomBytes(16);
export const hashUser = (id: string): string =>
  createHash('sha256').update(SALT).update(id).digest('hex').slice(0, 10);

/** Image URL limit of the platform the answer goes to (the CLI prints the URL; the web's is generous). */
const URL_LIMIT: Record<AdapterName, number> = {
  slack: URL_LIMITS.slack,
  discord: URL_LIMITS.discord,
  web: URL_LIMITS.web,
  cli: URL_LIMITS.web,
};

/** The question's language as the engine would read it; enough text to tell, not all of a flood. */
const languageOf = (question: string) => detectLanguage(question.slice(0, 1000));

/** A mention quoted in a question names someone: logs keep that a mention was there, not whom. */
const forLog = (question: string) => question.slice(0, 200).replace(/<([@#!])[!&]?[\w|.-]+>/g, '<$1…>');

/** Why the ask layer answered instead of the engine; adapters may show these as states of their own. */
export type NoticeReason = 'too_long' | 'rate_limited' | 'failed';

function notice(request: AskRequest, reason: NoticeReason, nl: string, en: string): Answer {
  const language = languageOf(request.question);
  const answer = emptyAnswer(
    request.question.slice(0, 500),
    language,
    'not_found',
    language === 'nl' ? nl : en,
  );
  // The ask layer never stores this context, so a follow-up is read as a new question.
  return { ...answer, context: { intent: 'notice', series: [], periods: [], refusal: reason } };
}

const TOO_LONG = (max: number): [string, string] => [
  `Die vraag is te lang (meer dan ${max} tekens). Stel een korte vraag, bijvoorbeeld: "Hoeveel naturalisatieaanvragen in 2024?"`,
  `That question is too long (over ${max} characters). Ask a short question, for example: "How many naturalisation applications in 2024?"`,
];
const RATE_LIMITED: [string, string] = [
  'U stelt veel vragen kort na elkaar. Wacht u even en probeer het over een minuut opnieuw.',
  "You're asking a lot of questions in a short time. Please wait a moment and try again in a minute.",
];
const FAILED: [string, string] = [
  'Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders.',
  'Something went wrong answering this question. Please try again or rephrase it.',
];

/**
 * The one function every adapter calls: limits, follow-up context, the engine, the chart URL and a
 * log line per question. It always resolves to an answer the user can read.
 */
export function createAsk(deps: AskDeps): Ask {
  const now = deps.now ?? Date.now;
  const limiter = new RateLimiter(deps.limits.ratePerMinute, now);
  const contexts = deps.contexts ?? new ConversationStore(5000, 30 * 60_000, now);

  /** The engine's answer with the follow-up context kept and the chart URL filled in. */
  function answerWithContext(request: AskRequest): Answer {
    const answer = deps.answer(request.question, {
      ...(request.today ? { today: request.today } : {}),
      context: contexts.get(request.conversationId),
    });
    if (answer.context) contexts.set(request.conversationId, answer.context);
    const url = deps.charts?.(answer, { maxUrlLength: URL_LIMIT[request.adapter] })?.url;
    if (!url) return answer;
    const withUrl = { ...answer, chart: { url } };
    // A cached provider then hands the adapter the chart it just drew, instead of drawing it again.
    (deps.charts as Partial<CachedChartProvider>).same?.(withUrl, answer);
    return withUrl;
  }

  return async (request) => {
    const started = performance.now();
    const user = hashUser(`${request.adapter}:${request.userId}`);
    let answer: Answer;
    let outcome: string;
    if (request.question.length > deps.limits.maxQuestionLength) {
      answer = notice(request, 'too_long', ...TOO_LONG(deps.limits.maxQuestionLength));
      outcome = 'too_long';
    } else if (!limiter.take(user)) {
      answer = notice(request, 'rate_limited', ...RATE_LIMITED);
      outcome = 'rate_limited';
    } else {
      try {
        answer = answerWithContext(request);
        outcome = answer.kind;
      } catch (err) {
        deps.logger.error(
          { adapter: request.adapter, err: err instanceof Error ? err.message : String(err) },
          'answering failed',
        );
        answer = notice(request, 'failed', ...FAILED);
        outcome = 'error';
      }
    }
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
    return answer;
  };
}
