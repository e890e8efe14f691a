import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Answer, Fact } from '../contract/answer.js';
import { axisTitle, LOCALES, sourceLine, tickFormat, titleText } from './format.js';
import { sharedUnit } from './lines.js';
import type { ChartSize } from './sizes.js';

export type Config = ChartConfiguration;

export interface Frame {
  answer: Answer;
  /** The facts drawn: their publications make the source line, their unit and measure the axis. */
  facts: Fact[];
  size: ChartSize;
  /** What is shown, and over which periods: "Naturalisatie · aanvragen", "2018-2025". */
  label: string;
  range: string;
  /** Lines under the source: definition breaks, computed figures. */
  notes: string[];
  legend: boolean;
  stacked?: boolean;
  /** Whether the axis may name the measure (not for a stack of several measures). */
  measure?: boolean;
}

/** The one measure every drawn fact shares, if they do. */
const sharedMeasure = (facts: Fact[]): string | null => {
  const measures = new Set(facts.map((f) => f.name.measure));
  return measures.size === 1 ? facts[0]!.name.measure : null;
};

/**
 * What every chart shares: title, source line, locale, axes, fonts for the size it is drawn at. The
 * value axis always starts at zero and says its unit. `scales` is always present because a QuickChart
 * server otherwise adds a Chart.js 2 axis of its own.
 */
export function frame(type: 'line' | 'bar', labels: unknown[], datasets: ChartDataset[], f: Frame): Config {
  const language = f.answer.language;
  const sources = [...new Set(f.facts.map((fact) => fact.source))];
  const footer = [sourceLine(sources, language), ...f.notes].filter((s): s is string => s !== null);
  const body = { size: f.size.font.body };
  const unit = sharedUnit(f.facts);
  const format = tickFormat(unit);
  const measure = f.measure === false ? null : sharedMeasure(f.facts);
  const y: Record<string, unknown> = {
    beginAtZero: true,
    ticks: format ? { format, font: body } : { font: body },
    title: { display: true, text: axisTitle(unit, measure, language), font: body },
  };
  const x: Record<string, unknown> = { ticks: { font: body } };
  if (f.stacked) {
    x.stacked = true;
    y.stacked = true;
  }
  const plugins: Record<string, unknown> = {
    title: {
      display: true,
      text: titleText(f.label, f.range, f.size.titleWidth),
      font: { size: f.size.font.title },
    },
  };
  if (footer.length > 0) {
    const text = footer.length === 1 ? footer[0] : footer;
    plugins.subtitle = { display: true, text, position: 'bottom', align: 'start', font: body };
  }
  plugins.legend = f.legend
    ? { labels: { font: body, boxWidth: Math.round(body.size * 1.5) } }
    : { display: false };
  // A line's last point sits on the chart's edge: room for the ring around an asked one.
  const padding = type === 'line' ? { top: 8, right: 16, bottom: 8, left: 8 } : 8;
  const options = { locale: LOCALES[language], layout: { padding }, plugins, scales: { x, y } };
  return { type, data: { labels, datasets }, options } as Config;
}
