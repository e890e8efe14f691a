import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.js';

const data = loadDataset();
const obs = (series: string, period: string, publication?: string) =>
  data.observations.filter(
    (o) =>
      o.series === series && o.period === period && (publication ? o.publication === publication : o.current),
  );
const current = (series: string, period: string) => {
  const found = obs(series, period);
  expect(found, `${series} ${period}`).toHaveLength(1);
  return found[0]!.value;
};
const unit = (series: string) => data.series.find((s) => s.id === series)?.unit;

describe('the dataset', () => {
  it('holds figures of every publication with the right unit', () => {
    expect(current('naturalisatie.aanvragen', '2024')).toBe(54780);
    expect(current('familie-gezin.inwilligingen', '2025')).toBe(85);
    expect(unit('familie-gezin.inwilligingen')).toBe('percent');
    expect(current('spoor-4.doorlooptijd', '2025')).toBe(67);
    expect(unit('spoor-4.doorlooptijd')).toBe('weeks');
    expect(current('afspraken-biometrie.eerste-vrije-dag', '2025-09')).toBe(7);
    expect(unit('afspraken-biometrie.eerste-vrije-dag')).toBe('days');
    expect(current('personeel.extern', '2025')).toBe(774);
    expect(unit('personeel.extern')).toBe('fte');
    expect(current('start-ups.beslissingen', '2020')).toBe(120);
    expect(current('asiel-tweede.aanvragen', '2019')).toBe(2720);
    expect(current('ketenservicelijn.emails', '2018')).toBe(5100);
  });

  it('holds the footnote and prose figures', () => {
    expect(current('dwangsommen.bedrag', '2025')).toBe(79_000_000);
    expect(current('dwangsommen.bedrag', '2024')).toBe(36_800_000);
    expect(current('dwangsommen.bedrag', '2023')).toBe(11_300_000);
    expect(current('dwangsommen.bedrag', '2020')).toBe(13_000_000);
    expect(unit('dwangsommen.bedrag')).toBe('eur');
    expect(current('nareis-8evrm.aanvragen', '2020')).toBe(3400);
    expect(current('nareis-8evrm.inwilligingen', '2020')).toBe(33);
    expect(current('afsprakenlijn.calls', '2020')).toBe(41677);
    expect(current('financien.personele-kosten', '2020')).toBe(365_600_000);
    expect(current('financien.resultaat', '2020')).toBe(-47_900_000);
    expect(current('personeel.ambtelijk', '2020')).toBe(3914);
    expect(current('personeel.extern', '2020')).toBe(848);
  });

  it('keeps printed gaps as null with the printed reason', () => {
    const gap = obs('zitting.aanwezig', '2022')[0]!;
    expect(gap).toMatchObject({ value: null, reason: 'onb.', publication: 'jaarcijfers-2024' });
    expect(obs('doc-o.aantal', '2021')[0]).toMatchObject({ value: null, reason: '-' });
  });

  it('answers with the newest publication and keeps older values as history', () => {
    expect(current('familie-gezin.aanvragen', '2023')).toBe(41800);
    expect(obs('familie-gezin.aanvragen', '2023', 'jaarcijfers-2023')[0]).toMatchObject({
      value: 41820,
      current: false,
    });
    expect(current('spoor-1.aanvragen', '2023')).toBe(5210);
    expect(obs('spoor-1.aanvragen', '2023', 'jaarcijfers-2023')[0]).toMatchObject({
      value: 7270,
      current: false,
    });
    const keys = data.observations.filter((o) => o.current).map((o) => `${o.series}|${o.period}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carries definition changes and footnotes on the series', () => {
    const fg = data.series.find((s) => s.id === 'familie-gezin.aanvragen')!;
    expect(fg.breaks[0]).toMatchObject({ until: '2020' });
    expect(fg.breaks[0]!.note.nl).toMatch(/8 EVRM/);
    const calls = data.series.find((s) => s.id === 'telefonie.calls')!;
    expect(calls.notes.some((n) => n.period === '2020' && n.en.includes('41,677'))).toBe(true);
  });

  it('fixes OCR errors in labels and nationality names, not in numbers', () => {
    const names = data.rankings.flatMap((r) => r.entries.map((e) => e.nl));
    expect(names).not.toContain('Eritese');
    expect(names).not.toContain('Oekraiense');
    expect(data.series.some((s) => s.id === 'bezwaar.gegrond')).toBe(true);
    const r = data.rankings.find((x) => x.subject === 'spoor-4' && x.period === '2023')!;
    expect(r.entries.map((e) => e.nl)).toEqual(['Syrische', 'Turkse', 'Eritrese']);
  });

  it('has a top-3 list per category and year, with English names', () => {
    const r = data.rankings.find((x) => x.subject === 'studie' && x.period === '2025')!;
    expect(r.entries.map((e) => e.en)).toEqual(['Chinese', 'Indian', 'American citizen']);
    expect(data.rankings.filter((x) => x.period === '2024')).toHaveLength(10);
  });
});

describe('the monthly tables', () => {
  const monthly = data.observations.filter((o) => o.publication === 'maandcijfers-2025-12');
  const value = (series: string, period: string) =>
    monthly.find((o) => o.series === series && o.period === period)?.value ?? null;
  const months = [...new Set(monthly.map((o) => o.period))].sort();
  const buckets = (subject: string) => [
    ...new Set(monthly.filter((o) => o.series.startsWith(`${subject}.open-`)).map((o) => o.series)),
  ];

  it('has all 13 months (December 2024 to December 2025)', () => {
    expect(months).toHaveLength(13);
    expect(months[0]).toBe('2024-12');
    expect(months[12]).toBe('2025-12');
  });

  it.each([
    'asiel-eerste',
    'spoor-1',
    'spoor-2',
    'spoor-4',
    'nareis-mvv',
    'nareis-8evrm',
    'nareis-totaal',
    'familie-gezin',
    'kennis-talent',
    'studie',
    'arbeid',
    'naturalisatie',
  ])('age buckets of %s sum to its open cases every month (within rounding to tens)', (subject) => {
    const parts = buckets(subject);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const m of months) {
      const sum = parts.reduce((n, s) => n + (value(s, m) ?? 0), 0);
      expect(Math.abs(sum - value(`${subject}.in-behandeling`, m)!), `${subject} ${m}`).toBeLessThanOrEqual(
        10 * parts.length,
      );
    }
  });

  it('total nareis equals MVV plus 8 EVRM in every row and month (within rounding to tens)', () => {
    for (const measure of [
      'aanvragen',
      'beslissingen',
      'opdracht',
      'in-behandeling',
      'open-tot-1m',
      'open-1-6m',
      'open-6-15m',
      'open-boven-15m',
    ]) {
      for (const m of months) {
        const parts = value(`nareis-mvv.${measure}`, m)! + value(`nareis-8evrm.${measure}`, m)!;
        expect(
          Math.abs(value(`nareis-totaal.${measure}`, m)! - parts),
          `${measure} ${m}`,
        ).toBeLessThanOrEqual(10);
      }
    }
  });

  it('sums the 2025 months to the annual totals of Jaarcijfers 2025 (within rounding), proving the block mapping', () => {
    const year = (series: string) =>
      months.filter((m) => m.startsWith('2025')).reduce((n, m) => n + value(series, m)!, 0);
    for (const s of [
      'asiel-eerste.aanvragen',
      'spoor-1.aanvragen',
      'spoor-4.aanvragen',
      'nareis-mvv.aanvragen',
      'nareis-8evrm.aanvragen',
      'kennis-talent.aanvragen',
      'studie.aanvragen',
      'arbeid.aanvragen',
      'naturalisatie.aanvragen',
      'familie-gezin.aanvragen',
    ]) {
      expect(Math.abs(year(s) - (current(s, '2025') as number)), s).toBeLessThanOrEqual(120);
    }
    expect(value('naturalisatie.in-behandeling', '2025-12')).toBe(
      current('naturalisatie.in-behandeling', '2025'),
    );
  });
});
