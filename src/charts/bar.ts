import type { ChartDataset } from 'chart.js';
import type { Answer, Fact } from '../contract/answer.js';
import { derivedLines } from './derived.js';
import {
  axisLabels,
  breakLine,
  byAgeTitle,
  distinguish,
  periodName,
  periodPair,
  periodRange,
  rankingTitle,
} from './format.js';
import { type Config, frame } from './frame.js';
import {
  byAge,
  continuousPeriods,
  definitionBreak,
  groupBySeries,
  isAgeBreakdown,
  isOld,
  numeric,
  periodsOf,
  valuesAt,
} from './lines.js';
import { AGE_PALETTE, agePalette, FADED, MAX_BAR, PALETTE } from './palette.js';
import type { ChartSize } from './sizes.js';

type BarDataset = ChartDataset<'bar'>;

/** How one bar looks: faded when counted the old way, outlined when computed rather than published. */
function barStyle(colour: string, old: boolean, derived: boolean) {
  const fill = old ? colour + FADED : colour;
  return derived ? { fill: '#ffffff', border: colour, width: 2 } : { fill, border: fill, width: 0 };
}

/** A dataset's colours per bar, written as plain colours when no bar differs. */
function styled(bars: { colour: string; old: boolean; derived: boolean }[]): Partial<BarDataset> {
  const styles = bars.map((b) => barStyle(b.colour, b.old, b.derived));
  const same = styles.every((s) => s.fill === styles[0]?.fill && s.border === styles[0]?.border);
  const outlined = styles.some((s) => s.width > 0);
  if (same && !outlined) return { backgroundColor: styles[0]?.fill };
  const out: Partial<BarDataset> = { backgroundColor: styles.map((s) => s.fill) };
  if (outlined) {
    out.borderColor = styles.map((s) => s.border);
    out.borderWidth = styles.map((s) => s.width);
  }
  return out;
}

const derivedKeys = (facts: Fact[]) =>
  new Set(facts.filter((f) => f.derived).map((f) => `${f.series}\n${f.period}`));

/** Bars: per period for one series, per series for one period, grouped when both vary. */
export function barChart(answer: Answer, facts: Fact[], size: ChartSize): Config | null {
  const lines = groupBySeries(facts);
  const periods = periodsOf(lines);
  if (periods.length === 0) return null;
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const age = isAgeBreakdown(facts, AGE_PALETTE.length);
  if (age) lines.sort(byAge);
  const colours = age ? agePalette(lines.length) : PALETTE;
  const derived = derivedKeys(facts);
  const bar = (colour: string, series: string, period: string) => ({
    colour,
    old: Boolean(until && isOld(period, until)),
    derived: derived.has(`${series}\n${period}`),
  });
  const { common, rest } = distinguish(lines.map((l) => l.name));
  const range = answer.kind === 'comparison' ? periodPair(periods, language) : periodRange(periods, language);
  const base = {
    answer,
    facts,
    size,
    range,
    notes: [
      ...(until ? [breakLine(until, language, 'lighter')] : []),
      ...derivedLines(answer, facts, 'outlined'),
    ],
  };
  if (periods.length === 1 && lines.length > 1) {
    // One period, several series: the series are the categories.
    const period = periods[0]!;
    const dataset: BarDataset = {
      data: lines.map((l) => l.points.get(period) ?? null),
      ...styled(lines.map((l, i) => bar(colours[i % colours.length]!, l.series, period))),
    };
    if (lines.length <= 3) dataset.maxBarThickness = MAX_BAR;
    const label = age ? byAgeTitle(common, language) : common || answer.reading || '';
    return frame('bar', rest, [dataset as ChartDataset], { ...base, label, legend: false, measure: !age });
  }
  const datasets = lines.map((line, i) => {
    const colour = colours[i % colours.length]!;
    const dataset: BarDataset = {
      data: valuesAt(line, periods),
      ...styled(periods.map((p) => bar(colour, line.series, p))),
    };
    if (lines.length > 1) dataset.label = rest[i]!;
    if (periods.length * lines.length <= 3) dataset.maxBarThickness = MAX_BAR;
    return dataset as ChartDataset;
  });
  return frame('bar', axisLabels(periods, language), datasets, {
    ...base,
    label: common || answer.reading || '',
    legend: lines.length > 1,
    measure: !age,
  });
}

