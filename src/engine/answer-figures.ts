import type { Answer, Note } from '../contract/answer.js';
import type { Observation, Series } from '../data/schema.js';
import { clarify } from './answer-choices.js';
import { notFoundAnswer } from './build-fallbacks.js';
import { buildFigures } from './build-figures.js';
import type { DataIndex } from './data-index.js';
import type { Parsed } from './engine.js';
import { formatPeriod, formatPeriodSpan } from './format.js';
import { type Intent, wantsSeries } from './intent.js';
import type { PeriodQuery } from './periods.js';

/** The period before: 2024 -> 2023, 2025-01 -> 2024-12. */
export function previousPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) - 1);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Picks the observations of one series that the question's periods ask for, and builds the value,
 * comparison or series answer; a period the data lacks becomes an honest not_found.
 */
export function figuresAnswer(
  p: Parsed,
  series: Series,
  intent: Intent,
  q: PeriodQuery,
  idx: DataIndex,
  measureNamed = true,
): Answer {
  const { lang, question } = p;
  const years = idx.observations(series.id, 'year');
  const months = idx.observations(series.id, 'month');
  const all = idx.observations(series.id);
  const notFound = (asked: string[]): Answer => {
    // The default measure lacks the period, but the subject has other figures for it: offer those.
    if (!measureNamed) {
      const siblings = idx.bySubject
        .get(series.subject)!
        .filter((s) => s.id !== series.id && asked.every((a) => idx.value(s.id, a)));
      if (siblings.length > 0) {
        const candidates = siblings
          .slice(0, 4)
          .map((s) => ({ series: s, score: 0, subjectWeight: 0, measureNamed: false }));
        return clarify(p, candidates, q, idx);
      }
    }
    return notFoundAnswer(
      question,
      lang,
      {
        why: 'period',
        label: series.label[lang],
        asked: asked.map((x) => formatAsked(x, lang)),
        series: series.id,
      },
      idx,
    );
  };
  const figures = (kind: 'value' | 'comparison' | 'series', observations: Observation[], periodNote?: Note) =>
    buildFigures({ question, lang, series, kind, observations, ...(periodNote ? { periodNote } : {}) }, idx);

  if (q.range) {
    const { from, to } = q.range;
    const pool = from.length === 7 ? months : years.length ? years : months;
    const inRange = pool.filter(
      (o) => o.period.slice(0, from.length) >= from && (to === null || o.period.slice(0, to.length) <= to),
    );
    if (inRange.length === 0) return notFound([to ? `${from}-${to}` : from]);
    // A span of months must be there whole: December alone is no answer to "the second half of 2024".
    if (from.length === 7 && to && inRange.length < monthsBetween(from, to))
      return notFound([`${from}-${to}`]);
    const missing =
      to && from.length === 4 ? rangeYears(from, to).filter((y) => !inRange.some((o) => o.period === y)) : [];
    const note: Note | undefined = missing.length
      ? {
          kind: 'period',
          text:
            lang === 'nl'
              ? `Geen cijfer voor ${missing.join(', ')}.`
              : `No figure for ${missing.join(', ')}.`,
        }
      : undefined;
    // "How did X change from 2022 to 2024?" compares the ends; "trend", "verloop", "show" ask for the
    // whole series.
    if (inRange.length >= 2 && intent === 'comparison' && (inRange.length === 2 || !wantsSeries(p.folded))) {
      return figures('comparison', [inRange[0]!, inRange[inRange.length - 1]!]);
    }
    return inRange.length === 1 ? figures('value', inRange) : figures('series', inRange, note);
  }
  if (q.monthly) {
    const year = q.periods.find((x) => x.length === 4) ?? months[months.length - 1]?.period.slice(0, 4);
    const inYear = months.filter((o) => o.period.startsWith(year ?? '-'));
    if (inYear.length === 0) return notFound([year ?? '']);
    return figures('series', inYear);
  }
  if (q.periods.length > 0) {
    const found: Observation[] = [];
    const missing: string[] = [];
    for (const period of q.periods) {
      const o = all.find((x) => x.period === period);
      if (o) found.push(o);
      else if (
        period.length === 4 &&
        years.length === 0 &&
        months.some((m) => m.period.startsWith(period)) &&
        q.periods.length === 1
      ) {
        // Only monthly figures exist. A stock (open cases) at the end of the year is December's
        // figure; a flow gets that year's months (the IND publishes no annual sum of them).
        const december = months.find((m) => m.period === `${period}-12`);
        if (december && isStock(series) && intent !== 'series') {
          const note: Note = {
            kind: 'period',
            text:
              lang === 'nl'
                ? `Stand eind december ${period} (maandcijfers).`
                : `Position at the end of December ${period} (monthly figures).`,
          };
          return figures('value', [december], note);
        }
        return figures(
          'series',
          months.filter((m) => m.period.startsWith(period)),
        );
      } else missing.push(period);
    }
    if (missing.length > 0) return notFound(missing);
    found.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    if (found.length === 1 && intent === 'comparison') {
      const prev = all.find((x) => x.period === previousPeriod(found[0]!.period));
      if (prev) return figures('comparison', [prev, found[0]!]);
    }
    if (found.length === 1)
      return figures(
        intent === 'series' &&
          found[0]!.period.length === 4 &&
          months.some((m) => m.period.startsWith(found[0]!.period))
          ? 'series'
          : 'value',
        intent === 'series' &&
          found[0]!.period.length === 4 &&
          months.some((m) => m.period.startsWith(found[0]!.period))
          ? months.filter((m) => m.period.startsWith(found[0]!.period))
          : found,
      );
    return figures(intent === 'series' ? 'series' : 'comparison', found);
  }
  if (q.mentioned) return notFound([p.today.slice(0, 4)]);
  // No period named: the latest, and the answer says which.
  if (q.latest === 'month' && months.length) return figures('value', [months[months.length - 1]!]);
  if (intent === 'series') return figures('series', years.length >= 2 ? years : months);
  const pool = years.length ? years : months;
  const latest = pool[pool.length - 1];
  if (!latest) return notFound([]);
  if (intent === 'comparison' && pool.length >= 2) return figures('comparison', pool.slice(-2));
  const note: Note = {
    kind: 'period',
    text:
      lang === 'nl'
        ? `Geen periode genoemd: dit is het meest recente cijfer (${formatPeriod(latest.period, 'nl')}).`
        : `No period given: this is the latest figure (${formatPeriod(latest.period, 'en')}).`,
  };
  return figures('value', [latest], q.latest ? undefined : note);
}

export const AGE_BREAKDOWN =
  /\b(naar leeftijd|per leeftijd|leeftijdsopbouw|leeftijdscategorie\w*|ouderdom|hoe oud|how old|by age|age breakdown|age of (the )?(open|pending)|ageing|aging|age buckets|leeftijd)\b/;

const isStock = (s: Series) => s.measure === 'in-behandeling' || s.measure.startsWith('open-');

/** A period or a span as asked ("2024", "2024-07-2024-12", "2018-2025"), for the reader. */
const formatAsked = (asked: string, lang: Parsed['lang']): string => {
  const span = /^(\d{4}(?:-\d{2})?)-(\d{4}(?:-\d{2})?)$/.exec(asked);
  return span && span[1]!.length === span[2]!.length
    ? formatPeriodSpan([span[1]!, span[2]!], lang)
    : formatPeriod(asked, lang);
};

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
};

const rangeYears = (from: string, to: string) =>
  Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));
