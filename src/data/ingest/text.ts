/** Text helpers shared by the publication parsers. */

/** A maximal run of digits with . or , separators: every "number token" of a raw file. */
export const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

/** A printed value cell: 36.720, 85%, 12, onb., or - for "no figure". */
export const VALUE_CELL = /^(?:\d{1,3}(?:\.\d{3})+|\d+)%?$|^onb\.?$|^-$/;

export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** Splits a line into whitespace-separated cells with their character offsets. */
export function cells(line: string): Cell[] {
  const out: Cell[] = [];
  for (const m of line.matchAll(/[^\s→]+/g))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** "36.720" -> 36720, "85%" -> 85, "onb." / "-" -> null. */
export function parseCell(text: string): number | null {
  if (text === '-' || text.startsWith('onb')) return null;
  return Number(text.replace('%', '').replaceAll('.', ''));
}

/** "36,8" with a scale word ("mln", "miljoen") -> euros. */
export function parseEuros(amount: string, scale: string | undefined): number {
  const n = Number(amount.replaceAll('.', '').replace(',', '.'));
  const factor = scale && /^(mln|min|miljoen)/i.test(scale) ? 1_000_000 : 1;
  return Math.round(n * factor);
}

const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/g;

/**
 * Normalizes a printed label for matching: accents folded, lower case, quotes unified, footnote
 * markers (digits, superscripts, *, ', °) stripped from the end.
 */
export function normLabel(label: string): string {
  return label
    .replace(SUPERSCRIPTS, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’“”`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–*]+/, '')
    .replace(/[\s\d*'°?,]+$/, '')
    .trim();
}
