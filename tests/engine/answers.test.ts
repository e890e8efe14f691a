import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/contract/answer.js';
import { ask, values } from './helpers.js';

describe('values', () => {
  it('answers a Dutch question with the figure, its reading and source, formatted the Dutch way', () => {
    const a = ask('Hoeveel naturalisatieaanvragen waren er in 2024?');
    expect(a).toMatchObject({
      kind: 'value',
      language: 'nl',
      headline: '54.780',
      reading: 'Naturalisatie · aanvragen · 2024',
    });
    expect(a.facts).toEqual([
      expect.objectContaining({
        series: 'naturalisatie.aanvragen',
        period: '2024',
        value: 54780,
        unit: 'count',
        source: 'Jaarcijfers 2025',
        file: 'data/raw/jaarcijfers-2025.txt',
      }),
    ]);
    expect(a.text).toContain('Bron: IND, Jaarcijfers 2025');
    expect(AnswerSchema.parse(a)).toBeTruthy();
  });

  it('answers in English with English number formatting and labels', () => {
    const a = ask('How many naturalisation decisions were taken in 2024?');
    expect(a).toMatchObject({ language: 'en', headline: '55,640' });
    expect(a.text).toContain('Naturalisation · decisions');
  });

  it('formats percentages, weeks, days, fte and euros', () => {
    expect(ask('inwilligingspercentage familie en gezin 2025').headline).toBe('85%');
    expect(ask('doorlooptijd spoor 4 in 2025').headline).toBe('67 weken');
    expect(ask('first available biometrics appointment in days, September 2025').headline).toBe('7 days');
    expect(ask('externe medewerkers 2025').headline).toBe('774 fte');
    expect(ask('dwangsommen 2024').headline).toBe('€ 36,8 mln');
    expect(ask('penalty payments 2025').headline).toBe('€79 million');
  });

  it('takes the latest period when none is named, and says so', () => {
    const a = ask('Hoeveel aanvragen kennis en talent?');
    expect(values(a)).toEqual([['2025', 19490]]);
    expect(a.notes.some((n) => n.kind === 'period' && n.text.includes('2025'))).toBe(true);
  });

  it('reads the specific measure when several are named', () => {
    expect(values(ask('Hoeveel beslissingen op aanvragen studie in 2023?'))).toEqual([['2023', 23110]]);
    expect(values(ask('studieaanvragen nog in behandeling eind 2023'))).toEqual([['2023', 220]]);
  });

  it('reads age buckets of open cases', () => {
    expect(values(ask('Hoeveel zaken in spoor 4 waren in juni 2025 ouder dan 15 maanden?'))).toEqual([
      ['2025-06', 23240],
    ]);
    expect(values(ask('naturalisation cases between 6 and 12 months old in March 2025'))).toEqual([
      ['2025-03', 430],
    ]);
  });

  it('tells a revised figure apart and names the earlier publication', () => {
    const a = ask('Familie en gezin aanvragen 2023');
    expect(values(a)).toEqual([['2023', 41800]]);
    const revision = a.notes.find((n) => n.kind === 'revision');
    expect(revision?.text).toContain('Jaarcijfers 2023');
    expect(revision?.text).toContain('41.820');
  });

  it('gives no figure for a printed gap, and says what was printed', () => {
    const a = ask('aanwezig op zitting 2022');
    expect(a).toMatchObject({ kind: 'not_found', facts: [] });
    expect(a.text).toContain('"onb."');
  });
});

