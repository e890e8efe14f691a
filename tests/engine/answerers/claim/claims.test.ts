import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../../../src/contract/answer.js';
import { committedDataset } from '../../../../src/data/default.js';
import { isClaim } from '../../../../src/engine/answerers/claim/detect.js';
import {
  judgeLevel,
  judgeMultiple,
  judgeRelative,
} from '../../../../src/engine/answerers/claim/tolerance.js';
import { roundedWords } from '../../../../src/engine/compose/quote.js';
import { ask, read } from '../../helpers.js';

const claim = (q: string) => isClaim(read(q));
const readQuantities = (q: string) => read(q).quantities;

describe('claim detection', () => {
  it('takes marked claims in both languages', () => {
    expect(claim('Klopt het dat de IND in 2024 ruim 50.000 naturalisatieaanvragen ontving?')).toBe(true);
    expect(claim('Fact-check: naturalisation applications fell in 2025')).toBe(true);
    expect(claim('Is it true that asylum applications halved in 2025?')).toBe(true);
    expect(claim('Klopt dit? "In 2025 kwamen er 24.070 eerste asielaanvragen binnen."')).toBe(true);
    expect(claim('De naturalisatieaanvragen daalden in 2025, klopt dat?')).toBe(true);
  });

  it('takes an unmarked declarative sentence that states a number, change or record', () => {
    expect(claim('In 2024 kwamen er ruim 50.000 naturalisatieaanvragen binnen.')).toBe(true);
    expect(claim('Penalty payments tripled in 2025.')).toBe(true);
    expect(claim('Studieaanvragen bereikten in 2025 het laagste niveau sinds 2020.')).toBe(true);
    expect(claim('Het aantal naturalisatieaanvragen steeg in 2024 met een kwart.')).toBe(true);
  });

  it('leaves questions, commands and lookups to the ordinary engine', () => {
    for (const q of [
      'Hoeveel naturalisatieaanvragen waren er in 2024?',
      'How many naturalisation decisions were taken in 2024?',
      'naturalisatieaanvragen 2024',
      'Compare naturalisation decisions in 2023 and 2024',
      'Verloop van het aantal beslissingen kennis en talent van 2018 tot en met 2025',
      'In welk jaar kwamen de meeste naturalisatieaanvragen binnen',
      'Waren er in 2025 meer eerste asielaanvragen dan in 2024',
      "So I've been thinking about this for a while now and I'm not sure I can check, but my cousin moved here",
    ])
      expect(claim(q), q).toBe(false);
  });

  it('never turns an ordinary question into a claim answer', () => {
    for (const q of [
      'Hoeveel naturalisatieaanvragen waren er in 2024?',
      'Top 3 nationaliteiten spoor 4 in 2024',
      'Aanvragen familie en gezin: 2022 vergeleken met 2023',
      'Ik wil weten hoeveel aanvragen er in spoor 4 waren in 2024',
      'Doorlooptijd nareis 8 EVRM in weken 2022-2025',
    ])
      expect(ask(q).kind, q).not.toBe('claim');
  });
});

describe('numbers in a claim', () => {
  it('reads Dutch and English separators, scales, units and hedges', () => {
    const q = (s: string) => readQuantities(s).map(({ value, hedge, unit }) => ({ value, hedge, unit }));
    expect(q('ruim 50.000 aanvragen')).toEqual([{ value: 50000, hedge: 'over', unit: null }]);
    expect(q('more than 25,000 people')).toEqual([{ value: 25000, hedge: 'over', unit: null }]);
    expect(q('bijna 40 miljoen euro')).toEqual([{ value: 40_000_000, hedge: 'nearly', unit: 'eur' }]);
    expect(q('€36,8 mln')).toEqual([{ value: 36_800_000, hedge: 'exact', unit: 'eur' }]);
    expect(q('onder de 6.400 fte')).toEqual([{ value: 6400, hedge: 'below', unit: 'fte' }]);
    expect(q('met 10 procent')).toEqual([{ value: 10, hedge: 'exact', unit: 'percent' }]);
    expect(q("gemiddeld zo'n 2.000 per maand")[0]).toEqual({ value: 2000, hedge: 'about', unit: null });
  });

  it('does not take years, track numbers, articles or ages for claimed numbers', () => {
    expect(readQuantities('spoor 4 in 2024, nareis 8 EVRM, ouder dan 15 maanden, 2018-2025')).toEqual([]);
  });
});

