import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/contract/index.js';
import { questionFor } from '../../src/engine/suggestions.js';
import { ask, engine } from './helpers.js';

/** Every series' own question (answerable by construction), in both languages. */
const questions = [...engine.index.series.values()].flatMap((s) => {
  const period = engine.index.periods(s.id).at(-1) ?? null;
  return (['nl', 'en'] as const).map((lang) => ({ series: s, q: questionFor(s, period, lang) }));
});

/** Words the figures do not cover: places, breakdowns, "average", and words nobody uses. */
const unknown = fc.oneof(
  fc.constantFrom(
    'Duitsland',
    'Germany',
    'Utrecht',
    'Leiden',
    'vrouwen',
    'women',
    'minderjarigen',
    'gemiddelde',
    'average',
  ),
  // A made-up word one typo from a real one ("zqelfs" for "zelfs") is that word misspelled, which
  // the engine rightly reads as it; only words no correction reaches are unknown.
  fc
    .stringMatching(/^(zq|qx|xq)[aeiou][bdfgklmnprstvz]{1,3}[aeiou]?$/)
    .filter((w) => engine.lexicon.speller.correct(w) === null),
);

const figures = (a: Answer) => a.facts.map((f) => `${f.series}|${f.period}|${f.value}`).join(',');
/** A processing time is an average already: "gemiddelde doorlooptijd" is the same figure, rightly. */
const averageAlready = (id: string) => /doorlooptijd|per-maand|eerste-vrije-dag/.test(id);

describe('a word the reading cannot place', () => {
  it('never leaves the figure unchanged and unsaid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...questions), unknown, fc.nat(), ({ series, q }, word, at) => {
        if (/^(gemiddelde|average)$/.test(word) && averageAlready(series.id)) return;
        const base = ask(q);
        if (base.facts.length === 0) return;
        const words = q.split(' ');
        const i = at % (words.length + 1);
        const changed = [...words.slice(0, i), word, ...words.slice(i)].join(' ');
        const a = ask(changed);
        if (a.facts.length === 0) return;
        // A figure may come back only when it is another figure (a mean instead of the total).
        expect(figures(a), `${changed}\n${a.text}`).not.toBe(figures(base));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the word it could not place', () => {
    const a = ask('Naturalisatieaanvragen in Leiden in 2024');
    expect(a.facts).toEqual([]);
    expect(a.unexplained).toContain('Leiden');
    expect(a.text).toContain("'Leiden'");
    const b = ask('How many zqabo naturalisation decisions in 2024?');
    expect(b.unexplained).toEqual(['zqabo']);
    expect(b.suggestions[0]).toBe('Naturalisation decisions 2024');
  });
});
