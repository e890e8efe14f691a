import { EN_WAITING } from '../lexicon/en/claims.js';
import { NL_WAITING } from '../lexicon/nl/claims.js';
import type { Tagged } from '../lexicon/senses.js';
import type { Token } from './tokens.js';
import type { Match } from './words.js';

const WAITING = new Map<string, 'nl' | 'en'>([
  ...NL_WAITING.map((w) => [w, 'nl'] as const),
  ...EN_WAITING.map((w) => [w, 'en'] as const),
]);

const DURATION = new Set(['weeks', 'days', 'months', 'years']);

/**
 * "Er wachtten eind 2025 meer mensen op een naturalisatiebesluit": without a duration, waiting
 * people are the open cases, so the verb names that measure and cannot vanish while "besluit"
 * answers with decisions. "waited more than 100 weeks" keeps it a verb of the duration.
 */
export function waitingAsPending(tokens: Token[], lexical: Match[], domain: Match[]): void {
  const duration = lexical.some((m) => m.senses.some((s) => s.kind === 'unit' && DURATION.has(s.unit)));
  if (duration) return;
  tokens.forEach((t, i) => {
    const lang = WAITING.get(t.text);
    if (!lang || domain.some((m) => m.start <= i && m.end > i)) return;
    const senses: Tagged[] = [{ kind: 'measure', id: 'in-behandeling', lang }];
    domain.push({ start: i, end: i + 1, key: t.text, senses, fuzzy: false });
  });
}
