/**
 * The question as every reader sees it: control characters and runs of white space collapsed (a
 * PDF paste can carry hundreds of spaces), then folded to lower case without accents, with a map
 * back to the original characters so that a word the engine cannot place is echoed as typed.
 */
export interface Text {
  /** The question as typed, cleaned. */
  original: string;
  /** Lower case, accents folded, typographic quotes unified. */
  folded: string;
  /** For each character of `folded`, the index of the original character it came from. */
  origin: number[];
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** Cleans a question: no control or zero-width characters, single spaces, trimmed. */
export function clean(raw: string): string {
  return raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

const QUOTES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
};

/** One character (code point) folded: NFKD, marks dropped, lower case, quotes and dashes unified. */
function foldChar(ch: string): string {
  const quote = QUOTES[ch];
  if (quote) return quote;
  if (ch.charCodeAt(0) < 128) return ch.toLowerCase();
  return ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export function readText(question: string): Text {
  const original = clean(question);
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(at);
    folded += f;
    at += ch.length;
  }
  return { original, folded, origin };
}

/** The original characters behind folded[start, end). */
export function originalSlice(text: Text, start: number, end: number): string {
  if (start >= end) return '';
  const from = text.origin[start] ?? text.original.length;
  const to = end < text.origin.length ? text.origin[end]! : text.original.length;
  return text.original.slice(from, to).trim();
}
