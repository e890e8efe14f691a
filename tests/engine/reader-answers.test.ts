import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/contract/answer.js';
import type { Answer } from '../../src/contract/index.js';
import { ask } from './helpers.js';

/*
 * Issue 15, "answers that answer the question": each behaviour pinned in both languages through
 * the engine, on the headline and the text as well as the facts. Naturalisation applications per
 * month in 2025 (Maandcijfers december 2025): 4.880, 4.740, 4.800, 4.520, 3.470, 3.860, 4.920,
 * 3.250, 3.960, 4.650, 4.280, 4.440; the year (Jaarcijfers 2025) 51.760.
 */
const periods = (a: Answer) => a.facts.map((f) => f.period);
const Q1 = ['2025-01', '2025-02', '2025-03'];

describe('a quarter asked: its sum, with the months it adds up', () => {
  it('nl: "in het eerste kwartaal van 2025"', () => {
    const a = AnswerSchema.parse(
      ask('Hoeveel naturalisatieaanvragen kwamen er in het eerste kwartaal van 2025 binnen?'),
    );
    expect(a.kind).toBe('value');
    expect(a.headline).toBe('14.420'); // 4.880 + 4.740 + 4.800, not March's 4.800
    expect(a.reading).toBe('Naturalisatie · aanvragen · januari-maart 2025 · totaal');
    expect(a.text.split('\n')[0]).toBe(
      'Naturalisatie · aanvragen, januari-maart 2025 opgeteld: 14.420 (januari 2025 4.880 + februari 2025 4.740 + maart 2025 4.800).',
    );
    expect(a.facts[0]).toMatchObject({
      period: '2025-01/2025-03',
      value: 14420,
      derived: { method: 'sum', periods: Q1 },
    });
    expect(a.facts.slice(1).map((f) => [f.period, f.value])).toEqual([
      ['2025-01', 4880],
      ['2025-02', 4740],
      ['2025-03', 4800],
    ]);
    expect(a.notes[0]).toMatchObject({
      kind: 'derived',
      text: expect.stringContaining('som van de gepubliceerde maandcijfers'),
    });
  });

  it('en: "Q1 2025 in total"', () => {
    const a = ask('How many naturalisation applications came in during Q1 2025 in total?');
    expect(a.headline).toBe('14,420');
    expect(a.reading).toBe('Naturalisation · applications · January-March 2025 · total');
    expect(a.text).toContain(
      'added up: 14,420 (January 2025 4,880 + February 2025 4,740 + March 2025 4,800)',
    );
    expect(a.facts[0]).toMatchObject({ value: 14420, derived: { method: 'sum', periods: Q1 } });
    expect(periods(a).slice(1)).toEqual(Q1);
    expect(a.notes[0]).toMatchObject({
      kind: 'derived',
      text: expect.stringContaining('sum of the published monthly figures'),
    });
  });
});

