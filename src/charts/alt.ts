import type { ChartConfiguration } from 'chart.js';
import type { Answer, Fact } from '../contract/answer.js';
import { derivedLines } from './derived.js';
import { distinguish, formatFigure, periodName } from './format.js';

type Language = Answer['language'];

const KIND_WORDS: Record<string, Record<Language, string>> = {
  line: { nl: 'Lijngrafiek', en: 'Line chart' },
  bar: { nl: 'Staafdiagram', en: 'Bar chart' },
  stacked: { nl: 'Gestapeld staafdiagram', en: 'Stacked bar chart' },
};

const COMPUTED: Record<Language, string> = { nl: 'berekend', en: 'computed' };

/** Facts listed in the alt text at most; beyond that only the latest period is spelled out. */
const MAX_LISTED = 16;

/**
 * Alt text for screen readers and notifications: what kind of chart, its title, the figures it
 * shows (all of them when few, otherwise those of the latest period) and how computed figures were
 * computed, in the answer's language.
 */
export function altText(answer: Answer, config: ChartConfiguration, facts: Fact[]): string {
  const language = answer.language;
  const stacked = Boolean((config.options?.scales?.y as { stacked?: boolean } | undefined)?.stacked);
  const kind = KIND_WORDS[stacked ? 'stacked' : config.type]?.[language] ?? KIND_WORDS.bar![language];
  const rawTitle = config.options?.plugins?.title?.text ?? '';
  const title = Array.isArray(rawTitle) ? rawTitle.join(' ') : rawTitle;
  const shown = facts.filter((f) => typeof f.value === 'number');
  const latest = shown
    .map((f) => f.period)
    .sort()
    .at(-1);
  const listed = shown.length <= MAX_LISTED ? shown : shown.filter((f) => f.period === latest);
  const names = distinguish(listed.map((f) => f.name)).rest;
  const several = new Set(listed.map((f) => f.series)).size > 1;
  const items = listed.map((f, i) => {
    const what = several ? `${names[i]} ${periodName(f.period, language)}` : periodName(f.period, language);
    const computed = f.derived ? ` (${COMPUTED[language]})` : '';
    return `${what}: ${formatFigure(f.value as number, f.unit, language)}${computed}`;
  });
  const derived = derivedLines(answer, facts, config.type === 'line' ? 'diamond' : 'outlined');
  return [`${kind}: ${title}.`, `${items.join('; ')}.`, ...derived.map((d) => `${d}.`)].join(' ');
}
