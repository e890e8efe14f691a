/**
 * Buttons that ask a question (clarification suggestions, help examples). The button's value carries
 * the question and the conversation it belongs to, so a click continues the same follow-up context;
 * Slack signs the payload that brings it back, so it cannot be forged.
 */

/** action_id of the n-th question button; Slack wants them unique within a message. */
export const askActionId = (n: number): string => `ind_ask_${n}`;
export const ASK_ACTION = /^ind_ask_\d+$/;

export interface AskValue {
  question: string;
  conversationId: string;
}

export const encodeAskValue = (value: AskValue): string =>
  JSON.stringify({ q: value.question, c: value.conversationId });

/** The question behind a clicked button, or null for a value this app did not write. */
export function decodeAskValue(raw: string | undefined): AskValue | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { q, c } = v as Record<string, unknown>;
    if (typeof q !== 'string' || typeof c !== 'string' || q.trim() === '') return null;
    return { question: q, conversationId: c };
  } catch {
    return null;
  }
}