/**
 * Bucket names without the words they all start with ("openstaand, tot 1 maand" -> "tot 1 maand"):
 * the title already says the stack is open cases by age.
 */
function withoutSharedLead(names: string[]): string[] {
  const lead = /^[^,]+, /.exec(names[0] ?? '')?.[0];
  return lead && names.every((n) => n.startsWith(lead)) ? names.map((n) => n.slice(lead.length)) : names;
}

/** Open cases by age per month: one stacked bar per period, youngest at the bottom. */
export function ageChart(answer: Answer, facts: Fact[], size: ChartSize): Config | null {
  const lines = groupBySeries(facts).sort(byAge);
  const periods = continuousPeriods(periodsOf(lines));
  if (periods.length < 2) return barChart(answer, facts, size);
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const colours = agePalette(lines.length);
  const derived = derivedKeys(facts);
  const subjects = new Set(lines.map((l) => l.name.subject));
  const subject = subjects.size === 1 ? lines[0]!.name.subject : '';
  const buckets = withoutSharedLead(lines.map((l) => l.name.measure));
  const datasets = lines.map((line, i): ChartDataset => {
    const colour = colours[i]!;
    const style = styled(
      periods.map((p) => ({
        colour,
        old: Boolean(until && isOld(p, until)),
        derived: derived.has(`${line.series}\n${p}`),
      })),
    );
    return { label: buckets[i]!, data: valuesAt(line, periods), ...style } as ChartDataset;
  });
  return frame('bar', axisLabels(periods, language), datasets, {
    answer,
    facts,
    size,
    label: byAgeTitle(subject, language),
    range: periodRange(periods, language),
    notes: [
      ...(until ? [breakLine(until, language, 'lighter')] : []),
      ...derivedLines(answer, facts, 'outlined'),
    ],
    legend: true,
    stacked: true,
    measure: false,
  });
}

/**
 * A ranking of figures ("welke maand had de meeste ..."): bars from first place down, numbered, and
 * titled as a ranking in the answer's language. Rankings without numbers (the top 3 nationalities)
 * have nothing to draw.
 */
export function rankingChart(answer: Answer, facts: Fact[], size: ChartSize): Config | null {
  const ranked = facts
    .filter((f) => numeric(f) !== null)
    .sort(
      (a, b) =>
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        (numeric(b) ?? 0) - (numeric(a) ?? 0),
    );
  if (ranked.length < 2) return null;
  const language = answer.language;
  const oneSeries = new Set(ranked.map((f) => f.series)).size === 1;
  const { common, rest } = distinguish(ranked.map((f) => f.name));
  const categories = ranked.map(
    (f, i) => `${f.rank ?? i + 1}. ${oneSeries ? periodName(f.period, language) : rest[i]}`,
  );
  const periods = [...new Set(ranked.map((f) => f.period))].sort();
  const derived = derivedKeys(ranked);
  const dataset: BarDataset = {
    data: ranked.map((f) => numeric(f)),
    ...styled(
      ranked.map((f) => ({
        colour: PALETTE[0]!,
        old: false,
        derived: derived.has(`${f.series}\n${f.period}`),
      })),
    ),
  };
  if (ranked.length <= 3) dataset.maxBarThickness = MAX_BAR;
  return frame('bar', categories, [dataset as ChartDataset], {
    answer,
    facts: ranked,
    size,
    label: rankingTitle(oneSeries ? ranked[0]!.label : common || answer.reading || '', language),
    range: periodRange(periods, language),
    notes: derivedLines(answer, ranked, 'outlined'),
    legend: false,
  });
}
