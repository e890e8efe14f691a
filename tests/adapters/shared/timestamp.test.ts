import { describe, expect, it } from 'vitest';
import { checkSignedTimestamp } from '../../../src/adapters/shared/timestamp.js';

const NOW_MS = 1_767_225_600_000; // 2026-01-01T00:00:00Z
const now = String(NOW_MS / 1000);

describe('a signed request timestamp', () => {
  it.each([
    ['now', now],
    ['five minutes ago exactly', String(NOW_MS / 1000 - 300)],
    ['five minutes ahead exactly', String(NOW_MS / 1000 + 300)],
  ])('is accepted: %s', (_, text) => {
    expect(checkSignedTimestamp(text, NOW_MS)).toEqual({ ok: true, seconds: Number(text) });
  });

  it.each([
    ['Infinity', 'Infinity'],
    ['a leading zero', `0${now}`],
    ['several leading zeros', `000${now}`],
    ['a plus sign', `+${now}`],
    ['a minus sign', `-${now}`],
    ['an exponent', '1.7672256e9'],
    ['a decimal point', `${now}.0`],
    ['hex', '0x6955b900'],
    ['a leading space', ` ${now}`],
    ['a trailing newline', `${now}\n`],
    ['eleven digits', `1${now}`],
    ['full-width digits', '１７６７２２５６００'],
    ['NaN', 'NaN'],
  ])('is refused as malformed: %s', (_, text) => {
    expect(checkSignedTimestamp(text, NOW_MS)).toEqual({ ok: false, reason: 'malformed timestamp' });
  });

  it.each([
    ['six minutes ahead', NOW_MS / 1000 + 360],
    ['six minutes ago', NOW_MS / 1000 - 360],
    ['a second past the window', NOW_MS / 1000 - 301],
    ['zero', 0],
    ['the largest ten-digit number', 9_999_999_999],
  ])('is refused outside the window: %s', (_, seconds) => {
    expect(checkSignedTimestamp(String(seconds), NOW_MS)).toEqual({
      ok: false,
      reason: 'timestamp outside the window',
    });
  });

  it('is refused when missing or empty', () => {
    expect(checkSignedTimestamp(undefined, NOW_MS)).toEqual({ ok: false, reason: 'missing timestamp' });
    expect(checkSignedTimestamp('', NOW_MS)).toEqual({ ok: false, reason: 'missing timestamp' });
  });

  it('honours another window', () => {
    expect(checkSignedTimestamp(String(NOW_MS / 1000 - 30), NOW_MS, 10).ok).toBe(false);
    expect(checkSignedTimestamp(String(NOW_MS / 1000 - 5), NOW_MS, 10).ok).toBe(true);
  });
});
