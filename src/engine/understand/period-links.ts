import type { Mention, Periods } from './periods.js';
import type { View } from './view.js';

/*
 * How the periods of a question relate once they are read: short years where nothing else
 * explains a number, "eind ..." before a period, and the words between periods (a span, a
 * comparison, a list).
 */

/**
 * "k&t aanvragen 22", "loket 23", "eind '22": a two-digit number is a year where nothing else
 * explains it and no full year is named; the reading says it was taken so.
 */
export function shortYears(view: View, out: Periods): void {
  if (out.mentions.some((m) => m.period.length >= 4 && !m.relative) || out.range || out.part) return;
  for (let i = 0; i < view.length; i++) {
    if (view.taken(i) || !view.isNumber(i) || !/^[1-4]\d$/.test(view.text(i))) continue;
    const before = view.prev(i);
    const after = view.next(i);
    if (before >= 0 && (view.has(before, 'hedge') || view.has(before, 'claim'))) continue;
    if (
      after < view.length &&
      !view.isSeparator(after) &&
      (view.has(after, 'unit') ||
        view.has(after, 'scale') ||
        view.has(after, 'periodWord') ||
        view.dom[after])
    )
      continue;
    const led =
      before >= 0 &&
      (view.has(before, 'range') || view.has(before, 'periodWord') || view.dom[before] !== undefined);
    if (!led) continue;
    const year = 2000 + Number(view.text(i));
    out.mentions.push({
      period: String(year),
      start: i,
      end: i + 1,
      lead: null,
      atEnd: false,
      relative: false,
      assumed: view.text(i),
    });
    view.take(i, i + 1, 'period');
    out.mentioned = true;
  }
  out.mentions.sort((a, b) => a.start - b.start);
}

/** "eind 2024", "at the end of last month": the period is a position at its end. */
export function endWords(view: View, out: Periods): void {
  for (const m of out.mentions) {
    const b = view.prev(m.start);
    if (b < 0 || view.taken(b)) continue;
    const word = view.sense(b, 'periodWord')?.word;
    if (word === 'end' || word === 'during') {
      if (word === 'end') m.atEnd = true;
      const phrase = view.lex[b]!;
      view.take(phrase.start, phrase.end, 'period');
    }
  }
}

/** Prepositions a comparison word reaches over: "dan in 2025", "than during 2023". */
const IN_WORDS = new Set(['in', 'during', 'over']);

/**
 * The words between and before periods: "van 2018 tot 2025" and "2018-2025" are a span, "sinds 2021"
 * a span to the latest, "2024 vs 2023" two periods against each other, "2023 en 2024" a list.
 */
export function leads(view: View, out: Periods): void {
  const ms = out.mentions;
  const joiner = (a: Mention, b: Mention): string[] | null => {
    const words: string[] = [];
    for (let i = a.end; i < b.start; i++) {
      if (view.isSeparator(i)) {
        if (view.text(i) === ',') continue;
        return null;
      }
      if (view.taken(i)) return null;
      words.push(view.text(i));
    }
    return words;
  };
  const role = (i: number): string | null => {
    const senses = ownSenses(view, i);
    if (senses.some((s) => s.kind === 'range' && s.role === 'since')) return 'since';
    if (senses.some((s) => s.kind === 'range' && s.role === 'between')) return 'between';
    if (senses.some((s) => s.kind === 'range' && s.role === 'from')) return 'from';
    if (senses.some((s) => s.kind === 'range' && s.role === 'versus')) return 'versus';
    if (senses.some((s) => s.kind === 'claim' && s.word === 'than')) return 'than';
    return null;
  };
  for (const m of ms) {
    const b = view.prev(m.start);
    if (b < 0 || view.taken(b)) continue;
    const r = role(b);
    if (r) m.lead = r as Mention['lead'];
    // "hoger dan in 2025", "more than in 2023": the comparison reaches over the preposition.
    else if (IN_WORDS.has(view.text(b))) {
      const c = view.prev(b);
      if (c >= 0 && !view.taken(c) && role(c) === 'than') m.lead = 'than';
    }
  }
  for (let k = 0; k + 1 < ms.length; k++) {
    const [a, b] = [ms[k]!, ms[k + 1]!];
    const between = joiner(a, b);
    if (!between) continue;
    const j = a.end < b.start ? view.next(a.end - 1) : -1;
    const senses = j >= 0 ? ownSenses(view, j) : [];
    const isTo = senses.some((s) => s.kind === 'range' && s.role === 'to');
    const isAnd = senses.some((s) => s.kind === 'range' && s.role === 'and');
    const isVersus = senses.some((s) => s.kind === 'range' && s.role === 'versus');
    const sameKind = a.period.length === b.period.length;
    if (between.length > 0 && isVersus) {
      out.versus = true;
      b.lead = 'versus';
      markJoiner(view, a, b);
      continue;
    }
    const spanned =
      sameKind &&
      a.period < b.period &&
      ((isTo && !isAnd) ||
        (isTo && a.lead === 'between') ||
        (isAnd && a.lead === 'between') ||
        (isTo && a.lead === 'from'));
    if (spanned && !out.range) {
      const lead = a.lead === 'from' || a.lead === 'between' ? view.prev(a.start) : -1;
      const start = lead >= 0 ? (view.lex[lead]?.start ?? lead) : a.start;
      out.range = { from: a.period, to: b.period, since: false, start, end: b.end };
      view.take(start, b.end, 'period');
      out.mentions = out.mentions.filter((x) => x !== a && x !== b);
      leads(view, out);
      return;
    }
    if (between.length === 0 || (isAnd && !isTo) || between.every((w) => w === 'en' || w === 'and'))
      markJoiner(view, a, b);
  }
  // "sinds 2021", "vanaf 2021", "from 2021": to the latest. Dutch "van 2025" is "of 2025".
  const fromAlone = (m: Mention) =>
    m.lead === 'from' && ms.length === 1 && view.text(view.prev(m.start)) !== 'van';
  const since = ms.find((m) => m.lead === 'since' || fromAlone(m));
  if (since && !out.range && ms.length === 1) {
    const b = view.prev(since.start);
    const start = view.lex[b]?.start ?? b;
    out.range = { from: since.period, to: null, since: true, start, end: since.end };
    view.take(start, since.end, 'period');
    out.mentions = [];
  }
  for (const m of out.mentions) {
    if (m.lead === 'versus' || m.lead === 'than') {
      const b = view.prev(m.start);
      const phrase = view.lex[b];
      if (phrase && m.lead === 'versus') view.take(phrase.start, phrase.end, 'period');
      if (m.lead === 'versus') out.versus = true;
    }
  }
}

function markJoiner(view: View, a: Mention, b: Mention): void {
  for (let i = a.end; i < b.start; i++)
    if (!view.isSeparator(i) && (view.text(i) === 'en' || view.text(i) === 'and' || view.has(i, 'range')))
      view.take(i, i + 1, 'period');
}

/** A word's senses in the question's language where it has one: Dutch "over 2020" is "in 2020". */
function ownSenses(view: View, i: number) {
  const all = view.senses(i);
  const own = all.filter((s) => s.lang === view.lang);
  return own.length > 0 ? own : all;
}
