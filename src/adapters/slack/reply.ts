import { languageOf } from '../../app/messages.js';
import type { Answer } from '../../contract/answer.js';
import type { Ask, Asked, AskRequest } from '../../contract/ask.js';
import { fallbackText, renderAnswer, section, withoutImage } from './blocks.js';
import { chartImage } from './chart.js';
import { renderError } from './help.js';
import { messageProblems, type SlackMessage } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';

export interface SlackLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Sends one message to wherever the question came from (response_url, a thread, a DM). */
export type Post = (message: SlackMessage) => Promise<unknown>;

export interface ReplyDeps {
  ask: Ask;
  /** Uploads a chart PNG privately and returns its file id. */
  upload: (png: Uint8Array, alt: string) => Promise<string>;
  logger: SlackLogger;
}

/** An error for the log: its message, plus the network code fetch hides in `cause` ("fetch failed"). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message}: ${code}` : error.message;
}

/**
 * A message Slack will accept, or the answer's plain text if rendering ever produced one it would
 * refuse (limits) or that could ping someone: a reply always goes out, and never an unsafe one.
 */
export function safeMessage(message: SlackMessage, answer: Answer, logger: SlackLogger): SlackMessage {
  const problems = messageProblems(message);
  if (problems.length === 0) return message;
  logger.warn(`slack: reply replaced by plain text (${problems.slice(0, 3).join('; ')})`);
  return {
    text: fallbackText(answer.text),
    blocks: [section(escapeMrkdwn(answer.text.slice(0, 2500) || '…'))],
  };
}

/**
 * Asks the engine and posts the answer with its chart. Whatever fails, the user hears back: an
 * engine failure gets a friendly error in their language, a chart Slack refuses is dropped and the
 * figures are posted again without it. Never throws.
 */
export async function answerQuestion(
  deps: ReplyDeps,
  request: AskRequest,
  post: Post,
  options: { showQuestion?: boolean } = {},
): Promise<void> {
  let asked: Asked;
  try {
    asked = await deps.ask(request);
  } catch (error) {
    deps.logger.error(`slack: the engine failed to answer (${errorText(error)})`);
    await postOrLog(post, renderError(languageOf(request.question)), deps.logger);
    return;
  }
  const { answer } = asked;
  const chart = await chartImage(asked.chart, { upload: deps.upload, warn: (m) => deps.logger.warn(m) });
  const message = safeMessage(
    renderAnswer(answer, {
      conversationId: request.conversationId,
      image: chart.image,
      chartFailed: chart.failed,
      showQuestion: options.showQuestion,
    }),
    answer,
    deps.logger,
  );
  try {
    await post(message);
  } catch (error) {
    const fallback = withoutImage(message, answer.language);
    if (fallback === message) {
      deps.logger.error(`slack: the answer could not be posted (${errorText(error)})`);
      return;
    }
    deps.logger.warn(`slack: Slack refused the chart, answering without it (${errorText(error)})`);
    await postOrLog(post, fallback, deps.logger);
  }
}

/** Posts, logging instead of throwing: there is no one left to tell if Slack itself refuses. */
export async function postOrLog(post: Post, message: SlackMessage, logger: SlackLogger): Promise<void> {
  try {
    await post(message);
  } catch (error) {
    logger.error(`slack: a reply could not be posted (${errorText(error)})`);
  }
}
