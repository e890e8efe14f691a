import type { Note } from '../../contract/index.js';
import type { Language, Observation, Series } from '../../data/schema.js';
import { isFlow, isStock } from '../compose/derived.js';
import type { DataIndex } from '../data-index.js';
import { formatPeriod, formatPeriodSpan } from '../format.js';
import { messages } from '../messages/index.js';
import { inRange, monthOf, monthsBetween, previousPeriod, yearsBetween } from '../understand/period-math.js';
import type { Periods } from '../understand/periods.js';

export type Intent = 'value' | 'comparison' | 'series';

/** Which observations of a series answer the question's periods. */
export type Selection =
  | { kind: Intent; observations: Observation[]; note?: Note }
  | { kind: 'sum' | 'mean'; observations: Observation[] }
  /** Two parts of a year set against each other, each added up from its months. */
  | { kind: 'sums'; observations: Observation[]; other: Observation[] }
  | { missing: string[] };

export interface SelectOptions {
  intent: Intent;
  periods: Periods;
  /** Periods carried over from the previous question when this one names none. */
  carried: string[];
  monthly: boolean;
  latest: 'any' | 'month' | null;
  /** "in totaal", "opgeteld": a part of a year as its sum. */
  total: boolean;
  /** "gemiddeld per maand". */
  average: boolean;
  /** The wording asks for the trend itself ("verloop", "per jaar"), not only its ends. */
  trend: boolean;
  today: string;
  lang: Language;
}

/**
 * Picks the observations a question asks for: a part of a year (its months, added up for a flow),
 * a span, the months of a year, the named periods (with the period before for a comparison), or
 * the latest figure, which the answer then says it took. A period the data lacks is `missing`.
 */
