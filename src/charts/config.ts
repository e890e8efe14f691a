import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Answer, Fact } from '../contract/answer.js';
import {
  axisLabels,
  breakLine,
  byAgeTitle,
  LOCALES,
  periodPair,
  periodRange,
  sourceLine,
  splitCommonPrefix,
  tickFormat,
  titleText,
  unitTitle,
} from './format.js';
import {
  byAge,
  continuousPeriods,
  definitionBreak,
  groupBySeries,
  isAgeBreakdown,
  isOld,
  type Line,
  numeric,
  periodsOf,
  sharedUnit,
  valuesAt,
} from './lines.js';

/** Pixel size of every chart (CSS pixels; the PNG is twice as large in each direction). */
export const CHART_SIZE = { width: 640, height: 360, devicePixelRatio: 2 } as const;

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in greyscale. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
/** Young to old open cases: calm to alarming. Three buckets skip the sky blue to stay far apart. */
export const AGE_PALETTE = ['#009E73', '#56B4E9', '#E69F00', '#D55E00'];
const agePalette = (n: number): string[] => (n === 3 ? ['#009E73', '#E69F00', '#D55E00'] : AGE_PALETTE);
/** Alpha appended to a bar colour counted under an older definition: same hue, see-through. */
const FADED = '55';
/** Wide bars for two or three categories look like blocks, not figures. */
const MAX_BAR = 90;

type Config = ChartConfiguration;

interface Frame {
  answer: Answer;
  unit: Fact['unit'];
  title: string | string[];
  notes: string[];
  legend: boolean;
  stacked?: boolean;
}

/**
 * What every chart shares: title, source line, locale, axes. Only options that differ from the
 * defaults are written, to keep URLs short; `scales` is always present because a QuickChart server
 * otherwise adds a Chart.js 2 axis of its own.
 */
function frame(type: 'line' | 'bar', labels: unknown[], datasets: ChartDataset[], f: Frame): Config {
  const language = f.answer.language;
  const footer = [sourceLine(f.answer.sources, language), ...f.notes].filter((s): s is string => s !== null);
  const format = tickFormat(f.unit);
  const unit = unitTitle(f.unit, language);
  const y: Record<string, unknown> = {};
  if (type === 'bar') y.beginAtZero = true;
  if (f.stacked) y.stacked = true;
  if (format) y.ticks = { format };
  if (unit) y.title = { display: true, text: unit };
  const scales: Record<string, unknown> = {};
  if (f.stacked) scales.x = { stacked: true };
  if (Object.keys(y).length > 0) scales.y = y;
  const plugins: Record<string, unknown> = { title: { display: true, text: f.title, font: { size: 14 } } };
  if (footer.length > 0) {
    const text = footer.length === 1 ? footer[0] : footer;
    plugins.subtitle = { display: true, text, position: 'bottom', align: 'start' };
  }
  if (!f.legend) plugins.legend = { display: false };
  const options = { locale: LOCALES[language], layout: { padding: 8 }, plugins, scales };
  return { type, data: { labels, datasets }, options } as Config;
}

/** The label a set of lines goes by: the one series, or what their labels share. */
function groupLabel(answer: Answer, lines: Line[]): string {
  if (lines.length === 1) return lines[0]!.label;
  return splitCommonPrefix(lines).common || answer.reading || lines.map((l) => l.label).join(' / ');
}

/** A trend over years or months: one line per series, an older definition dashed (or open dots). */
function lineChart(answer: Answer, facts: Fact[], highlight?: string): Config | null {
  const lines = groupBySeries(facts);
  const periods = continuousPeriods(periodsOf(lines));
  if (periods.length < 2) return barChart(answer, facts);
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const single = lines.length === 1;
  const { rest } = splitCommonPrefix(lines);
  const datasets: ChartDataset<'line'>[] = [];
  lines.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    const data = valuesAt(line, periods);
    const dataset: ChartDataset<'line'> = { data, borderColor: colour, backgroundColor: colour };
    if (!single) dataset.label = rest[i]!;
    if (highlight && periods.length > 2 && periods.includes(highlight)) {
      dataset.pointRadius = periods.map((p) => (p === highlight ? 6 : 3));
    }
    if (until && single) {
      // The old stretch runs up to the first new point, so the step across the break is dashed too.
      const firstNew = periods.findIndex((p) => !isOld(p, until));
      datasets.push({ ...dataset, data: data.map((v, j) => (j <= firstNew ? v : null)), borderDash: [6, 4] });
      dataset.data = data.map((v, j) => (j >= firstNew ? v : null));
    } else if (until) {
      dataset.pointBackgroundColor = periods.map((p) => (isOld(p, until) ? '#fff' : colour));
    }
    datasets.push(dataset);
  });
  return frame('line', axisLabels(periods, language), datasets as ChartDataset[], {
    answer,
    unit: sharedUnit(facts),
    title: titleText(groupLabel(answer, lines), periodRange(periods, language)),
    notes: until ? [breakLine(until, language, single ? 'dashed' : 'hollow')] : [],
    legend: !single,
  });
}

