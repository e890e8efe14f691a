import type { Answer, Change, Fact } from '../../contract/index.js';
import { formatChange, formatPeriod, formatRelative } from '../../engine/index.js';

type Language = 'nl' | 'en';

/**
 * A change as every renderer prints it: the engine's signed difference ("+2.050", "−1,5
 * procentpunt") and the relative change ("(+3,8%)") when there is one. A rank is a plain number.
 */
export function changeText(
  change: Pick<Change, 'absolute' | 'relative'>,
  unit: Fact['unit'],
  language: Language,
): string {
  const { absolute, relative } = change;
  const share = relative === null ? '' : ` (${formatRelative(relative, language)})`;
  return `${formatChange(absolute, unit === 'rank' ? 'count' : unit, language)}${share}`;
}

/** "2023 → 2024", "maart 2025 → april 2025": the periods a change runs between. */
export const changeSpan = (change: Pick<Change, 'from' | 'to'>, language: Language): string =>
  `${formatPeriod(change.from, language)} → ${formatPeriod(change.to, language)}`;

export const CHANGE_WORD = { nl: 'Verandering', en: 'Change' } as const;

/**
 * "Verandering 2023 → 2024: +2.050 (+3,8%)" for an answer with a change, unless its text already
 * states that change or it is a comparison (whose headline is the change): shown once, not twice.
 */
export function changeLine(answer: Answer): string | null {
  if (!answer.change || answer.kind === 'comparison') return null;
  const amount = changeText(answer.change, answer.facts[0]?.unit ?? 'count', answer.language);
  if (answer.text.includes(amount)) return null;
  return `${CHANGE_WORD[answer.language]} ${changeSpan(answer.change, answer.language)}: ${amount}`;
}
