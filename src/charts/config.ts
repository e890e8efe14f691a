import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { measureDef } from '../data/catalog/measures.js';
import type { Answer, Fact } from '../engine/contract.js';
import {
  axisLabels,
  breakLine,
  byAgeTitle,
  LOCALES,
  periodRange,
  sourceLine,
  splitCommonPrefix,
  tickFormat,
  unitTitle,
} from './format.js';

/** Pixel size of every chart (CSS pixels; the PNG is twice as large). */
export const CHART_SIZE = { width: 640, height: 360, devicePixelRatio: 2 } as const;

/** Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in greyscale. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
/** Young to old open cases: calm to alarming. */
const AGE_PALETTE = ['#009E73', '#56B4E9', '#E69F00', '#D55E00'];
/** Bars counted under an older definition are drawn in the same colour, see-through. */
const FADED = '55';

type Config = ChartConfiguration<'line' | 'bar'>;
interface Line {
  label: string;
  series: string;
  points: Map<string, number | null>;
}

const numeric = (fact: Fact): number | null => (typeof fact.value === 'number' ? fact.value : null);

/** Facts grouped per series, in first-seen order; a period seen twice keeps its first value. */
function groupBySeries(facts: Fact[]): Line[] {
  const lines = new Map<string, Line>();
  for (const fact of facts) {
    const line = lines.get(fact.series) ?? { label: fact.label, series: fact.series, points: new Map() };
    if (!line.points.has(fact.period)) line.points.set(fact.period, numeric(fact));
    lines.set(fact.series, line);
  }
  return [...lines.values()];
}

const periodsOf = (lines: Line[]): string[] =>
  [...new Set(lines.flatMap((l) => [...l.points.keys()]))].sort();

const ageOf = (series: string): [number, number | null] | undefined => {
  const measure = series.slice(series.indexOf('.') + 1);
  return measureDef(measure)?.age;
};

/** Values counted under an older definition: at or before the latest `until` that falls inside the range. */
function definitionBreak(answer: Answer, periods: string[]): string | null {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return null;
  const inside = answer.notes
    .filter((n) => n.kind === 'definition' && n.until)
    .map((n) => n.until!)
    .filter((until) => isOld(first, until) && !isOld(last, until))
    .sort();
  return inside[inside.length - 1] ?? null;
}

/** "2020-05" is old when the break is "until 2020"; "2021" is not. */
const isOld = (period: string, until: string): boolean => period.slice(0, until.length) <= until;

function title(label: string, range: string): string | string[] {
  const text = range ? `${label}, ${range}` : label;
  return text.length > 64 && range ? [label, range] : text;
}

interface Frame {
  answer: Answer;
  periods: string[];
  unit: Fact['unit'];
  title: string | string[];
  notes: string[];
  legend: boolean;
  stacked?: boolean;
}

/** Title, source line, locale, axes: what every chart shares. */
function frame<T extends 'line' | 'bar'>(type: T, labels: unknown[], datasets: ChartDataset<T>[], f: Frame) {
  const language = f.answer.language;
  const source = sourceLine(f.answer.sources, language);
  const footer = [source, ...f.notes].filter((s): s is string => s !== null);
  const format = tickFormat(f.unit);
  const unit = unitTitle(f.unit, language);
  const y: Record<string, unknown> = {};
  if (type === 'bar') y.beginAtZero = true;
  if (format) y.ticks = { format };
  if (unit) y.title = { display: true, text: unit };
  if (f.stacked) y.stacked = true;
  const scales: Record<string, unknown> = {};
  if (Object.keys(y).length > 0) scales.y = y;
  if (f.stacked) scales.x = { stacked: true };
  const plugins: Record<string, unknown> = { title: { display: true, text: f.title } };
  if (footer.length > 0) {
    plugins.subtitle = {
      display: true,
      text: footer.length === 1 ? footer[0] : footer,
      position: 'bottom',
      align: 'start',
    };
  }
  if (!f.legend) plugins.legend = { display: false };
  const options: Record<string, unknown> = { locale: LOCALES[language], plugins };
  if (Object.keys(scales).length > 0) options.scales = scales;
  return { type, data: { labels, datasets }, options } as unknown as Config;
}