/** Bars: per period for one series, per series for one period, grouped when both vary. */
function barChart(answer: Answer, facts: Fact[]): Config | null {
  const lines = groupBySeries(facts);
  const periods = periodsOf(lines);
  if (periods.length === 0) return null;
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const age = isAgeBreakdown(facts, AGE_PALETTE.length);
  if (age) lines.sort(byAge);
  const colours = age ? agePalette(lines.length) : PALETTE;
  const shade = (colour: string, period: string) => (until && isOld(period, until) ? colour + FADED : colour);
  const { common, rest } = splitCommonPrefix(lines);
  const range = answer.kind === 'comparison' ? periodPair(periods, language) : periodRange(periods, language);
  const base = {
    answer,
    unit: sharedUnit(facts),
    notes: until ? [breakLine(until, language, 'lighter')] : [],
  };
  if (periods.length === 1 && lines.length > 1) {
    // One period, several series: the series are the categories.
    const period = periods[0]!;
    const dataset: ChartDataset<'bar'> = {
      data: lines.map((l) => l.points.get(period) ?? null),
      backgroundColor: lines.map((_, i) => shade(colours[i % colours.length]!, period)),
    };
    if (lines.length <= 3) dataset.maxBarThickness = MAX_BAR;
    const label = age ? byAgeTitle(common, language) : groupLabel(answer, lines);
    return frame('bar', rest, [dataset as ChartDataset], {
      ...base,
      title: titleText(label, range),
      legend: false,
    });
  }
  const datasets = lines.map((line, i) => {
    const colour = colours[i % colours.length]!;
    const dataset: ChartDataset<'bar'> = {
      data: valuesAt(line, periods),
      backgroundColor: until ? periods.map((p) => shade(colour, p)) : colour,
    };
    if (lines.length > 1) dataset.label = rest[i]!;
    if (periods.length * lines.length <= 3) dataset.maxBarThickness = MAX_BAR;
    return dataset as ChartDataset;
  });
  return frame('bar', axisLabels(periods, language), datasets, {
    ...base,
    title: titleText(groupLabel(answer, lines), range),
    legend: lines.length > 1,
  });
}

/** Open cases by age per month: one stacked bar per period, youngest at the bottom. */
function ageChart(answer: Answer, facts: Fact[]): Config | null {
  const lines = groupBySeries(facts).sort(byAge);
  const periods = continuousPeriods(periodsOf(lines));
  if (periods.length < 2) return barChart(answer, facts);
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const colours = agePalette(lines.length);
  const { common, rest } = splitCommonPrefix(lines);
  const buckets = withoutSharedLead(rest);
  const datasets = lines.map((line, i): ChartDataset => {
    const colour = colours[i]!;
    const backgroundColor = until ? periods.map((p) => (isOld(p, until) ? colour + FADED : colour)) : colour;
    return { label: buckets[i]!, data: valuesAt(line, periods), backgroundColor } as ChartDataset;
  });
  return frame('bar', axisLabels(periods, language), datasets, {
    answer,
    unit: 'count',
    title: titleText(byAgeTitle(common, language), periodRange(periods, language)),
    notes: until ? [breakLine(until, language, 'lighter')] : [],
    legend: true,
    stacked: true,
  });
}

/**
 * Bucket names without the word they all start with ("openstaand, tot 1 maand" -> "tot 1 maand"):
 * the title already says the stack is open cases by age.
 */
function withoutSharedLead(names: string[]): string[] {
  const lead = /^[^,]+, /.exec(names[0] ?? '')?.[0];
  return lead && names.every((n) => n.startsWith(lead)) ? names.map((n) => n.slice(lead.length)) : names;
}

/** The trend plus the answered figure (when the trend leaves it out), for a single value. */
function trendFacts(answer: Answer): Fact[] {
  const trend = [...answer.trend];
  for (const fact of answer.facts) {
    const sameSeries = trend.filter((t) => t.series === fact.series);
    if (sameSeries.length > 0 && !sameSeries.some((t) => t.period === fact.period)) trend.push(fact);
  }
  return trend;
}

/** The recent values around a single figure, when there are at least two periods to draw. */
function trendOf(answer: Answer): Fact[] | null {
  if (answer.kind !== 'value' && answer.kind !== 'claim') return null;
  const trend = trendFacts(answer);
  return new Set(trend.filter((f) => numeric(f) !== null).map((f) => f.period)).size >= 2 ? trend : null;
}

/** The facts a chart of this answer draws (for alt text, and for checking the chart against). */
export const chartedFacts = (answer: Answer): Fact[] =>
  trendOf(answer) ?? answer.facts.filter((f) => f.unit !== 'rank');

/**
 * The chart.js v4 configuration for an answer, or null when a picture would add nothing (a ranking,
 * help, a question back, a lone figure without a trend). Pure data without functions, so the same
 * object renders locally and, as text, on a QuickChart server; every number in it is the answer's.
 */
export function buildChartConfig(answer: Answer): ChartConfiguration | null {
  const trend = trendOf(answer);
  if (trend) return lineChart(answer, trend, answer.facts[0]?.period);
  const facts = chartedFacts(answer);
  if (!facts.some((f) => numeric(f) !== null)) return null;
  if (isAgeBreakdown(facts, AGE_PALETTE.length)) {
    return answer.kind === 'series' ||
      answer.kind === 'comparison' ||
      answer.kind === 'value' ||
      answer.kind === 'claim'
      ? ageChart(answer, facts)
      : null;
  }
  switch (answer.kind) {
    case 'series':
      return lineChart(answer, facts);
    case 'comparison':
    case 'claim':
      return barChart(answer, facts);
    default:
      // A lone value without a trend, a ranking, help, a question back: a picture adds nothing.
      return null;
  }
}
