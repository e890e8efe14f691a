import { indCommand } from '../../../commands/ind.js';
import type { Answer } from '../../contract/index.js';
import type { Language } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatPeriodSpan } from '../format.js';
import { messages } from '../messages/index.js';
import { starterSuggestions } from '../suggestions.js';
import { emptyAnswer } from './base.js';

/** What can be asked, with examples in the reader's language. */
export function helpAnswer(question: string, lang: Language): Answer {
  const examples = indCommand.examples[lang];
  const answer = emptyAnswer(question, lang, 'help', messages(lang).help(examples));
  answer.suggestions = examples.slice(0, 4);
  return answer;
}

/** An honest "I don't have that" with what does exist. Carries no facts. */
export function declineAnswer(
  question: string,
  lang: Language,
  text: string,
  idx: DataIndex,
  suggestions: string[] = starterSuggestions(idx, lang),
): Answer {
  const answer = emptyAnswer(question, lang, 'not_found', text);
  answer.suggestions = suggestions.slice(0, 4);
  return answer;
}

/** The question could mean several figures: ask which, with 2-4 concrete questions. Carries no facts. */
export function clarificationAnswer(
  question: string,
  lang: Language,
  options: { label: string; value: string; question: string }[],
  lead = '',
): Answer {
  const list = options.slice(0, 4);
  const ask = messages(lang).askWhich(list.map((o) => `${o.label} (${o.value})`));
  const answer = emptyAnswer(question, lang, 'clarification', lead ? `${lead} ${ask}` : ask);
  answer.suggestions = list.map((o) => o.question);
  return answer;
}

/** "per jaar 2018-2025 en per maand december 2024-december 2025": what a series has, in words. */
export function availability(seriesId: string, idx: DataIndex, lang: Language): string {
  const m = messages(lang);
  const years = idx.periods(seriesId, 'year');
  const months = idx.periods(seriesId, 'month');
  const parts: string[] = [];
  const ends = (ps: string[]) => [...new Set([ps[0]!, ps[ps.length - 1]!])];
  if (years.length) parts.push(`${m.perYear} ${formatPeriodSpan(ends(years), lang)}`);
  if (months.length) parts.push(`${m.perMonth} ${formatPeriodSpan(ends(months), lang)}`);
  return m.list(parts);
}
