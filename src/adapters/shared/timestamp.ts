/**
 * How far a signed request's timestamp may be from now, either way. Slack documents five minutes;
 * Discord gives none, so the same is used there.
 */
export const SIGNED_WINDOW_SECONDS = 5 * 60;

/**
 * Seconds since the epoch exactly as Slack and Discord write them: decimal digits only, at most
 * ten, no sign, no leading zero. Anything looser ("Infinity", "1e9", "01700000000", " 17…") names
 * the same moment in more than one spelling, which a signature over the text does not pin down.
 */
const CANONICAL_SECONDS = /^(?:0|[1-9][0-9]{0,9})$/;

export type TimestampCheck =
  | { ok: true; seconds: number }
  | { ok: false; reason: 'missing timestamp' | 'malformed timestamp' | 'timestamp outside the window' };

/** Reads a signed request's timestamp header strictly and checks it is within the window of `nowMs`. */
export function checkSignedTimestamp(
  text: string | undefined,
  nowMs: number,
  windowSeconds = SIGNED_WINDOW_SECONDS,
): TimestampCheck {
  if (text === undefined || text === '') return { ok: false, reason: 'missing timestamp' };
  if (!CANONICAL_SECONDS.test(text)) return { ok: false, reason: 'malformed timestamp' };
  const seconds = Number(text);
  if (Math.abs(nowMs / 1000 - seconds) > windowSeconds)
    return { ok: false, reason: 'timestamp outside the window' };
  return { ok: true, seconds };
}
