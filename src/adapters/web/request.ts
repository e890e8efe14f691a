import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AskRequest } from '../../contract/ask.js';

const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });

/** A calendar date that exists (2024-02-30 is refused, not rolled over to March). */
const isoDate = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    // Zod runs refinements even after the regex failed, so this must not throw on any string.
    const time = Date.parse(`${s}T00:00:00Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(s);
  }, 'must be a real calendar date');

export const AskBodySchema = z.object({
  // No length limit of its own: the ask layer's (MAX_QUESTION_LENGTH) answers a long question in words.
  question: text().trim().min(1, 'must not be empty'),
  today: isoDate.optional(),
  /** Per browser tab; opaque, so it may not smuggle in anything but an id. */
  conversation: text()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _')
    .optional(),
});
export type AskBody = z.infer<typeof AskBodySchema>;

export type ParsedAsk = { ok: true; request: AskRequest } | { ok: false; message: string };

/** Turns a posted body into the platform-neutral request, or says plainly what is wrong with it. */
export function parseAskBody(value: unknown, remoteAddress: string | undefined): ParsedAsk {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The body must be a JSON object like {"question": "..."}.' };
  }
  const parsed = AskBodySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'body';
    return { ok: false, message: `"${field}" ${issue.message}.` };
  }
  const body = parsed.data;
  return {
    ok: true,
    request: {
      question: body.question,
      adapter: 'web',
      // Rate limiting is per client address: a fresh conversation id must not reset it.
      userId: `web:${remoteAddress ?? 'unknown'}`,
      // Without an id the question stands alone; a random one keeps it from joining anyone else's.
      conversationId: `web:${body.conversation ?? randomUUID()}`,
      ...(body.today ? { today: body.today } : {}),
    },
  };
}
