import type { ChartConfiguration } from 'chart.js';
import { axisLabels, periodName } from '../../src/charts/format.js';
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

/** The legend entry of a line's stretch counted under an older definition. */
const OLD_DEFINITION = /^t\/m .+ anders geteld$|^counted differently up to /;

/**
 * Ties every drawn number to a fact of the answer at the same place: the same period (when the
 * categories are periods) or the same series (when they are series, by the parts of its name), the
 * same value, under a legend entry that names it (its series, its period for an asked point, or an
 * older definition). Returns what could not be tied, both ways: numbers the answer does not carry,
 * and figures the chart left out.
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
  const names = (f: Fact) => [f.name.subject, f.name.measure, f.label];
  const matches = (p: Plotted, f: Fact) => {
    if (f.value !== p.value) return false;
    // A ranking numbers its categories: "1. mrt 2025".
    const category = String(p.category).replace(/^\d+\. /, '');
    const place = byPeriod
      ? periods[p.index] === f.period
      : [...names(f), periodName(f.period, language)].some((n) => n === category || n.endsWith(category));
    const legend =
      p.legend === undefined ||
      names(f).some((n) => n.endsWith(p.legend!)) ||
      p.legend.includes(`${periodName(f.period, language)}: `) ||
      OLD_DEFINITION.test(p.legend);
    return place && legend;
  };
  return {
    foreign: drawn.filter((p) => !facts.some((f) => matches(p, f))),
    missing: facts.filter((f) => typeof f.value === 'number' && !drawn.some((p) => matches(p, f))),
  };
}