describe('tolerances read from the wording', () => {
  it('holds exact numbers to half a percent and rounded ones to what they round from', () => {
    expect(judgeLevel(51760, 51760, 'exact', 4).verdict).toBe('true');
    expect(judgeLevel(51700, 51760, 'exact', 3).verdict).toBe('true');
    expect(judgeLevel(6400, 6438, 'exact', 2).verdict).toBe('true');
    expect(judgeLevel(51000, 51760, 'exact', 2).verdict).toBe('roughly');
    expect(judgeLevel(45000, 51760, 'exact', 2).verdict).toBe('false');
  });

  it('reads ruim/bijna/zo’n as one-sided or two-sided bands', () => {
    expect(judgeLevel(50000, 54780, 'over', 1).verdict).toBe('true');
    expect(judgeLevel(25000, 24070, 'over', 2).verdict).toBe('roughly');
    expect(judgeLevel(40e6, 36.8e6, 'nearly', 1).verdict).toBe('roughly');
    expect(judgeLevel(37e6, 36.8e6, 'nearly', 2).verdict).toBe('true');
    expect(judgeLevel(2000, 24070 / 12, 'about', 1).verdict).toBe('true');
    expect(judgeLevel(30000, 24070, 'about', 1).verdict).toBe('false');
  });

  it('judges a quarter within 3 points, a multiple from 5% under to 15% over, and the wrong direction as false', () => {
    expect(judgeRelative(25, 24.7, 'exact', true).verdict).toBe('true');
    expect(judgeRelative(25, 19, 'exact', true).verdict).toBe('roughly');
    expect(judgeRelative(10, -13, 'exact', false).verdict).toBe('false');
    expect(judgeMultiple(2, 1.95, 'exact').verdict).toBe('true');
    // Overstating is wrong sooner: a factor of 1,8 is not quite "doubled".
    expect(judgeMultiple(2, 1.8, 'exact').verdict).toBe('roughly');
    expect(judgeMultiple(2, 2.25, 'exact').verdict).toBe('true');
    expect(judgeMultiple(3, 2.15, 'exact').verdict).toBe('false');
    expect(judgeMultiple(0.5, 0.48, 'exact').verdict).toBe('true');
    expect(judgeMultiple(0.5, 0.63, 'exact').verdict).toBe('false');
  });

  it('holds the bot’s own rounded wording true for every published figure', () => {
    for (const o of committedDataset().observations) {
      if (!o.current || typeof o.value !== 'number' || o.value < 100) continue;
      const words = roundedWords(o.value, 'count', 'nl');
      const [q] = readQuantities(words);
      expect(judgeLevel(q!.value, o.value, q!.hedge, q!.digits).verdict, `${words} for ${o.value}`).toBe(
        'true',
      );
    }
  });
});

