import type { ChartConfiguration } from 'chart.js';
import { axisLabels } from '../../src/charts/format.js';
import { continuousPeriods } from '../../src/charts/lines.js';
import type { Answer, Fact } from '../../src/contract/answer.js';

/** One number a chart draws, with the category and legend entry it is drawn under. */
export interface Plotted {
  index: number;
  category: unknown;
  legend: string | undefined;
  value: number;
}

/** Every number drawn by a chart configuration (as built, or decoded from a URL). */
export function plotted(config: ChartConfiguration): Plotted[] {
  const labels = config.data.labels ?? [];
  return config.data.datasets.flatMap((dataset) =>
    (dataset.data as (number | null)[]).flatMap((value, i) =>
      typeof value === 'number' ? [{ index: i, category: labels[i], legend: dataset.label, value }] : [],
    ),
  );
}

/**
 * Ties every drawn number to a fact of the answer at the same place: the same period (when the
 * categories are periods) or the same series (when they are series), the same value. Returns what
 * could not be tied, both ways: numbers the answer does not carry, and figures the chart left out.
 */
export function compareWithFacts(
  config: ChartConfiguration,
  facts: Fact[],
  language: Answer['language'],
): { foreign: Plotted[]; missing: Fact[] } {
  const given = [...new Set(facts.map((f) => f.period))].sort();
  const labels = config.data.labels ?? [];
  const periods = [given, continuousPeriods(given)].find(
    (p) => JSON.stringify(labels) === JSON.stringify(axisLabels(p, language)),
  );
  const byPeriod = periods !== undefined;
  const drawn = plotted(config);
  const matches = (p: Plotted, f: Fact) => {
    if (f.value !== p.value) return false;
    const place = byPeriod
      ? periods[p.index] === f.period
      : typeof p.category === 'string' && f.label.endsWith(p.category);
    const legend = p.legend === undefined || f.label.endsWith(p.legend);
    return place && legend;
  };
  return {
    foreign: drawn.filter((p) => !facts.some((f) => matches(p, f))),
    missing: facts.filter((f) => typeof f.value === 'number' && !drawn.some((p) => matches(p, f))),
  };
}
