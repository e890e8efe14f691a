import { monthsOfPart } from './period-math.js';
import type { View } from './view.js';

const YEAR = /^\d{4}$/;

/** The smallest period readers: a year at a token, a quarter or half of a year. */

/** Month abbreviations that are also words ("may", "mar", "jan"): a month only beside a year. */
export const AMBIGUOUS_MONTHS = new Set([
  'may',
  'mar',
  'jan',
  'dec',
  'sep',
  'aug',
  'jun',
  'jul',
  'nov',
  'okt',
  'oct',
  'apr',
  'feb',
  'mei',
]);

export const pad = (m: number) => String(m).padStart(2, '0');

/** A year at token i: "2024", "'22"; null for anything else. */
export function yearAt(view: View, i: number): { year: number; assumed?: string } | null {
  if (i >= view.length || view.taken(i) || !view.isNumber(i)) return null;
  const t = view.text(i);
  if (/^'\d{2}$/.test(t)) return { year: 2000 + Number(t.slice(1)), assumed: t };
  if (!YEAR.test(t)) return null;
  const y = Number(t);
  if (y < 1990 || y > 2049) return null;
  // "zo'n 2000 per maand", "2000 euro": a quantity that looks like a year.
  // A hedge that is only a hedge ("zo'n", "ruim"); "over 2020", "rond 2021" are prepositions too.
  const before = view.prev(i);
  if (before >= 0 && view.has(before, 'hedge') && !view.has(before, 'range') && !view.has(before, 'function'))
    return null;
  const after = view.next(i);
  // "2024 percentage" names the year and then the measure: no share is ever a year-sized number.
  const unit = after < view.length ? view.sense(after, 'unit')?.unit : undefined;
  if (unit !== undefined && unit !== 'percent') return null;
  if (after < view.length && view.has(after, 'scale')) return null;
  return { year: y };
}

/** "eerste kwartaal van 2025", "Q3 2025", "2025 Q1", "tweede helft 2024", "H1". */
export function readPart(view: View, i: number): { year?: string; months: number[]; end: number } | null {
  const t = view.text(i);
  let n: number | null = null;
  let half = false;
  let end = i + 1;
  // "the last quarter of 2025" read as one phrase ("last quarter", the one before today) with a year.
  const lastOf = view.phraseAt(i)?.senses.some((s) => s.kind === 'relative' && s.relative === 'lastQuarter');
  if (lastOf) {
    const phraseEnd = view.lex[i]!.end;
    let j = view.next(phraseEnd - 1);
    if (['van', 'of', 'in'].includes(view.text(j))) {
      j = view.next(j);
      const y = yearAt(view, j);
      if (y) return { year: String(y.year), months: monthsOfPart(4, false), end: j + 1 };
    }
    return null;
  }
  const code = /^([qh])([1-4])$/.exec(t);
  if (code) {
    n = Number(code[2]);
    half = code[1] === 'h';
    if (half && n > 2) return null;
  } else {
    // "the last quarter": read as "the last" (the past) before "quarter".
    const last = view.sense(i, 'relative')?.relative === 'past' ? { value: -1 } : undefined;
    const ord = view.sense(i, 'ordinal') ?? last;
    if (!ord || ord.value === 0 || ord.value > 4) return null;
    const j = view.next((view.lex[i]?.end ?? i + 1) - 1);
    const word = view.sense(j, 'periodWord')?.word;
    if (word !== 'quarter' && word !== 'half') return null;
    half = word === 'half';
    // "het laatste kwartaal", "the last half": the fourth quarter, the second half.
    n = ord.value === -1 ? (half ? 2 : 4) : ord.value;
    if (half && n > 2) return null;
    end = view.lex[j]?.end ?? j + 1;
  }
  let j = view.next(end - 1);
  if (['van', 'of', 'in'].includes(view.text(j))) j = view.next(j);
  const y = yearAt(view, j);
  const before = view.prev(i);
  const yBefore = before >= 0 ? yearAt(view, before) : null;
  const months = monthsOfPart(n, half);
  if (y) return { year: String(y.year), months, end: j + 1 };
  if (yBefore && code) {
    view.take(before, before + 1, 'period');
    return { year: String(yBefore.year), months, end };
  }
  return { months, end };
}

/**
 * "het eerste en tweede kwartaal van 2025", "the first and second half": an ordinal whose period
 * word comes with the part after it is a part of the same kind and year.
 */
export function ellipticPart(view: View, i: number): { year?: string; months: number[]; end: number } | null {
  const ord = view.sense(i, 'ordinal');
  if (!ord || ord.value < 1 || ord.value > 4) return null;
  const j = view.next((view.lex[i]?.end ?? i + 1) - 1);
  const joins = view
    .senses(j)
    .some((s) => s.kind === 'range' && (s.role === 'and' || s.role === 'versus' || s.role === 'to'));
  if (!joins) return null;
  // "van het eerste naar het tweede halfjaar": an article may come between.
  let k = view.next((view.lex[j]?.end ?? j + 1) - 1);
  if (view.has(k, 'function') && !view.has(k, 'ordinal')) k = view.next((view.lex[k]?.end ?? k + 1) - 1);
  const next = readPart(view, k);
  if (!next) return null;
  const half = next.months.length === 6;
  if (half && ord.value > 2) return null;
  return { ...(next.year ? { year: next.year } : {}), months: monthsOfPart(ord.value, half), end: i + 1 };
}
