import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../../src/contract/answer.js';
import { ask } from '../helpers.js';

const printed = (q: string) => ask(q).facts.map((f) => [f.series, f.period, f.value, f.source]);

describe('as published', () => {
  it('gives the value a named publication printed, the current one and the difference beside it (nl)', () => {
    const a = ask('Wat stond er in Jaarcijfers 2023 over familie en gezin 2023?');
    expect(AnswerSchema.parse(a).kind).toBe('value');
    expect(printed('Wat stond er in Jaarcijfers 2023 over familie en gezin 2023?')).toEqual([
      ['familie-gezin.aanvragen', '2023', 41820, 'Jaarcijfers 2023'],
    ]);
    expect(a.headline).toBe('41.820');
    expect(a.text).toContain('zoals gepubliceerd in Jaarcijfers 2023: 41.820');
    expect(a.text).toContain('het huidige cijfer (Jaarcijfers 2025) is 41.800, een verschil van −20');
    expect(a.notes).toEqual([expect.objectContaining({ kind: 'revision' })]);
  });

  it('gives the first printing when asked "as first published" (en)', () => {
    const a = ask('Dublin applications in 2023 as first published');
    expect(a.facts.map((f) => [f.period, f.value, f.source])).toEqual([['2023', 7270, 'Jaarcijfers 2023']]);
    expect(a.text).toContain(
      'the current figure (Jaarcijfers 2025) is 5,210, a difference of −2,060 (−28.3%)',
    );
  });

  it('reads "eerst gepubliceerd" and says plainly when the figure was never revised', () => {
    const a = ask('Naturalisatieaanvragen 2024, zoals eerst gepubliceerd');
    expect(a.facts.map((f) => [f.period, f.value, f.source])).toEqual([['2024', 54780, 'Jaarcijfers 2024']]);
    expect(a.text).toContain('Niet herzien');
  });

  it('takes the publication’s own year when no period is named', () => {
    expect(printed('What did the annual figures 2020 say about naturalisation?')).toEqual([
      ['naturalisatie.aanvragen', '2020', 43660, 'Jaarcijfers 2020'],
    ]);
  });

  it('says which publications have a figure the named one lacks, without a number', () => {
    const a = ask('Wat stond er in Jaarcijfers 2020 over naturalisatie in 2024?');
    expect(a).toMatchObject({ kind: 'not_found', facts: [] });
    expect(a.text).toContain('Jaarcijfers 2025');
  });
});

describe('revisions', () => {
  it('lists each revision old -> new with both publications, in Dutch', () => {
    const a = ask('Welke cijfers voor 2023 zijn herzien?');
    expect(AnswerSchema.parse(a).kind).toBe('value');
    // The desk contacts of 2023 were counted differently, not revised: listed apart.
    expect(a.headline).toMatch(/^\d+ herzieningen en 1 definitiewijziging$/);
    expect(a.text).toContain(
      'Spoor 1 (Dublin) · aanvragen 2023: 7.270 → 5.210 (−2.060; −28,3%), Jaarcijfers 2023 → Jaarcijfers 2024',
    );
    expect(a.facts).toContainEqual(
      expect.objectContaining({ series: 'spoor-1.aanvragen', value: 5210, source: 'Jaarcijfers 2024' }),
    );
    expect(a.facts).toContainEqual(
      expect.objectContaining({ series: 'spoor-1.aanvragen', value: 7270, source: 'Jaarcijfers 2023' }),
    );
    expect(a.facts.every((f) => f.period === '2023')).toBe(true);
  });

  it('lists every revised measure of a subject when none is named, in English', () => {
    const a = ask('Was the Dublin figure for 2023 revised?');
    expect(a.headline).toBe('3 revisions');
    expect(a.text).toContain('Track 1 (Dublin) · applications 2023: 7,270 → 5,210');
    expect(new Set(a.facts.map((f) => f.series))).toEqual(
      new Set(['spoor-1.aanvragen', 'spoor-1.beslissingen', 'spoor-1.in-behandeling']),
    );
  });

  it('says plainly that a figure was not revised, with the figure', () => {
    const a = ask('Is het aantal naturalisatieaanvragen in 2024 herzien?');
    expect(a.text).toMatch(/^Niet herzien/);
    expect(a.facts.map((f) => [f.period, f.value])).toEqual([['2024', 54780]]);
  });

  it('lists what one publication revised, and says so when it revised nothing', () => {
    const by2024 = ask('Which figures were revised in Jaarcijfers 2024?');
    expect(by2024.facts.filter((f) => f.source === 'Jaarcijfers 2024').length).toBeGreaterThan(10);
    const by2025 = ask('Which figures were revised in Jaarcijfers 2025?');
    expect(by2025).toMatchObject({ kind: 'value', facts: [] });
    expect(by2025.text).toContain('Not revised: Jaarcijfers 2025 changes no previously published figure');
  });

  it('still answers "welke cijfers" as help when it is not about revisions', () => {
    expect(ask('Welke cijfers heb je?').kind).toBe('help');
  });
});

describe('quote-ready answers', () => {
  it('gives every value answer a sentence with attribution (nl and en)', () => {
    expect(ask('Hoeveel naturalisatieaanvragen waren er in 2024?').quote).toBe(
      'Volgens de Jaarcijfers 2025 van de IND kwamen er in 2024 54.780 aanvragen binnen voor naturalisatie.',
    );
    expect(ask('How many first asylum applications were there in 2025?').quote).toBe(
      "According to the IND's Jaarcijfers 2025, the IND received 24,070 first asylum applications in 2025.",
    );
    expect(ask('openstaande zaken spoor 4 eind 2025').quote).toBe(
      'Volgens de Jaarcijfers 2025 van de IND lagen er eind 2025 51.790 zaken voor spoor 4 in behandeling.',
    );
  });

  it('words the figure rounded when asked, and shows the sentence in the reply', () => {
    const nl = ask('Naturalisatieaanvragen 2024 in afgeronde woorden');
    expect(nl.quote).toBe(
      'Volgens de Jaarcijfers 2025 van de IND kwamen er in 2024 bijna 55.000 aanvragen binnen voor naturalisatie.',
    );
    expect(nl.text).toContain(nl.quote!);
    expect(nl.facts.map((f) => f.value)).toEqual([54780]);
    const en = ask('Penalty payments 2024, rounded, as a quote');
    expect(en.quote).toBe(
      "According to the IND's Jaarcijfers 2024, the IND paid almost €37 million in penalty payments in 2024.",
    );
    expect(ask('Quotable sentence: first asylum applications 2025').text).toContain(
      '24,070 first asylum applications',
    );
  });

  it('does not read "afgeronde woorden" as closed cases', () => {
    const a = ask('Beroepszaken omtrent verblijf ontvangen in 2025, in afgeronde woorden');
    expect(a.facts.map((f) => [f.series, f.value])).toEqual([['beroep-verblijf.ontvangen', 110990]]);
    expect(a.quote).toContain('bijna 111.000 gerechtelijke procedures omtrent verblijf');
  });
});
