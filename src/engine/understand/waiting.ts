import type { Tagged } from '../lexicon/senses.js';
import type { Token } from './tokens.js';
import type { Match } from './words.js';

/** Forms of "to wait" that are a plain verb beside a duration and name the open cases without one. */
const WAITING: Record<string, 'nl' | 'en'> = {
  wachtten: 'nl',
  wachtte: 'nl',
  wachtend: 'nl',
  waited: 'en',
  wait: 'en',
  waits: 'en',
};

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
    const lang = WAITING[t.text];
    if (!lang || domain.some((m) => m.start <= i && m.end > i)) return;
    const senses: Tagged[] = [{ kind: 'measure', id: 'in-behandeling', lang }];
    domain.push({ start: i, end: i + 1, key: t.text, senses, fuzzy: false });
  });
}
