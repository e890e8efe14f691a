import type { Hedge } from '../lexicon/types.js';
import { parseNumber, type View } from './view.js';

/** A number the question or claim states, with the words that qualify it. */
export interface Quantity {
  /** In the dataset's units: euros for money, points for percentages. */
  value: number;
  hedge: Hedge;
  unit: 'percent' | 'points' | 'eur' | 'fte' | 'weeks' | 'days' | null;
  /** "per maand", "a month": an average per month. */
  perMonth: boolean;
  /** Significant digits as written: 2 for "25.000", 4 for "51.760" (a rounded number is looser). */
  digits: number;
  /** Token span of the whole phrase (hedge included), and of the number itself. */
  start: number;
  end: number;
  at: number;
  /** The words as folded ("bijna 40 miljoen euro"), for the reply. */
  words: string;
}

/** "negen op de tien", "one in five", "2 out of 3": a share of a whole. */
export interface ShareWords {
  percent: number;
  hedge: Hedge;
  start: number;
  end: number;
  words: string;
}

const significant = (digits: string): number => {
  const plain = digits.replace(/[.,]/g, '').replace(/^0+/, '');
  return Math.max(1, plain.replace(/0+$/, '').length);
};

const numberWord = (view: View, i: number): number | null => {
  if (i >= view.length || view.taken(i)) return null;
  if (view.isNumber(i)) return parseNumber(view.text(i));
  if (/^(een|one|a|an)$/.test(view.text(i))) return 1;
  return view.sense(i, 'number')?.value ?? null;
};

/** Shares written as "N op de M" / "N out of M" / "N in M". */
export function readShares(view: View): ShareWords[] {
  const out: ShareWords[] = [];
  for (let i = 0; i < view.length; i++) {
    if (view.taken(i) || view.dom[i]) continue;
    const n = numberWord(view, i);
    if (n === null || n <= 0) continue;
    const j = view.next(i);
    const phrase = view.phraseAt(j);
    if (!phrase || view.taken(j) || !view.senses(j).some((s) => s.kind === 'claim' && s.word === 'outOf'))
      continue;
    const k = view.next(phrase.end - 1);
    const m = numberWord(view, k);
    if (m === null || m <= n || m > 1000) continue;
    const { hedge, start } = hedgeBefore(view, i);
    view.take(start, k + 1, 'quantity');
    out.push({ percent: (n / m) * 100, hedge, start, end: k + 1, words: words(view, start, k + 1) });
  }
  return out;
}

/**
 * Every number left after periods and ages: "16.500", "ruim 50.000", "bijna 40 miljoen euro",
 * "6.400 fte", "10 procent", "zo'n 2.000 per maand". A number inside a catalogue phrase ("spoor
 * 4", "8 EVRM") or a marker ("top 3") is not a quantity.
 */
export function readQuantities(view: View): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < view.length; i++) {
    if (view.taken(i) || view.dom[i] || view.has(i, 'marker')) continue;
    const isDigits = view.isNumber(i) && !view.text(i).startsWith("'");
    const wordValue = isDigits ? null : view.sense(i, 'number')?.value;
    if (!isDigits && wordValue === undefined) continue;
    let value = isDigits ? parseNumber(view.text(i)) : wordValue!;
    if (value === null) continue;
    let end = isDigits ? i + 1 : (view.lex[i]?.end ?? i + 1);
    let unit: Quantity['unit'] = null;
    let { hedge, start } = hedgeBefore(view, i);
    const b = view.prev(i);
    if (b >= 0 && view.text(b) === '€') {
      unit = 'eur';
      const h = hedgeBefore(view, b);
      hedge = h.hedge;
      start = h.start;
    }
    let j = view.next(end - 1);
    const scale = view.sense(j, 'scale');
    if (scale && !view.taken(j)) {
      value *= scale.factor;
      end = view.lex[j]?.end ?? j + 1;
      j = view.next(end - 1);
    }
    const u = j < view.length && !view.taken(j) ? view.sense(j, 'unit') : undefined;
    if (u && ['percent', 'points', 'eur', 'fte', 'weeks', 'days', 'people'].includes(u.unit)) {
      if (u.unit !== 'people') unit = u.unit as Quantity['unit'];
      end = view.lex[j]?.end ?? j + 1;
    } else if (!isDigits && !scale) continue;
    if (negativeBefore(view, start)) value = -value;
    const perMonth = perMonthAfter(view, end);
    view.take(start, end, 'quantity');
    out.push({
      value,
      hedge,
      unit,
      perMonth,
      digits: isDigits ? significant(view.text(i)) : 1,
      start,
      end,
      at: i,
      words: words(view, start, end),
    });
  }
  return out;
}

function hedgeBefore(view: View, i: number): { hedge: Hedge; start: number } {
  const b = view.prev(i);
  if (b < 0 || view.taken(b)) return { hedge: 'exact', start: i };
  const h = view.sense(b, 'hedge');
  const phrase = view.lex[b];
  if (!h || !phrase || phrase.end - 1 !== b) return { hedge: 'exact', start: i };
  return { hedge: h.hedge, start: phrase.start };
}

/** "een verlies van bijna 48 miljoen", "a deficit of 48 million": a sign said in words, close before. */
function negativeBefore(view: View, start: number): boolean {
  let j = view.prev(start);
  for (let n = 0; n < 4 && j >= 0; n++) {
    if (view.isNumber(j)) return false;
    if (view.senses(j).some((s) => s.kind === 'claim' && s.word === 'negative')) return true;
    j = view.prev(view.lex[j]?.start ?? j);
  }
  return false;
}

/** "2.000 per maand", "2,000 a month", "some 2,000 applications each month". */
function perMonthAfter(view: View, end: number): boolean {
  let j = view.next(end - 1);
  for (let n = 0; n < 5 && j < view.length; n++) {
    if (view.isNumber(j)) return false;
    if (view.senses(j).some((s) => s.kind === 'marker' && s.marker === 'perMonth')) return true;
    j = view.next(j);
  }
  return false;
}

/** The words of a span as typed: tokens written together ("55k", "5%") stay together. */
export const words = (view: View, start: number, end: number): string =>
  view.tokens
    .slice(start, end)
    .map((t, k, ts) => (k > 0 && ts[k - 1]!.end < t.start ? ` ${t.text}` : t.text))
    .join('')
    .replace(/ ([%,.])/g, '$1')
    .replace(/€ /g, '€');