const valuesAt = (line: Line, periods: string[]): (number | null)[] =>
  periods.map((p) => line.points.get(p) ?? null);

const sharedUnit = (facts: Fact[]): Fact['unit'] => {
  const units = new Set(facts.map((f) => f.unit));
  return units.size === 1 ? facts[0]!.unit : 'count';
};

/** A trend over years or months: one line per series; an old definition drawn dashed. */
function lineChart(answer: Answer, facts: Fact[], highlight?: string): Config | null {
  const lines = groupBySeries(facts);
  const periods = periodsOf(lines);
  if (periods.length < 2) return barChart(answer, facts);
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const notes: string[] = [];
  const datasets: ChartDataset<'line'>[] = [];
  const single = lines.length === 1;
  const { common, rest } = splitCommonPrefix(lines.map((l) => l.label));
  lines.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    const data = valuesAt(line, periods);
    const dataset: ChartDataset<'line'> = {
      label: single ? line.label : rest[i]!,
      data,
      borderColor: colour,
      backgroundColor: colour,
    };
    if (highlight && periods.includes(highlight))
      dataset.pointRadius = periods.map((p) => (p === highlight ? 6 : 3));
    if (until && single) {
      // The old stretch, plus the first new point so the break itself is the dashed step.
      const lastOld = periods.filter((p) => isOld(p, until)).length;
      dataset.data = data.map((v, j) => (j >= lastOld ? v : null));
      datasets.push({ ...dataset, data: data.map((v, j) => (j <= lastOld ? v : null)), borderDash: [6, 4] });
    } else if (until) {
      dataset.pointBackgroundColor = periods.map((p) => (isOld(p, until) ? '#fff' : colour));
    }
    datasets.push(dataset);
  });
  if (until) notes.push(breakLine(until, language, single ? 'dashed' : 'hollow'));
  const label = single ? lines[0]!.label : common || lines.map((l) => l.label).join(' / ');
  return frame('line', axisLabels(periods, language), datasets, {
    answer,
    periods,
    unit: sharedUnit(facts),
    title: title(label, periodRange(periods, language)),
    notes,
    legend: !single,
  });
}

/** Bars: per period for one series, per series for one period, grouped when both vary. */
function barChart(answer: Answer, facts: Fact[]): Config | null {
  const lines = groupBySeries(facts);
  const periods = periodsOf(lines);
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const { common, rest } = splitCommonPrefix(lines.map((l) => l.label));
  const age = lines.every((l) => ageOf(l.series));
  const colours = age ? agePalette(lines.length) : PALETTE;
  const faded = (colour: string, period: string) => (until && isOld(period, until) ? colour + FADED : colour);
  const base = {
    answer,
    periods,
    unit: sharedUnit(facts),
    notes: until ? [breakLine(until, language, 'lighter')] : [],
  };
  if (periods.length === 1 && lines.length > 1) {
    const period = periods[0]!;
    const data = lines.map((l) => l.points.get(period) ?? null);
    const backgroundColor = lines.map((_, i) => faded(colours[i % colours.length]!, period));
    const label = age ? byAgeTitle(common, language) : common || answer.reading || '';
    return frame('bar', rest, [{ label, data, backgroundColor }], {
      ...base,
      title: title(label, periodRange(periods, language)),
      legend: false,
    });
  }
  const datasets: ChartDataset<'bar'>[] = lines.map((line, i) => {
    const colour = colours[i % colours.length]!;
    const backgroundColor = until ? periods.map((p) => faded(colour, p)) : colour;
    return {
      label: lines.length === 1 ? line.label : rest[i]!,
      data: valuesAt(line, periods),
      backgroundColor,
    };
  });
  const label = lines.length === 1 ? lines[0]!.label : common || lines.map((l) => l.label).join(' / ');
  return frame('bar', axisLabels(periods, language), datasets, {
    ...base,
    title: title(label, periodRange(periods, language)),
    legend: lines.length > 1,
  });
}

