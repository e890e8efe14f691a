import type { ChartConfiguration } from 'chart.js';
import type { Answer, Fact } from '../contract/answer.js';
import { ageChart, barChart, rankingChart } from './bar.js';
import { onAxis } from './derived.js';
import { lineChart } from './line.js';
import { isAgeBreakdown, numeric } from './lines.js';
import { AGE_PALETTE } from './palette.js';
import { CHART_SIZE, type ChartSize } from './sizes.js';

export { AGE_PALETTE, PALETTE } from './palette.js';
export { CHART_SIZE, CHART_SIZES } from './sizes.js';

/**
 * The trend plus the answered figure (when the trend leaves it out), for a single value. A computed
 * figure brings the published ones it rests on, so a quarter's sum is drawn as its months.
 */
function trendFacts(answer: Answer): Fact[] {
  const trend = [...answer.trend];
  const computed = answer.facts.some((f) => f.derived);
  for (const fact of answer.facts) {
    const sameSeries = trend.filter((t) => t.series === fact.series);
    if ((computed || sameSeries.length > 0) && !sameSeries.some((t) => t.period === fact.period))
      trend.push(fact);
  }
  return onAxis(trend);
}

/** The recent values around a single figure, when there are at least two periods to draw. */
function trendOf(answer: Answer): Fact[] | null {
  if (answer.kind !== 'value' && answer.kind !== 'claim') return null;
  const trend = trendFacts(answer);
  return new Set(trend.filter((f) => numeric(f) !== null).map((f) => f.period)).size >= 2 ? trend : null;
}

/**
 * The facts a chart of this answer draws (for alt text, and for checking the chart against):
 * published figures, and computed ones only where they share the axis with them.
 */
export const chartedFacts = (answer: Answer): Fact[] =>
  trendOf(answer) ?? onAxis(answer.facts.filter((f) => f.unit !== 'rank'));

/**
 * The chart.js v4 configuration for an answer at a size, or null when a picture would add nothing
 * (help, a question back, a lone figure without a trend, a ranking without numbers). Pure data
 * without functions, so the same object renders locally and, as text, on a QuickChart server; every
 * number in it is the answer's.
 */
export function buildChartConfig(answer: Answer, size: ChartSize = CHART_SIZE): ChartConfiguration | null {
  const trend = trendOf(answer);
  if (trend) return lineChart(answer, trend, size, true);
  const facts = chartedFacts(answer);
  if (!facts.some((f) => numeric(f) !== null)) return null;
  if (isAgeBreakdown(facts, AGE_PALETTE.length)) {
    return answer.kind === 'series' ||
      answer.kind === 'comparison' ||
      answer.kind === 'value' ||
      answer.kind === 'claim'
      ? ageChart(answer, facts, size)
      : null;
  }
  switch (answer.kind) {
    case 'series':
      return lineChart(answer, facts, size, false);
    case 'comparison':
    case 'claim':
      return barChart(answer, facts, size);
    case 'ranking':
      return rankingChart(answer, facts, size);
    default:
      // A lone value without a trend, help, a question back: a picture adds nothing.
      return null;
  }
}
