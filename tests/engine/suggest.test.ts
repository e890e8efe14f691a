import { describe, expect, it } from 'vitest';
import { answer, suggestQuestions } from '../../src/app/default-engine.js';

describe('autocomplete suggestions', () => {
  it('offers at most 25 questions of at most 100 characters that fit what was typed', () => {
    const typed = suggestQuestions('naturalisa', 'nl');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.length).toBeLessThanOrEqual(25);
    for (const q of typed) expect(q.length).toBeLessThanOrEqual(100);
    expect(typed[0]!.toLowerCase()).toContain('naturalisatie');
    expect(suggestQuestions('', 'en')).toHaveLength(25);
  });

  it('forgives typos and offers English questions in English', () => {
    const typed = suggestQuestions('knowlege talent', 'en');
    expect(typed.some((q) => /knowledge/i.test(q))).toBe(true);
  });

  it('only offers questions the engine answers with a figure', () => {
    for (const q of [...suggestQuestions('spoor', 'nl'), ...suggestQuestions('track', 'en')]) {
      expect(answer(q, { today: '2026-11-22' }).facts.length, q).toBeGreaterThan(0);
    }
  });

  it('survives hostile prefixes', () => {
    expect(() => suggestQuestions('\u0000'.repeat(10_000), 'nl')).not.toThrow();
    expect(suggestQuestions(undefined as unknown as string)).toBeInstanceOf(Array);
  });
});
