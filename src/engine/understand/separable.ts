import { NL_SEPARABLE as SEPARABLE } from '../lexicon/nl/claims.js';
import type { Tagged } from '../lexicon/senses.js';
import { isSentenceEnd, type Token } from './tokens.js';
import type { Match } from './words.js';

/** How far after the verb its particle may stand. */
const REACH = 14;

/**
 * "nam in 2020 met 20.000 toe": the lexicon's matches with the particle of a separated verb (listed
 * in the Dutch lexicon) given the direction of the joined verb, in place.
 */
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
