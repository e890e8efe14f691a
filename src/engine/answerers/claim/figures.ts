import type { Observation, Series } from '../../../data/schema.js';
import { isFlow, isStock } from '../../compose/derived.js';
import type { DataIndex } from '../../data-index.js';

/** A figure a claim is checked against, and the published observations it comes from. */
export interface Figure {
  period: string;
  value: number;
  observations: Observation[];
  /** How it was obtained when not printed as such: months added up, or December's stock. */
  derived: 'sum' | 'december' | null;
}

/**
 * The current figure of a series in a period. A year that only has monthly figures is December's
 * position for a stock and the sum of all twelve months for a flow; anything less is no figure.
 */
export function figureAt(idx: DataIndex, series: Series, period: string): Figure | null {
  const o = idx.value(series.id, period);
  if (o && typeof o.value === 'number') return { period, value: o.value, observations: [o], derived: null };
  if (o || period.length !== 4) return null;
  if (isStock(series)) {
    const dec = idx.value(series.id, `${period}-12`);
    return dec && typeof dec.value === 'number'
      ? { period: dec.period, value: dec.value, observations: [dec], derived: 'december' }
      : null;
  }
  return monthsFigure(
    idx,
    series,
    period,
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
}

/** Part of a year ("eerste helft van 2025"): the months added up, if every one of them is published. */
export function monthsFigure(idx: DataIndex, series: Series, year: string, months: number[]): Figure | null {
  const observations = months.map((m) => idx.value(series.id, `${year}-${String(m).padStart(2, '0')}`));
  if (observations.some((o) => !o || typeof o.value !== 'number')) return null;
  const found = observations as Observation[];
  if (isStock(series)) {
    const last = found[found.length - 1]!;
    return { period: last.period, value: last.value!, observations: [last], derived: 'december' };
  }
  if (!isFlow(series)) return null;
  return {
    // A whole year is the year; a part of it the span of its months ("2025-01/2025-03").
    period: found.length === 12 ? year : `${found[0]!.period}/${found[found.length - 1]!.period}`,
    value: found.reduce((sum, o) => sum + (o.value as number), 0),
    observations: found,
    derived: 'sum',
  };
}

/** The latest period with a figure: the latest year, else the latest month. */
export function latestPeriod(idx: DataIndex, series: Series): string | null {
  const years = idx.periods(series.id, 'year');
  if (years.length > 0) return years[years.length - 1]!;
  const months = idx.periods(series.id, 'month');
  return months[months.length - 1] ?? null;
}