/** Open cases by age, per month: one stacked bar per period, youngest at the bottom. */
function ageChart(answer: Answer, facts: Fact[]): Config | null {
  const lines = groupBySeries(facts).sort((a, b) => compareAge(ageOf(a.series)!, ageOf(b.series)!));
  const periods = periodsOf(lines);
  if (periods.length < 2)
    return barChart(
      answer,
      lines.flatMap((l) => facts.filter((f) => f.series === l.series)),
    );
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const colours = agePalette(lines.length);
  const { common, rest } = splitCommonPrefix(lines.map((l) => l.label));
  const datasets: ChartDataset<'bar'>[] = lines.map((line, i) => {
    const colour = colours[i]!;
    const backgroundColor = until ? periods.map((p) => (isOld(p, until) ? colour + FADED : colour)) : colour;
    return { label: rest[i]!, data: valuesAt(line, periods), backgroundColor };
  });
  return frame('bar', axisLabels(periods, language), datasets, {
    answer,
    periods,
    unit: 'count',
    title: title(byAgeTitle(common, language), periodRange(periods, language)),
    notes: until ? [breakLine(until, language, 'lighter')] : [],
    legend: true,
    stacked: true,
  });
}

const compareAge = (a: [number, number | null], b: [number, number | null]): number =>
  a[0] - b[0] || (a[1] ?? Number.POSITIVE_INFINITY) - (b[1] ?? Number.POSITIVE_INFINITY);

/** Three buckets skip the sky blue so neighbours stay far apart. */
const agePalette = (n: number): string[] =>
  n === 3 ? [AGE_PALETTE[0]!, AGE_PALETTE[2]!, AGE_PALETTE[3]!] : AGE_PALETTE;

/** Every fact of an age series, when the facts are nothing but several age buckets. */
function isAgeBreakdown(facts: Fact[]): boolean {
  const series = new Set(facts.map((f) => f.series));
  return series.size > 1 && series.size <= AGE_PALETTE.length && [...series].every((s) => ageOf(s));
}

/** The trend plus the answered figure, for a single value. */
function trendFacts(answer: Answer): Fact[] {
  const trend = [...answer.trend];
  for (const fact of answer.facts) {
    if (
      trend.some((t) => t.series === fact.series) &&
      !trend.some((t) => t.series === fact.series && t.period === fact.period)
    ) {
      trend.push(fact);
    }
  }
  return trend;
}

/**
 * The chart.js v4 configuration for an answer, or null when a picture would add nothing (a ranking,
 * help, a question back). Pure data (no functions), so the same object renders locally and, as text,
 * on a QuickChart server. Every number in it comes from the answer.
 */
export function buildChartConfig(answer: Answer): ChartConfiguration | null {
  const facts = answer.facts.filter((f) => f.unit !== 'rank');
  if (!facts.some((f) => numeric(f) !== null) && answer.trend.length === 0) return null;
  switch (answer.kind) {
    case 'series':
      if (isAgeBreakdown(facts)) return ageChart(answer, facts) as ChartConfiguration;
      return lineChart(answer, facts) as ChartConfiguration | null;
    case 'value':
    case 'claim': {
      const trend = trendFacts(answer);
      if (
        trend.filter((f) => numeric(f) !== null).length >= 2 &&
        new Set(trend.map((f) => f.period)).size >= 2
      ) {
        return lineChart(answer, trend, answer.facts[0]?.period) as ChartConfiguration | null;
      }
      if (isAgeBreakdown(facts)) return ageChart(answer, facts) as ChartConfiguration;
      if (answer.kind === 'claim' && facts.some((f) => numeric(f) !== null))
        return barChart(answer, facts) as ChartConfiguration;
      return null;
    }
    case 'comparison':
      if (isAgeBreakdown(facts)) return ageChart(answer, facts) as ChartConfiguration;
      return barChart(answer, facts) as ChartConfiguration | null;
    default:
      return null;
  }
}
