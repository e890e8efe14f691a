import { parseNumber, type View } from './view.js';

/** How old the open cases asked about are, in months: [from, to), `to` null for open-ended. */
export interface AgeRange {
  from: number;
  to: number | null;
  start: number;
  end: number;
}

/**
 * Reads an age of open cases: "ouder dan 15 maanden", "langer dan een jaar", "older than half a
 * year", "tussen 6 en 15 maanden", "between one and three months", "6-12 months old", "tot 1
 * maand". Only months and years: a duration in weeks is a processing time, not an age.
 */
export function readAge(view: View): AgeRange | null {
  for (let i = 0; i < view.length; i++) {
    if (view.taken(i) || view.isSeparator(i)) continue;
    const phrase = view.phraseAt(i);
    const side = phrase ? view.sense(i, 'age')?.age : undefined;
    if (phrase && (side === 'older' || side === 'younger')) {
      const amount = amountAt(view, view.next(phrase.end - 1));
      if (amount) {
        let end = trailingOld(view, amount.end);
        let to: number | null = null;
        // "older than 6 months but younger than 15", "ouder dan 6 maanden en jonger dan 15 maanden".
        if (side === 'older') {
          let j = view.next(end - 1);
          if (/^(but|and|maar|en|yet)$/.test(view.text(j))) j = view.next(j);
          const other = view.phraseAt(j);
          if (other && view.sense(j, 'age')?.age === 'younger') {
            const k = view.next(other.end - 1);
            const upper = amountAt(view, k) ?? unitless(view, k, amount);
            if (upper && upper.months > amount.months) {
              to = upper.months;
              end = trailingOld(view, upper.end);
            }
          }
        }
        view.take(i, end, 'age');
        return side === 'older'
          ? { from: amount.months, to, start: i, end }
          : { from: 0, to: amount.months, start: i, end };
      }
    }
    // "tussen 6 en 15 maanden", "from 1 to 3 months", "6-15 maanden", "1 tot 3 maanden".
    const lead = view
      .senses(i)
      .some((s) => s.kind === 'range' && (s.role === 'between' || s.role === 'from'));
    const first = lead ? view.next((view.lex[i]?.end ?? i + 1) - 1) : i;
    const a = numberAt(view, first);
    if (a === null) continue;
    const join = view.next(first);
    const joins = view.senses(join).some((s) => s.kind === 'range' && (s.role === 'and' || s.role === 'to'));
    if (!joins && view.text(join) !== '-') continue;
    const second = view.next((view.lex[join]?.end ?? join + 1) - 1);
    const amount = amountAt(view, second);
    if (!amount) continue;
    const scale = amount.months / (amount.value || 1);
    const from = a * scale;
    if (from >= amount.months) continue;
    const end = trailingOld(view, amount.end);
    view.take(i, end, 'age');
    return { from, to: amount.months, start: i, end };
  }
  return null;
}

/** "15 maanden", "een jaar", "half a year", "anderhalf jaar", "three months": in months. */
function amountAt(view: View, i: number): { months: number; value: number; end: number } | null {
  // "less than a month", "longer than a year" read as one phrase elsewhere ("a month" = per month).
  const phrase = view.phraseAt(i);
  const single = phrase && /^(a|een|one) (month|maand|year|jaar)$/.exec(phrase.key);
  if (single) return { months: /month|maand/.test(single[2]!) ? 1 : 12, value: 1, end: phrase.end };
  let j = i;
  let value = numberAt(view, j);
  if (value === null && /^(een|a|an|one)$/.test(view.text(j))) value = 1;
  if (value === null && /^(half|halve)$/.test(view.text(j))) {
    value = 0.5;
  } else if (value !== null && /^(half|halve)$/.test(view.text(view.next(j)))) {
    value = value === 1 ? 0.5 : value + 0.5;
    j = view.next(j);
  }
  if (value === null) return null;
  let k = view.next(j);
  // "half a year": the article after "half".
  if (value === 0.5 && /^(a|een)$/.test(view.text(k))) k = view.next(k);
  const unit = view.sense(k, 'unit')?.unit ?? wordUnit(view.sense(k, 'periodWord')?.word);
  if (unit !== 'months' && unit !== 'years') return null;
  const months = unit === 'years' ? value * 12 : value;
  if (!Number.isInteger(months) || months <= 0 || months > 120) return null;
  return { months, value, end: view.lex[k]?.end ?? k + 1 };
}

/** "older than 6 months but younger than 15": the second number borrows the first one's unit. */
function unitless(view: View, i: number, first: { months: number; value: number }) {
  const n = numberAt(view, i);
  if (n === null) return null;
  const scale = first.months / (first.value || 1);
  return { months: n * scale, value: n, end: i + 1 };
}

const wordUnit = (w: string | undefined) => (w === 'month' ? 'months' : w === 'year' ? 'years' : undefined);

function numberAt(view: View, i: number): number | null {
  if (i >= view.length || view.taken(i)) return null;
  if (view.isNumber(i)) return parseNumber(view.text(i));
  const n = view.sense(i, 'number');
  return n && n.value <= 12 ? n.value : null;
}

/** "6-12 maanden oud", "15 months old": the age word after the amount is part of it. */
function trailingOld(view: View, end: number): number {
  const j = view.next(end - 1);
  return j < view.length && !view.taken(j) && view.text(j).match(/^(oud|old)$/) ? j + 1 : end;
}