export function selectObservations(series: Series, idx: DataIndex, o: SelectOptions): Selection {
  const years = idx.observations(series.id, 'year');
  const months = idx.observations(series.id, 'month');
  const all = idx.observations(series.id);
  const m = messages(o.lang);
  const p = o.periods;

  if (p.part && p.otherPart) {
    const [a, b] = [p.part, p.otherPart].map((part) => {
      const wanted = part.months.map((n) => monthOf(part.year, n));
      return { wanted, found: months.filter((x) => wanted.includes(x.period)) };
    }) as [{ wanted: string[]; found: Observation[] }, { wanted: string[]; found: Observation[] }];
    const gap = [a, b].find((x) => x.found.length < x.wanted.length);
    if (gap) return { missing: [`${gap.wanted[0]}-${gap.wanted[gap.wanted.length - 1]}`] };
    // Open cases: the position at the end of each part.
    if (isStock(series))
      return {
        kind: 'comparison',
        observations: [a.found[a.found.length - 1]!, b.found[b.found.length - 1]!],
      };
    if (!isFlow(series)) return { missing: [`${a.wanted[0]}-${b.wanted[b.wanted.length - 1]}`] };
    return { kind: 'sums', observations: a.found, other: b.found };
  }
  if (p.part) {
    const wanted = p.part.months.map((n) => monthOf(p.part!.year, n));
    const found = months.filter((x) => wanted.includes(x.period));
    // A part of a year must be there whole: December alone is no answer to "the second half of 2024".
    if (found.length < wanted.length) return { missing: [`${wanted[0]}-${wanted[wanted.length - 1]}`] };
    if (o.average) return { kind: 'mean', observations: found };
    // "per maand in het laatste kwartaal": the months themselves, not their sum.
    if (isFlow(series) && !o.trend && !o.monthly) return { kind: 'sum', observations: found };
    return { kind: 'series', observations: found };
  }
  if (p.range) {
    const { from, to } = p.range;
    const pool = from.length === 7 ? months : years.length ? years : months;
    const inSpan = pool.filter((x) => inRange(x.period, from, to));
    if (inSpan.length === 0) return { missing: [to ? `${from}-${to}` : from] };
    if (from.length === 7 && to && inSpan.length < monthsBetween(from, to))
      return { missing: [`${from}-${to}`] };
    if (o.average) return { kind: 'mean', observations: inSpan };
    const gaps =
      to && from.length === 4
        ? yearsBetween(from, to).filter((y) => !inSpan.some((x) => x.period === y))
        : [];
    const note: Note | undefined = gaps.length ? { kind: 'period', text: m.noFigureFor(gaps) } : undefined;
    // "How did X change from 2022 to 2024?" compares the ends; "trend", "verloop" ask for all of it.
    if (inSpan.length >= 2 && o.intent === 'comparison' && (inSpan.length === 2 || !o.trend))
      return { kind: 'comparison', observations: [inSpan[0]!, inSpan[inSpan.length - 1]!] };
    // "sinds vorig jaar" when last year is the newest figure: that figure, and why there is no change.
    if (inSpan.length === 1 && p.range.since)
      return {
        kind: 'value',
        observations: inSpan,
        note: { kind: 'period', text: m.nothingSince(formatPeriod(inSpan[0]!.period, o.lang)) },
      };
    return inSpan.length === 1
      ? { kind: 'value', observations: inSpan }
      : { kind: 'series', observations: inSpan, ...(note ? { note } : {}) };
  }
  const named = p.mentions.length > 0 ? p.mentions.map((x) => x.period) : o.carried;
  // "per maand" beside a month named ("monthly target ... in March 2025"): that month.
  if (o.monthly && !named.some((x) => x.length === 7)) {
    const year = named.find((x) => x.length === 4) ?? months[months.length - 1]?.period.slice(0, 4);
    const inYear = months.filter((x) => x.period.startsWith(year ?? '-'));
    if (inYear.length === 0) return { missing: [year ?? ''] };
    // "average per month in 2025": the year's published total over its twelve months, as
    // "gemiddeld per maand in 2025" is (the annual figure is the newer one; months may not add up).
    const annual = years.find((x) => x.period === year);
    if (o.average && annual && isFlow(series) && named.includes(annual.period))
      return { kind: 'mean', observations: [annual] };
    if (o.average) return { kind: 'mean', observations: inYear };
    return { kind: 'series', observations: inYear };
  }
  if (named.length > 0) {
    const found: Observation[] = [];
    const missing: string[] = [];
    for (const period of named) {
      const x = all.find((y) => y.period === period);
      if (x) {
        found.push(x);
        continue;
      }
      const ofYear = period.length === 4 ? months.filter((y) => y.period.startsWith(period)) : [];
      if (years.length === 0 && ofYear.length > 0 && named.length === 1) {
        // Only monthly figures exist: a stock at the end of the year is December's figure; a flow
        // gets that year's months (the IND publishes no annual sum of them).
        const december = ofYear.find((y) => y.period === `${period}-12`);
        if (december && isStock(series) && o.intent !== 'series')
          return {
            kind: 'value',
            observations: [december],
            note: { kind: 'period', text: m.stockAtEnd(formatPeriod(december.period, o.lang)) },
          };
        if (o.average) return { kind: 'mean', observations: ofYear };
        if (o.total && isFlow(series) && ofYear.length === 12) return { kind: 'sum', observations: ofYear };
        return { kind: 'series', observations: ofYear };
      }
      missing.push(period);
    }
    if (missing.length > 0) return { missing };
    found.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    if (o.average && found.length === 1) {
      // A stock's year figure is one end-of-year position: its mean per month is over the months.
      const ofYear = months.filter((y) => y.period.startsWith(found[0]!.period));
      if (isStock(series) && found[0]!.period.length === 4 && ofYear.length === 12)
        return { kind: 'mean', observations: ofYear };
      return { kind: 'mean', observations: found };
    }
    if (found.length === 1 && (o.intent === 'comparison' || p.yearBefore)) {
      const prev = all.find((y) => y.period === previousPeriod(found[0]!.period));
      if (prev) return { kind: 'comparison', observations: [prev, found[0]!] };
      return { missing: [previousPeriod(found[0]!.period)] };
    }
    if (found.length === 1) {
      const ofYear = months.filter((y) => y.period.startsWith(found[0]!.period));
      if (o.intent === 'series' && found[0]!.period.length === 4 && ofYear.length > 0)
        return { kind: 'series', observations: ofYear };
      return { kind: 'value', observations: found };
    }
    return { kind: o.intent === 'series' ? 'series' : 'comparison', observations: found };
  }
  if (p.mentioned) return { missing: [o.today.slice(0, 4)] };
  // No period named: the latest, and the answer says which.
  if (o.latest === 'month' && months.length)
    return { kind: 'value', observations: [months[months.length - 1]!] };
  if (o.intent === 'series') return { kind: 'series', observations: years.length >= 2 ? years : months };
  const pool = years.length ? years : months;
  const latest = pool[pool.length - 1];
  if (!latest) return { missing: [] };
  if (o.intent === 'comparison' && pool.length >= 2)
    return { kind: 'comparison', observations: pool.slice(-2) };
  if (o.average) return { kind: 'mean', observations: [latest] };
  const note: Note | undefined = o.latest
    ? undefined
    : { kind: 'period', text: m.latestTaken(formatPeriod(latest.period, o.lang)) };
  return { kind: 'value', observations: [latest], ...(note ? { note } : {}) };
}

/** A period or span as asked ("2024", "2024-07-2024-12"), for the reader. */
export function formatAsked(asked: string, lang: Language): string {
  const span = /^(\d{4}(?:-\d{2})?)-(\d{4}(?:-\d{2})?)$/.exec(asked);
  return span && span[1]!.length === span[2]!.length
    ? formatPeriodSpan([span[1]!, span[2]!], lang)
    : formatPeriod(asked, lang);
}
