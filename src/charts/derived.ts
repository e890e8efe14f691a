import type { Answer, Fact } from '../contract/answer.js';
import { formatFigure, isMonth, periodName, periodRange } from './format.js';
import { continuousPeriods } from './lines.js';

type Language = Answer['language'];

/** How a figure the engine computed is drawn, when it sits on the axis among published ones. */
export type DerivedMark = 'diamond' | 'outlined';

const MARK_WORDS: Record<DerivedMark, Record<Language, string>> = {
  diamond: { nl: 'Ruit', en: 'Diamond' },
  outlined: { nl: 'Open staaf', en: 'Outlined bar' },
};

const METHOD_WORDS: Record<NonNullable<Fact['derived']>['method'], Record<Language, string>> = {
  sum: { nl: 'som van', en: 'sum of' },
  mean: { nl: 'gemiddelde per maand over', en: 'monthly mean over' },
  december: { nl: 'stand van', en: 'figure of' },
};

/** "year", "month", or the period itself: points share an axis only when they share a grain. */
const grain = (period: string): string =>
  isMonth(period) ? 'month' : /^\d{4}$/.test(period) ? 'year' : period;

/**
 * The facts a chart can draw side by side: the published ones, and a computed one only where it
 * has the grain of the published ones and no published figure of its own. A quarter's sum beside
 * its months, or a year's monthly mean beside the months, would read as one more point of the
 * series; those are named under the chart instead (see `derivedLines`).
 */
export function onAxis(facts: Fact[]): Fact[] {
  const published = facts.filter((f) => !f.derived);
  const grains = new Set(published.map((f) => grain(f.period)));
  const has = new Set(published.map((f) => `${f.series}\n${f.period}`));
  return facts.filter(
    (f) =>
      !f.derived ||
      ((grains.size === 0 || grains.has(grain(f.period))) && !has.has(`${f.series}\n${f.period}`)),
  );
}

const key = (f: Fact) => `${f.series}\n${f.period}`;

/** "jan 2025-mrt 2025", or the periods listed when they do not follow on. */
function span(periods: string[], language: Language): string {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length > 1 && sorted.every(isMonth) && continuousPeriods(sorted).length === sorted.length)
    return periodName(`${sorted[0]}/${sorted.at(-1)}`, language);
  return continuousPeriods(sorted).length === sorted.length
    ? periodRange(sorted, language)
    : sorted.map((p) => periodName(p, language)).join(', ');
}

/**
 * A line under the chart for every computed figure of the answer: what it is computed from and, when
 * it is not drawn, its value. "Berekend: K1 2025 = som van jan 2025-mrt 2025 = 12.345".
 */
export function derivedLines(answer: Answer, drawn: Fact[], mark: DerivedMark): string[] {
  const language = answer.language;
  const shown = new Set(drawn.filter((f) => f.derived).map(key));
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const fact of [...answer.facts, ...answer.trend]) {
    if (!fact.derived || seen.has(key(fact))) continue;
    seen.add(key(fact));
    const onChart = shown.has(key(fact));
    const computed = language === 'nl' ? 'berekend' : 'computed';
    const lead = onChart
      ? `${MARK_WORDS[mark][language]}, ${computed}`
      : computed[0]!.toUpperCase() + computed.slice(1);
    const how = `${METHOD_WORDS[fact.derived.method][language]} ${span(fact.derived.periods, language)}`;
    const value =
      !onChart && typeof fact.value === 'number' ? ` = ${formatFigure(fact.value, fact.unit, language)}` : '';
    // A span named by its months ("2025-01/2025-03") says no more than the months it adds up.
    const what = fact.period.includes('/') ? '' : `${periodName(fact.period, language)} = `;
    lines.push(`${lead}: ${what}${how}${value}`);
  }
  return lines;
}