describe('comparisons and series', () => {
  it('compares two periods with absolute and relative change', () => {
    const a = ask('Vergelijk naturalisatieaanvragen 2023 met 2024');
    expect(a.kind).toBe('comparison');
    expect(values(a)).toEqual([
      ['2023', 43930],
      ['2024', 54780],
    ]);
    expect(a.change).toMatchObject({ from: '2023', to: '2024', absolute: 10850 });
    expect(a.change!.relative).toBeCloseTo(10850 / 43930, 6);
  });

  it('says there is nothing to compare with when "since" starts at the newest figure', () => {
    for (const q of [
      'Is het aantal naturalisatieaanvragen sinds vorig jaar gestegen?',
      'naturalisation applications since 2025',
    ]) {
      const a = ask(q);
      expect(values(a)).toEqual([['2025', 51760]]);
      expect(a.notes.map((n) => n.text).join(' ')).toMatch(/2025 (is het nieuwste|is the latest)/);
    }
  });

  it('sets two parts of a year against each other, each added up from its months (nl and en)', () => {
    const nl = ask('Vergelijk het eerste en tweede kwartaal van 2025 voor naturalisatieaanvragen');
    expect(nl.kind).toBe('comparison');
    expect(values(nl).slice(0, 2)).toEqual([
      ['2025-01/2025-03', 4880 + 4740 + 4800],
      ['2025-04/2025-06', 4520 + 3470 + 3860],
    ]);
    expect(nl.facts[0]!.derived).toMatchObject({ method: 'sum' });
    expect(nl.change).toMatchObject({ absolute: 11850 - 14420 });
    const en = ask('first asylum applications in the first half of 2025 compared with the second half');
    expect(values(en).slice(0, 2)).toEqual([
      ['2025-01/2025-06', 9830],
      ['2025-07/2025-12', 14240],
    ]);
    // Open cases are a position, not a flow: the end of each quarter.
    expect(values(ask('openstaande naturalisatieaanvragen Q1 vs Q3 2025'))).toEqual([
      ['2025-03', 18160],
      ['2025-09', 17730],
    ]);
  });

  it('compares months', () => {
    expect(values(ask('Openstaande Dublinzaken december 2024 vs december 2025'))).toEqual([
      ['2024-12', 1110],
      ['2025-12', 3030],
    ]);
  });

  it('gives a series for a year range and for months of a year', () => {
    const range = ask('Verloop aanvragen naturalisatie 2018-2025');
    expect(range.kind).toBe('series');
    expect(range.facts.map((f) => f.period)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const monthly = ask('Eerste asielaanvragen per maand in 2025');
    expect(monthly.facts).toHaveLength(12);
    expect(monthly.facts[9]).toMatchObject({ period: '2025-10', value: 2470 });
  });

  it('compares the ends of a range when asked how a figure changed, and shows the series for a trend', () => {
    expect(values(ask('How did the number of complaints change from 2022 to 2024?'))).toEqual([
      ['2022', 4420],
      ['2024', 3920],
    ]);
    expect(ask('Verloop klachten 2022-2024').facts).toHaveLength(3);
  });

  it('warns when a comparison crosses a definition change', () => {
    const a = ask('Vergelijk aanvragen familie en gezin 2019 met 2022');
    const warning = a.notes.find((n) => n.kind === 'definition');
    expect(warning).toMatchObject({ until: '2020' });
    expect(warning!.text).toContain('8 EVRM');
  });
});

describe('rankings', () => {
  it('gives the top 3 nationalities of a category and year, in order', () => {
    const a = ask('Top 3 nationaliteiten naturalisatie 2024');
    expect(a.kind).toBe('ranking');
    expect(a.facts.map((f) => [f.rank, f.value])).toEqual([
      [1, 'Syrische'],
      [2, 'Indiase'],
      [3, 'Turkse'],
    ]);
  });

  it('names nationalities in English for an English question', () => {
    const a = ask('Which nationalities applied most for study permits in 2025?');
    expect(a.facts.map((f) => f.value)).toEqual(['Chinese', 'Indian', 'American citizen']);
  });

  it('uses the publication of that year for older rankings', () => {
    expect(ask('top 3 nationaliteiten spoor 4 2023').facts.map((f) => f.value)).toEqual([
      'Syrische',
      'Turkse',
      'Eritrese',
    ]);
  });
});

describe('open cases by age', () => {
  it('splits the backlog into its age buckets per month, youngest first', () => {
    const a = ask('openstaande zaken spoor 4 naar leeftijd per maand 2025');
    expect(a.kind).toBe('series');
    expect(a.facts).toHaveLength(12 * 4);
    expect(a.facts.slice(0, 4).map((f) => [f.series, f.value])).toEqual([
      ['spoor-4.open-tot-1m', 1960],
      ['spoor-4.open-1-6m', 11870],
      ['spoor-4.open-6-15m', 21720],
      ['spoor-4.open-boven-15m', 15790],
    ]);
    expect(a.text).toContain('totaal 51.340');
  });
});

describe('ambiguous categories', () => {
  it('asks which category a top-3 question means when a term names two', () => {
    const a = ask('Which nationalities applied most for family reunification in 2024?');
    expect(a.kind).toBe('clarification');
    expect(a.facts).toEqual([]);
    for (const s of a.suggestions) expect(ask(s).kind).toBe('ranking');
  });
});