describe('a mean per month: the mean, how it was computed, marked as derived', () => {
  it('nl: "gemiddeld per maand in 2025" divides the year’s figure by 12, and says so', () => {
    const a = ask('Hoeveel naturalisatieaanvragen kwamen er gemiddeld per maand binnen in 2025?');
    expect(a.headline).toBe('4.313,3');
    expect(a.text.split('\n')[0]).toBe(
      'Naturalisatie · aanvragen, 2025: gemiddeld 4.313,3 per maand (51.760 over 12 maanden, gedeeld door 12).',
    );
    expect(a.facts.map((f) => [f.period, f.value, f.derived?.method ?? null])).toEqual([
      ['2025', 4313.3, 'mean'],
      ['2025', 51760, null],
    ]);
    expect(a.notes[0]).toEqual({
      kind: 'derived',
      text: 'Berekend: uit de gepubliceerde jaarcijfers, gedeeld door hun aantal maanden (12 per jaar); de IND publiceert dit gemiddelde zelf niet.',
    });
  });

  it('en: "average per month in 2025" gives the same mean from the same figure', () => {
    const a = ask('On average per month, how many naturalisation applications were there in 2025?');
    expect(a.headline).toBe('4,313.3');
    expect(a.text).toContain('on average 4,313.3 a month (51,760 over 12 months, divided by 12)');
    expect(a.facts.map((f) => [f.period, f.value, f.derived?.method ?? null])).toEqual([
      ['2025', 4313.3, 'mean'],
      ['2025', 51760, null],
    ]);
    expect(a.notes[0]?.kind).toBe('derived');
    expect(a.notes[0]?.text).toMatch(/^Computed: from the published annual figures/);
  });

  it('averages a stock over its months, not its end-of-year position (nl and en)', () => {
    const nl = ask('Hoeveel naturalisatieaanvragen lagen er gemiddeld per maand open in 2025?');
    expect(nl.facts[0]).toMatchObject({ derived: { method: 'mean' } });
    expect(nl.facts[0]!.derived!.periods).toHaveLength(12);
    expect(nl.text).toContain('gedeeld door 12');
    expect(nl.notes[0]?.text).toContain('het gemiddelde van de gepubliceerde maandcijfers');
    const en = ask('Average pending naturalisation applications per month in 2025');
    expect([nl.headline, en.headline]).toEqual(['17.895,8', '17,895.8']);
    expect(en.notes[0]?.text).toContain('the mean of the published monthly figures');
  });
});

describe('the busiest month: the month and its value as the headline', () => {
  it('nl: "welke maand had de meeste ..."', () => {
    const a = ask('Welke maand had de meeste naturalisatieaanvragen in 2025?');
    expect(a.headline).toBe('juli 2025: 4.920');
    expect(a.text).toContain(
      'de maand met het hoogste cijfer in januari-december 2025 is juli 2025, met 4.920',
    );
    expect(a.facts.map((f) => [f.period, f.value])).toEqual([['2025-07', 4920]]);
  });

  it('en: "which month had the most ..."', () => {
    const a = ask('In 2025, which month had the most naturalisation applications?');
    expect(a.headline).toBe('July 2025: 4,920');
    expect(a.text).toContain(
      'the month with the highest figure in January-December 2025 is July 2025, at 4,920',
    );
    expect(a.facts.map((f) => [f.period, f.value])).toEqual([['2025-07', 4920]]);
  });

  it('and the quietest, in both languages', () => {
    expect(ask('In welke maand van 2025 kwamen de minste naturalisatieaanvragen binnen?').headline).toBe(
      'augustus 2025: 3.250',
    );
    expect(ask('Which month of 2025 had the fewest naturalisation applications?').headline).toBe(
      'August 2025: 3,250',
    );
  });
});

