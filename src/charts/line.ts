import type { ChartDataset } from 'chart.js';
import type { Answer, Fact } from '../contract/answer.js';
import { barChart } from './bar.js';
import { derivedLines } from './derived.js';
import {
  axisLabels,
  breakLine,
  breakWords,
  distinguish,
  formatFigure,
  periodName,
  periodRange,
} from './format.js';
import { type Config, frame } from './frame.js';
import {
  continuousPeriods,
  definitionBreak,
  groupBySeries,
  isOld,
  type Line,
  periodsOf,
  valuesAt,
} from './lines.js';
import { INK, PALETTE } from './palette.js';
import type { ChartSize } from './sizes.js';

type LineDataset = ChartDataset<'line'>;

/** Per point: a computed figure as an open diamond, the rest as the line's dots. */
function pointStyles(
  line: Line,
  periods: string[],
  derived: Set<string>,
  colour: string,
): Partial<LineDataset> {
  const marked = periods.map((p) => derived.has(`${line.series}\n${p}`));
  if (!marked.some(Boolean)) return {};
  return {
    pointStyle: marked.map((m) => (m ? 'rectRot' : 'circle')),
    pointRadius: marked.map((m) => (m ? 5 : 3)),
    pointBackgroundColor: marked.map((m) => (m ? '#fff' : colour)),
  };
}

/**
 * The asked figures of a value or claim, ringed and named in the legend ("2024: 54.780"), so the
 * reader finds the answer among the trend around it. One dataset per series they belong to.
 */
function askedPoints(answer: Answer, lines: Line[], periods: string[], names: string[]): LineDataset[] {
  const language = answer.language;
  // A value's answer is its first fact; a claim's are all it checked. A computed figure is not on
  // the axis as such: the line under the chart gives it.
  const candidates = (answer.kind === 'value' ? answer.facts.slice(0, 1) : answer.facts).filter(
    (f) => !f.derived && typeof f.value === 'number' && periods.includes(f.period),
  );
  return lines.flatMap((line, i) => {
    // The ring sits on the line: a figure the line draws differently (two facts for one period) is not asked.
    const asked = candidates.filter((f) => f.series === line.series && line.points.get(f.period) === f.value);
    if (asked.length === 0) return [];
    const colour = PALETTE[i % PALETTE.length]!;
    const what = asked
      .map((f) => `${periodName(f.period, language)}: ${formatFigure(f.value as number, f.unit, language)}`)
      .join('; ');
    const at = new Map(asked.map((f) => [f.period, f.value as number]));
    return [
      {
        label: lines.length > 1 ? `${names[i]}, ${what}` : what,
        data: periods.map((p) => at.get(p) ?? null),
        showLine: false,
        pointRadius: 7,
        pointBorderWidth: 3,
        borderColor: INK,
        backgroundColor: colour,
      },
    ];
  });
}

/**
 * A trend over years or months: one line per series, an older definition dashed (or open dots), a
 * computed figure as an open diamond, and for a value or claim the asked figures ringed and named.
 */
export function lineChart(answer: Answer, facts: Fact[], size: ChartSize, ask: boolean): Config | null {
  const lines = groupBySeries(facts);
  const periods = continuousPeriods(periodsOf(lines));
  if (periods.length < 2) return barChart(answer, facts, size);
  const language = answer.language;
  const until = definitionBreak(answer, periods);
  const single = lines.length === 1;
  const { common, rest } = distinguish(lines.map((l) => l.name));
  const derived = new Set(facts.filter((f) => f.derived).map((f) => `${f.series}\n${f.period}`));
  const asked = ask ? askedPoints(answer, lines, periods, rest) : [];
  const legend = !single || asked.length > 0;
  const datasets: LineDataset[] = [];
  lines.forEach((line, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    const data = valuesAt(line, periods);
    const dataset: LineDataset = {
      data,
      borderColor: colour,
      backgroundColor: colour,
      ...pointStyles(line, periods, derived, colour),
    };
    if (legend) dataset.label = rest[i]!;
    if (until && single) {
      // The old stretch runs up to the first new point, so the step across the break is dashed too.
      const firstNew = periods.findIndex((p) => !isOld(p, until));
      const old: LineDataset = {
        ...dataset,
        data: data.map((v, j) => (j <= firstNew ? v : null)),
        borderDash: [6, 4],
      };
      if (legend) old.label = breakWords(until, language);
      datasets.push(old);
      dataset.data = data.map((v, j) => (j >= firstNew ? v : null));
    } else if (until && !dataset.pointBackgroundColor) {
      dataset.pointBackgroundColor = periods.map((p) => (isOld(p, until) ? '#fff' : colour));
    }
    datasets.push(dataset);
  });
  datasets.push(...asked);
  const notes = [
    ...(until ? [breakLine(until, language, single ? 'dashed' : 'hollow')] : []),
    ...derivedLines(answer, facts, 'diamond'),
  ];
  return frame('line', axisLabels(periods, language), datasets as ChartDataset[], {
    answer,
    facts,
    size,
    label: common || answer.reading || lines.map((l) => l.label).join(' / '),
    range: periodRange(periods, language),
    notes,
    legend,
  });
}
