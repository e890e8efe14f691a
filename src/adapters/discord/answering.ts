import type { Language } from '../../app/messages.js';
import type { Ask } from '../../contract/ask.js';
import { conversationOf, type Origin } from './conversation.js';
import { type DiscordReply, noticeReply, renderAnswer } from './reply.js';

/** What prefix the user has typed, and their client's language, to the questions to offer. */
export type Suggest = (prefix: string, language?: 'nl' | 'en') => string[];

/** What both the gateway bot and the HTTP endpoint are built from. */
export interface DiscordDeps {
  ask: Ask;
  suggest: Suggest;
  /** Where failures go; the user only ever sees a generic message. console.error by default. */
  onError?: (error: unknown, where: string) => void;
}

export const defaultOnError = (error: unknown, where: string): void =>
  console.error(`discord: ${where} failed:`, error instanceof Error ? error.message : error);

/**
 * discord.js REST errors carry the request URL and body; for interaction replies the URL contains
 * the interaction token. What reaches a log keeps only name, message, status and code.
 */
export function redacted(error: unknown): unknown {
  if (!(error instanceof Error) || !('url' in error || 'requestBody' in error)) return error;
  const { status, code } = error as { status?: unknown; code?: unknown };
  return Object.assign(new Error(error.message), { name: error.name, status, code });
}

/**
 * Asks the question and renders the answer. Never throws: an engine or rendering failure becomes a
 * short apology in `language` (both languages when unknown), and the details go to onError.
 */
export async function replyTo(
  question: string,
  origin: Origin & { conversationId?: string },
  deps: DiscordDeps,
  language: Language | null,
): Promise<DiscordReply> {
  const onError = deps.onError ?? defaultOnError;
  try {
    const asked = await deps.ask({
      question,
      adapter: 'discord',
      userId: `discord:${origin.userId}`,
      conversationId: origin.conversationId ?? conversationOf(origin),
    });
    return await renderAnswer(asked, { onError });
  } catch (error) {
    onError(error, 'answer');
    return noticeReply('failed', language);
  }
}

/** Up to 25 autocomplete choices of at most 100 characters; an empty list rather than an error. */
export function autocompleteChoices(
  typed: string,
  language: 'nl' | 'en',
  deps: Pick<DiscordDeps, 'suggest' | 'onError'>,
): { name: string; value: string }[] {
  const prefix = typed.trim().slice(0, 100);
  const other: 'nl' | 'en' = language === 'nl' ? 'en' : 'nl';
  let questions: string[] = [];
  try {
    // Nothing typed: the client's language picks the list. Typing: the engine tells the language
    // from the words, and when they are not enough ("knowledge"), the client's language, then the other.
    if (!prefix) questions = deps.suggest('', language);
    else
      for (const lang of [undefined, language, other] as const) {
        questions = deps.suggest(prefix, lang);
        if (questions.length > 0) break;
      }
  } catch (error) {
    (deps.onError ?? defaultOnError)(error, 'autocomplete');
    return [];
  }
  const unique = [...new Set(questions.map((q) => q.trim()))].filter((q) => q.length > 0 && q.length <= 100);
  return unique.slice(0, 25).map((q) => ({ name: q, value: q }));
}
