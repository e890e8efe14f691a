import type { Answer } from '../contract/answer.js';
import type { Language } from '../data/schema.js';
import { type Engine, formatPeriod } from '../engine/index.js';
import type { Move, WhatsNewReport } from './report.js';

/** Periods the chart of the day shows: the moved one and those published before it. */
const WINDOW = 8;

/** The move the chart of the day is about: the largest relative one, else the largest in counts or points. */
export const headlineMove = (report: WhatsNewReport): Move | null =>
  report.byRelative[0] ?? report.byAbsolute[0] ?? report.byPoints[0] ?? null;

/**
 * The question whose answer is the chart of the day, as a reader could type it: the series' name
 * and the last periods up to the moved one ("trend Naturalisatie aanvragen 2018-2025"). Asked
 * through the ask layer like any other question, so the chart is the one every front end draws.
 */
export function headlineQuestion(move: Move, index: Engine['index'], lang: Language): string {
  const kind = move.period.length === 4 ? 'year' : 'month';
  const periods = index.periods(move.series.id, kind).filter((p) => p <= move.period);
  const from = periods.at(-Math.min(WINDOW, periods.length)) ?? move.period;
  const { subject, measure } = move.series.name[lang];
  const span =
    kind === 'year'
      ? `${from}-${move.period}`
      : `${lang === 'nl' ? 'per maand' : 'per month'} ${formatPeriod(from, lang)} - ${formatPeriod(move.period, lang)}`;
  return `trend ${subject} ${measure} ${span}`;
}

/** True when the engine read the question as meant: that series over time, the moved period in it. */
export const answersHeadline = (answer: Answer, move: Move): boolean =>
  answer.kind === 'series' &&
  answer.facts.length >= 2 &&
  answer.facts.every((f) => f.series === move.series.id) &&
  answer.facts.some((f) => f.period === move.period);