describe('claim answers', () => {
  it('gives the verdict, the figures used, the working and the source, in Dutch', () => {
    const a = ask('Het aantal naturalisatieaanvragen steeg in 2024 met een kwart.');
    expect(AnswerSchema.parse(a)).toMatchObject({ kind: 'claim', verdict: 'true', headline: 'Klopt' });
    expect(a.facts.map((f) => [f.period, f.value, f.source])).toEqual([
      ['2024', 54780, 'Jaarcijfers 2025'],
      ['2023', 43930, 'Jaarcijfers 2025'],
    ]);
    expect(a.change).toMatchObject({ from: '2023', to: '2024', absolute: 10850 });
    expect(a.text).toContain('+24,7%');
    expect(a.text).toContain('een breuk (kwart, derde, helft) is grof: ±3 procentpunt');
    expect(a.text).toContain('Bron: IND, Jaarcijfers 2025');
  });

  it('gives the same in English, with English numbers', () => {
    const a = ask('Naturalisation applications dropped by about 5% in 2025.');
    expect(a).toMatchObject({ kind: 'claim', verdict: 'true', language: 'en', headline: 'True' });
    expect(a.text).toContain('54,780 in 2024 and 51,760 in 2025');
    expect(a.text).toContain('Source: IND, Jaarcijfers 2025');
  });

  it('says a claimed number is a superseded figure, and calls it false', () => {
    const a = ask('Klopt het dat de IND in 2023 7.270 Dublinaanvragen registreerde?');
    expect(a.verdict).toBe('false');
    expect(a.facts.map((f) => [f.period, f.value])).toEqual([['2023', 5210]]);
    expect(a.notes.some((n) => n.kind === 'revision' && n.text.includes('Jaarcijfers 2023 (7.270)'))).toBe(
      true,
    );
  });

  it('warns when a record claim crosses a definition change', () => {
    const a = ask('Family and partner applications fell in 2025 to their lowest level since 2018.');
    expect(a.verdict).toBe('false');
    expect(a.notes.some((n) => n.kind === 'definition' && n.until === '2020')).toBe(true);
  });

  it('names the runner-up of a true record, and the real extreme of a false one', () => {
    const t = ask(
      'In 2025 the IND received 37,500 notices of default, more than in any other year since 2018.',
    );
    expect(t.facts.map((f) => [f.period, f.value])).toEqual([
      ['2025', 37500],
      ['2024', 29840],
    ]);
    const f = ask('In 2024 werd het hoogste aantal aanvragen kennis en talent sinds 2018 geregistreerd.');
    expect(f.facts.map((x) => [x.period, x.value])).toContainEqual(['2022', 33020]);
  });

  it('declines what the data cannot check, with what exists and no figures', () => {
    const future = ask('Fact-check: first asylum applications will pass 30,000 in 2027.');
    expect(future).toMatchObject({ kind: 'claim', verdict: 'unverifiable', facts: [] });
    expect(future.text).toContain('2025');
    const nationality = ask('Een derde van alle kennismigranten kwam in 2024 uit India.');
    expect(nationality).toMatchObject({ verdict: 'unverifiable', facts: [] });
    expect(nationality.text).toContain('top 3');
    const gender = ask('Fact-check: most naturalisation applicants in 2025 were women.');
    expect(gender).toMatchObject({ verdict: 'unverifiable', facts: [] });
  });

  it('checks a nationality’s place against the published top 3', () => {
    const a = ask('Turken vormden in 2025 de tweede groep aanvragers bij familie en gezin.');
    expect(a).toMatchObject({ kind: 'claim', verdict: 'true' });
    expect(a.facts.find((f) => f.rank === 2)?.value).toBe('Turkse');
  });

  it('checks against a sum of published months when the claim names part of a year', () => {
    const a = ask('In de eerste helft van 2025 kwamen er bijna 10.000 eerste asielaanvragen binnen.');
    expect(a.verdict).toBe('true');
    expect(a.facts).toHaveLength(6);
    expect(a.text).toContain('som van de gepubliceerde maandcijfers');
  });
});

describe('claim checks under random input', () => {
  const pieces = [
    'klopt het dat',
    'fact-check:',
    'is it true that',
    'ruim',
    'bijna',
    "zo'n",
    'more than',
    '50.000',
    '37,500',
    '10 procent',
    '25%',
    'verdubbeld',
    'halved',
    'steeg',
    'fell',
    'in 2025',
    'sinds 2018',
    'tussen 2023 en 2025',
    'first half of',
    'naturalisatieaanvragen',
    'asylum applications',
    'spoor 4',
    'dwangsommen',
    'miljoen euro',
    'fte',
    'het drukste jaar',
    'lowest level',
    'herzien',
    'as first published',
    'Jaarcijfers 2023',
    'december 2025',
    'Syriërs',
    'de grootste groep',
    'per maand',
    'voor het tweede jaar op rij',
    '"',
    '?',
  ];
  it('never throws, and an unverifiable verdict never carries a figure', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }), (words) => {
        const a = ask(words.join(' '));
        AnswerSchema.parse(a);
        if (a.verdict === 'unverifiable') expect(a.facts).toEqual([]);
        if (a.kind === 'claim') expect(a.verdict).toBeDefined();
      }),
      { numRuns: 1500 },
    );
  });
});
