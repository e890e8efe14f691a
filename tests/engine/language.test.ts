import { describe, expect, it } from 'vitest';
import { ask, values } from './helpers.js';

describe('understanding language', () => {
  it.each([
    ['naturalsatie aanvragen 2023', 'naturalisatie.aanvragen', '2023'],
    ['asielaanvrgen 2022', 'asiel-eerste.aanvragen', '2022'],
    ['klahten 2024', 'klachten.ontvangen', '2024'],
    ['quick one: revokation decisions 2024', 'intrekking.beslissingen', '2024'],
  ])('forgives the typo in %s', (q, series, period) => {
    const a = ask(q);
    expect(a.facts[0]).toMatchObject({ series, period });
  });

  it.each([
    ['naturalisatieaanvragen 2022', 'naturalisatie.aanvragen'],
    ['nareisaanvragen 2024', 'nareis-mvv.aanvragen'],
    ['kennismigrantenbeslissingen 2024', 'kennis-talent.beslissingen'],
    ['IND-medewerkers 2024', 'personeel.totaal'],
  ])('splits the Dutch compound in %s', (q, series) => {
    expect(ask(q).facts[0]?.series).toBe(series);
  });

  it.each([
    ['K&T aanvragen 2023', 'kennis-talent.aanvragen'],
    ['F&G beslissingen 2023', 'familie-gezin.beslissingen'],
    ['track 4 pending 2024', 'spoor-4.in-behandeling'],
    ['Dublin decisions 2025', 'spoor-1.beslissingen'],
    ['MVV nareis aanvragen 2022', 'nareis-mvv.aanvragen'],
    ['8 EVRM beslissingen 2023', 'nareis-8evrm.beslissingen'],
    ['objections decided 2024', 'bezwaar.beslissingen'],
    ['Caribisch Nederland aanvragen 2024', 'caribisch-nederland.aanvragen'],
    ['penalty payments 2020', 'dwangsommen.bedrag'],
    ['FTE total 2023', 'personeel.totaal'],
    ['family reunification of refugees applications 2023', 'nareis-mvv.aanvragen'],
  ])('knows the synonym or abbreviation in %s', (q, series) => {
    expect(ask(q).facts[0]?.series).toBe(series);
  });

  it('reads relative periods against the reference date', () => {
    expect(values(ask('spoor 4 aanvragen vorig jaar', { today: '2026-03-01' }))).toEqual([['2025', 26880]]);
    expect(values(ask('complaints the year before last', { today: '2024-07-01' }))).toEqual([['2022', 4420]]);
    expect(values(ask("last month's first asylum applications", { today: '2025-07-01' }))).toEqual([
      ['2025-06', 1980],
    ]);
    expect(
      ask('tijdigheid naturalisatie afgelopen drie jaar', { today: '2026-02-15' }).facts.map((f) => f.period),
    ).toEqual(['2023', '2024', '2025']);
    expect(values(ask('student applications in the latest month'))).toEqual([['2025-12', 1800]]);
    expect(ask('Hoeveel aanvragen kennis en talent sinds 2022?').facts.map((f) => f.period)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });

  it('reads halves and quarters as the months they span, added up, and declines a span the data covers in part', () => {
    const half = ask('Hoeveel eerste asielaanvragen in de eerste helft van 2025?');
    expect(half.facts[0]).toMatchObject({ period: '2025-01/2025-06', derived: { method: 'sum' } });
    expect(half.facts.slice(1).map((f) => f.period)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(half.facts[0]!.value).toBe(half.facts.slice(1).reduce((s, f) => s + (f.value as number), 0));
    expect(ask('naturalisation applications Q3 2025').facts.map((f) => f.period)).toEqual([
      '2025-07/2025-09',
      '2025-07',
      '2025-08',
      '2025-09',
    ]);
    const part = ask('first asylum applications in the second half of 2024');
    expect(part.kind).toBe('not_found');
    expect(part.text).toContain('July-December 2024');
  });

  it('reads month names and abbreviations in both languages', () => {
    expect(values(ask("familie en gezin aanvragen mrt '25"))).toEqual([['2025-03', 3190]]);
    expect(values(ask('Family & partner decisions in May 2025'))).toEqual([['2025-05', 3160]]);
  });
});

describe('follow-ups', () => {
  it('changes only the period when the follow-up names one', () => {
    const first = ask('Hoeveel naturalisatieaanvragen in 2024?');
    const next = ask('en in 2023?', { context: first.context });
    expect(next.facts[0]).toMatchObject({ series: 'naturalisatie.aanvragen', period: '2023', value: 43930 });
  });

  it('changes only the subject when the follow-up names one', () => {
    const first = ask('How many naturalisation decisions in 2023?');
    const next = ask('and for students?', { context: first.context });
    expect(next.facts[0]).toMatchObject({ series: 'studie.beslissingen', period: '2023' });
  });

  it('compares with the previous year on request', () => {
    const first = ask('Hoeveel eerste asielaanvragen in 2025?');
    const next = ask('vergelijk met vorig jaar', { context: first.context });
    expect(next.kind).toBe('comparison');
    expect(values(next)).toEqual([
      ['2024', 32180],
      ['2025', 24070],
    ]);
  });
});
