import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, Speller, typoBudget } from '../../../src/engine/lexicon/speller.js';

/** The plain definition, no shortcuts: every word within its budget, a tie is no answer. */
function bruteForce(words: string[], word: string): string | null {
  const budget = word.length > 40 ? 0 : typoBudget(word.length);
  let best: string | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const w of words) {
    const allowed = Math.min(budget, typoBudget(w.length));
    if (allowed === 0) continue;
    const d = editDistance(word, w, 10);
    if (d > allowed) continue;
    if (d < bestDistance) [best, bestDistance, tie] = [w, d, false];
    else if (d === bestDistance && w !== best) tie = true;
  }
  return tie ? null : best;
}

const word = fc.stringMatching(/^[a-eé]{3,10}$/);

describe('speller', () => {
  it('corrects exactly as the plain definition does, its shortcuts never change an answer', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, (words, typed) => {
        expect(new Speller(words).correct(typed)).toBe(bruteForce(words, typed));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives no answer when two words are equally close', () => {
    expect(new Speller(['asiel', 'astel']).correct('asxel')).toBeNull();
    expect(new Speller(['asiel']).correct('asxel')).toBe('asiel');
  });
});
