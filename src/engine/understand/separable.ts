import type { Tagged } from '../lexicon/senses.js';
import { isSentenceEnd, type Token } from './tokens.js';
import type { Match } from './words.js';

/**
 * Dutch separable verbs ("nam in 2020 met 20.000 toe", "liep vorig jaar sterk terug"): the verb and
 * its particle are apart, so the lexicon's "nam toe" never matches. The particle, when the verb
 * stands earlier in the same sentence, carries the direction the joined verb has.
 */
const SEPARABLE: Record<string, Record<string, 'up' | 'down'>> = {
  nam: { toe: 'up', af: 'down' },
  namen: { toe: 'up', af: 'down' },
  neemt: { toe: 'up', af: 'down' },
  liep: { op: 'up', terug: 'down' },
  liepen: { op: 'up', terug: 'down' },
  loopt: { op: 'up', terug: 'down' },
  ging: { omhoog: 'up', omlaag: 'down' },
  gingen: { omhoog: 'up', omlaag: 'down' },
  gaat: { omhoog: 'up', omlaag: 'down' },
  schoot: { omhoog: 'up' },
  viel: { terug: 'down' },
  vielen: { terug: 'down' },
};

/** How far after the verb its particle may stand. */
const REACH = 14;

/** The lexicon's matches with the particles of separated verbs given their direction (in place). */
export function separableVerbs(tokens: Token[], lexical: Match[]): void {
  tokens.forEach((t, at) => {
    const particles = SEPARABLE[t.text];
    if (!particles) return;
    for (let i = at + 1; i < Math.min(tokens.length, at + REACH); i++) {
      const u = tokens[i]!;
      if (isSentenceEnd(u)) return;
      const word = particles[u.text];
      if (!word) continue;
      // Already joined ("nam toe") or part of a phrase of its own: nothing to add.
      if (lexical.some((m) => m.start <= i && m.end > i && m.end - m.start > 1)) return;
      const claim: Tagged = { kind: 'claim', word, lang: 'nl' };
      const k = lexical.findIndex((m) => m.start === i);
      if (k >= 0) lexical[k] = { ...lexical[k]!, senses: [...lexical[k]!.senses, claim] };
      else lexical.push({ start: i, end: i + 1, key: u.text, senses: [claim], fuzzy: false });
      return;
    }
  });
}
