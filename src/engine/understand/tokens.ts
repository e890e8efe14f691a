/**
 * Tokens of folded text with their offsets. Words keep "&" (k&t), "/" (t/m), hyphens (e-mails) and
 * apostrophes (zo'n) inside them; numbers keep their separators (36.720, 5,5); "'22" is a short
 * year; "2018-2025" and "6-15" are split around the dash so that readers see both ends.
 */
export type TokenKind = 'word' | 'number' | 'symbol' | 'separator';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const TOKEN =
  /'(?:\d{2}|s|t|n)(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[&'\-/.,][\p{L}\p{N}]+)*|[%€&+±~<>=/-]|[?!.,:;()"'[\]{}*]/gu;
const NUMBER = /^(?:\d+(?:[.,]\d+)*|'\d{2})$/;
const SPAN = /^(\d+)([-/])(\d+)$/;
/** A comma or dot joins digits ("36.720"); between letters it separates ("2024,2025" stays a number). */
const WORD_COMMA = /^[\p{L}][\p{L}\p{N}]*,/u;

/** At most this many tokens are read: a longer text is cut, so the work per question stays bounded. */
export const MAX_TOKENS = 400;

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    if (out.length >= MAX_TOKENS) break;
    push(out, m[0], m.index!);
  }
  return out;
}

/** "55k", "10m", "2,5mln": a number with its scale typed against it. */
const SCALED = /^(\d+(?:[.,]\d+)?)(k|m|mln|mld|mrd|bn|mio)$/;

function push(out: Token[], text: string, start: number): void {
  const end = start + text.length;
  const scaled = SCALED.exec(text);
  if (scaled) {
    const digits = scaled[1]!.length;
    out.push({ text: scaled[1]!, start, end: start + digits, kind: 'number' });
    out.push({ text: scaled[2]!, start: start + digits, end, kind: 'word' });
    return;
  }
  if (WORD_COMMA.test(text)) {
    // "aanvragen,beslissingen": a comma typed without a space separates words.
    let at = start;
    for (const part of text.split(',')) {
      push(out, part, at);
      out.push({ text: ',', start: at + part.length, end: at + part.length + 1, kind: 'separator' });
      at += part.length + 1;
    }
    out.pop();
    return;
  }
  const span = SPAN.exec(text);
  if (span) {
    out.push({ text: span[1]!, start, end: start + span[1]!.length, kind: 'number' });
    out.push({
      text: span[2]!,
      start: start + span[1]!.length,
      end: start + span[1]!.length + 1,
      kind: 'symbol',
    });
    out.push({ text: span[3]!, start: end - span[3]!.length, end, kind: 'number' });
    return;
  }
  if (/^[\p{L}][\p{L}\p{N}&\-/.]*'s$/u.test(text)) {
    out.push({ text: text.slice(0, -2), start, end: end - 2, kind: 'word' });
    out.push({ text: "'s", start: end - 2, end, kind: 'word' });
    return;
  }
  // "t.o.v." keeps its dots; "2025." at a sentence end does not reach here (the dot is separate).
  const kind: TokenKind = NUMBER.test(text)
    ? 'number'
    : /^[\p{L}\p{N}]|^'[stn]$/u.test(text)
      ? 'word'
      : /^[%€&+±~<>=/-]$/.test(text)
        ? 'symbol'
        : 'separator';
  out.push({ text, start, end, kind });
}

/** Tokens that end a sentence or clause, for claims with several parts. */
export const isSentenceEnd = (t: Token): boolean => t.kind === 'separator' && /^[.?!;]$/.test(t.text);