describe('a trend: its headline says which period it is', () => {
  it('nl: the last value with its year; the reading and text name the span', () => {
    const a = ask('Hoe ontwikkelden de naturalisatieaanvragen zich van 2020 tot 2025?');
    expect(a.kind).toBe('series');
    expect(a.headline).toBe('51.760 (2025)');
    expect(a.reading).toBe('Naturalisatie · aanvragen · 2020-2025');
    expect(a.text).toContain('Van 2020 tot 2025: +8.100 (+18,6%)');
    expect(periods(a)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('en: the same, and a monthly trend names its month', () => {
    const a = ask('How did naturalisation applications develop from 2019 to 2024?');
    expect(a.headline).toBe('54,780 (2024)');
    expect(a.reading).toBe('Naturalisation · applications · 2019-2024');
    expect(periods(a)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
    const monthly = ask('naturalisation applications per month in 2025');
    expect(monthly.headline).toBe('4,440 (December 2025)');
    expect(monthly.facts).toHaveLength(12);
  });
});

describe('common phrasings', () => {
  it('"asylum approval rate 2024": asks which asylum track, offering Track 4’s rate (nl and en)', () => {
    const en = ask('asylum approval rate 2024');
    expect(en.kind).toBe('clarification');
    expect(en.facts).toEqual([]);
    expect(en.text).toContain('Track 4 (general or extended asylum procedure) · approval rate 2024 (58%)');
    expect(en.suggestions).toContain('Track 4 approval rate 2024');
    expect(ask('Track 4 approval rate 2024').facts.map((f) => [f.series, f.value])).toEqual([
      ['spoor-4.inwilligingen', 58],
    ]);
    const nl = ask('Wat was het inwilligingspercentage voor asiel in 2024?');
    expect(nl.kind).toBe('clarification');
    expect(nl.text).toContain(
      'Spoor 4 (algemene of verlengde asielprocedure) · inwilligingspercentage 2024 (58%)',
    );
    expect(nl.suggestions).toContain('Spoor 4 inwilligingspercentage 2024');
  });

  it('what the IND cost is its expenses, never the penalty payments it paid (nl and en)', () => {
    for (const q of ['Hoeveel kostte de IND in 2020?', 'What did the IND cost in 2020?'])
      expect(ask(q).facts.map((f) => [f.series, f.value])).toEqual([['financien.lasten', 543800000]]);
    expect(ask('hoeveel werd er aan dwangsommen uitgekeerd in 2025').facts[0]).toMatchObject({
      series: 'dwangsommen.bedrag',
      value: 79000000,
    });
  });

  it('"how many people became Dutch": says the IND publishes a rate, not a count, and offers both figures', () => {
    const en = ask('How many people became Dutch in 2024?');
    expect(en.kind).toBe('clarification');
    expect(en.facts).toEqual([]);
    expect(en.text).toMatch(/^The IND publishes this as a percentage, not as a count\./);
    expect(en.suggestions).toEqual(['Naturalisation approval rate 2024', 'Naturalisation decisions 2024']);
    // "werden Nederlander" was not read at all before (a catalogue alias now).
    for (const q of [
      'Hoeveel mensen werden Nederlander in 2024?',
      'Hoeveel mensen zijn in 2024 Nederlander geworden?',
    ]) {
      const nl = ask(q);
      expect(nl.kind).toBe('clarification');
      expect(nl.facts).toEqual([]);
      expect(nl.text).toMatch(/^De IND publiceert hiervan een percentage, geen aantal\./);
      expect(nl.suggestions).toEqual([
        'Naturalisatie inwilligingspercentage 2024',
        'Naturalisatie beslissingen 2024',
      ]);
    }
  });

  it('"how much did the IND spend in 2020": the expenses (nl and en)', () => {
    const en = ask('How much money did the IND spend in 2020?');
    expect(en.headline).toBe('€543.8 million');
    expect(en.reading).toBe('Finances · expenses · 2020');
    expect(en.facts.map((f) => [f.series, f.period, f.value, f.source])).toEqual([
      ['financien.lasten', '2020', 543_800_000, 'Jaarcijfers 2020'],
    ]);
    const nl = ask('Hoeveel heeft de IND in 2020 uitgegeven?');
    expect(nl.headline).toBe('€ 543,8 mln');
    expect(nl.reading).toBe('Financiën · lasten · 2020');
    expect(nl.facts.map((f) => [f.series, f.value])).toEqual([['financien.lasten', 543_800_000]]);
  });

  it('"hoeveel aanvragen in 2024": asks which category, with no figure (nl and en)', () => {
    const nl = ask('hoeveel aanvragen in 2024');
    expect(nl).toMatchObject({ kind: 'clarification', facts: [], headline: null });
    expect(nl.text).toMatch(/^Over welke categorie gaat het\?/);
    expect(nl.suggestions).toContain('Naturalisatie aanvragen 2024');
    const en = ask('How many applications did the IND get in 2024?');
    expect(en).toMatchObject({ kind: 'clarification', facts: [], headline: null });
    expect(en.text).toMatch(/^Which category do you mean\?/);
    expect(en.suggestions).toContain('Naturalisation applications 2024');
  });
});
