import { describe, expect, it } from 'vitest';
import { unexplainedWords } from '../../../src/engine/understand/ledger.js';
import { tokenize } from '../../../src/engine/understand/tokens.js';
import { read } from '../helpers.js';

const periods = (q: string, today?: string) => {
  const p = read(q, today).periods;
  return {
    mentions: p.mentions.map((m) => m.period),
    range: p.range && [p.range.from, p.range.to],
    part: p.part,
  };
};
const nothingUsed = { concepts: new Set<never>(), markers: new Set<never>() };

describe('tokens', () => {
  it('keeps numbers, short years, k&t and t/m whole, and splits spans and possessives', () => {
    expect(tokenize("k&t 36.720 '22 t/m 2018-2025 ind's 5%").map((t) => t.text)).toEqual([
      'k&t',
      '36.720',
      "'22",
      't/m',
      '2018',
      '-',
      '2025',
      'ind',
      "'s",
      '5',
      '%',
    ]);
  });

  it('splits a scale typed against its number ("55k", "10m") into the number and the scale', () => {
    expect(tokenize('55k 2,5mln 10m').map((t) => [t.text, t.kind])).toEqual([
      ['55', 'number'],
      ['k', 'word'],
      ['2,5', 'number'],
      ['mln', 'word'],
      ['10', 'number'],
      ['m', 'word'],
    ]);
    expect(read('over 55k applications').quantities[0]).toMatchObject({ value: 55000, words: 'over 55k' });
  });

  it('reads at most a bounded number of tokens, however long the paste', () => {
    expect(tokenize('woord '.repeat(5000)).length).toBeLessThanOrEqual(400);
  });
});

describe('periods', () => {
  it('reads years, months, ISO months and short years', () => {
    expect(periods('maart 2025 en 2023')).toMatchObject({ mentions: ['2025-03', '2023'] });
    expect(periods('2025-07')).toMatchObject({ mentions: ['2025-07'] });
    expect(periods("mrt '25")).toMatchObject({ mentions: ['2025-03'] });
  });

  it('reads years written as words, in either language, but not a number of thousands', () => {
    expect(periods('in twenty twenty-two').mentions).toEqual(['2022']);
    expect(periods('two thousand and nineteen').mentions).toEqual(['2019']);
    expect(periods('tweeduizend vierentwintig').mentions).toEqual(['2024']);
    expect(periods('tweeduizendeenentwintig').mentions).toEqual(['2021']);
    expect(periods('sinds twintig tweeëntwintig').range).toEqual(['2022', null]);
    expect(periods('two thousand and five hundred').mentions).toEqual([]);
  });

  it('reads months that spell out the quarter named as that quarter, not as periods of their own', () => {
    expect(periods('eerste kwartaal van 2025 (januari t/m maart)')).toMatchObject({
      mentions: [],
      range: null,
      part: { year: '2025', months: [1, 2, 3] },
    });
    expect(periods('Q4 2025, i.e. October through December').mentions).toEqual([]);
  });

  it('reads two parts of a year set against each other, the year said once holding for both', () => {
    const parts = (q: string) => {
      const p = read(q).periods;
      return [p.part, p.otherPart].map((x) => x && [x.year, x.months.length, x.months[0]]);
    };
    expect(parts('het eerste en tweede kwartaal van 2025')).toEqual([
      ['2025', 3, 1],
      ['2025', 3, 4],
    ]);
    expect(parts('the first half of 2025 compared with the second half')).toEqual([
      ['2025', 6, 1],
      ['2025', 6, 7],
    ]);
    expect(parts('Q1 vs Q3 2025')).toEqual([
      ['2025', 3, 1],
      ['2025', 3, 7],
    ]);
  });

  it('reads relative periods against the reference date', () => {
    expect(periods('vorig jaar', '2025-03-10').mentions).toEqual(['2024']);
    expect(periods('two years back', '2025-03-10').mentions).toEqual(['2023']);
    expect(periods('last month', '2025-01-15').mentions).toEqual(['2024-12']);
    expect(periods('afgelopen drie jaar', '2026-02-15').range).toEqual(['2023', '2025']);
    expect(read('vorig kwartaal', '2025-05-01').periods.part).toMatchObject({
      year: '2025',
      months: [1, 2, 3],
    });
  });

  it('reads spans with both ends, and "sinds" as a span to the latest', () => {
    expect(periods('van december 2024 tot en met december 2025').range).toEqual(['2024-12', '2025-12']);
    expect(periods('2019 through 2022').range).toEqual(['2019', '2022']);
    expect(periods('between 2023 and 2025').range).toEqual(['2023', '2025']);
    expect(periods('sinds 2021').range).toEqual(['2021', null]);
  });

  it('reads quarters and halves as months, and marks periods set against each other', () => {
    expect(read('Q1 2025').periods.part).toMatchObject({ year: '2025', months: [1, 2, 3] });
    expect(read('tweede helft van 2024').periods.part).toMatchObject({
      year: '2024',
      months: [7, 8, 9, 10, 11, 12],
    });
    const vs = read('2024 tegenover 2023').periods;
    expect(vs.versus).toBe(true);
    expect(vs.mentions.map((m) => m.period)).toEqual(['2024', '2023']);
  });

  it('reads "afgelopen december" and "last March" as the latest such month that has ended', () => {
    const period = (q: string, today: string) => read(q, today).periods.mentions.map((m) => m.period);
    expect(period('aanvragen afgelopen december', '2026-03-01')).toEqual(['2025-12']);
    expect(period('aanvragen afgelopen december', '2026-12-03')).toEqual(['2025-12']);
    expect(period('applications last March', '2026-11-22')).toEqual(['2026-03']);
  });

  it('reads Dutch "over 2020" as that year, English "over 2024" as set against it', () => {
    expect(read('het resultaat van de IND over 2020').periods.versus).toBe(false);
    expect(read('naturalisation applications in 2025 over 2024').periods.versus).toBe(true);
  });

  it('leaves a period word it cannot read for the ledger', () => {
    const q = read('naturalisatie Q7 2025');
    expect(unexplainedWords(q, nothingUsed).join(' ')).toContain('Q7');
    expect(q.periods.mentions.map((m) => m.period)).toEqual(['2025']);
  });
});

describe('ages of open cases', () => {
  it.each([
    ['ouder dan 15 maanden', 15, null],
    ['langer dan een jaar', 12, null],
    ['older than half a year', 6, null],
    ['tussen 6 en 15 maanden', 6, 15],
    ['between one and three months', 1, 3],
    ['6-12 months old', 6, 12],
    ['tot 1 maand', 0, 1],
    ['older than 6 months but younger than 15 months', 6, 15],
  ])('reads %s', (text, from, to) => {
    expect(read(text).age).toMatchObject({ from, to });
  });

  it('does not read a duration in weeks as an age', () => {
    expect(read('meer dan 100 weken').age).toBeNull();
  });

  it('reads a case age of 18 months as a case age, not a person', () => {
    const q = read('hoeveel naturalisatiezaken staan ouder dan 18 maanden open');
    expect(q.age).toMatchObject({ from: 18, to: null });
    expect(q.refusals).toEqual([]);
  });

  it.each([
    'the applicants were mostly under 18',
    'de meeste aanvragers waren jonger dan 18 jaar',
    'asielzoekers onder de 18',
  ])("reads a person's age in '%s' as a breakdown the IND does not publish, not a figure", (text) => {
    const q = read(text);
    expect(q.refusals.map((r) => r.value)).toContain('age');
    expect(q.quantities).toEqual([]);
  });

  it('leaves a duration of 18 weeks and a count of 18.000 to the numbers', () => {
    expect(read('de doorlooptijd was onder 18 weken').refusals).toEqual([]);
    const count = read('ruim 18.000 aanvragen');
    expect(count.refusals).toEqual([]);
    expect(count.quantities.map((x) => x.value)).toEqual([18000]);
  });
});

describe('numbers', () => {
  it('reads numbers written as words up to 99, compounds included', () => {
    const q = read('vierentwintig procent en twenty-five percent');
    expect(q.quantities.map((x) => x.value)).toEqual([24, 25]);
  });

  it('reads hedges, scales, units and "per maand"', () => {
    const q = (s: string) =>
      read(s).quantities.map(({ value, hedge, unit, perMonth }) => ({ value, hedge, unit, perMonth }));
    expect(q('ruim 50.000 aanvragen')).toEqual([
      { value: 50000, hedge: 'over', unit: null, perMonth: false },
    ]);
    expect(q('bijna 40 miljoen euro')).toEqual([
      { value: 40e6, hedge: 'nearly', unit: 'eur', perMonth: false },
    ]);
    expect(q("zo'n 2.000 per maand")).toEqual([{ value: 2000, hedge: 'about', unit: null, perMonth: true }]);
    expect(q('22 procentpunt')).toEqual([{ value: 22, hedge: 'exact', unit: 'points', perMonth: false }]);
    expect(q('half a million calls')).toEqual([{ value: 5e5, hedge: 'exact', unit: null, perMonth: false }]);
  });

  it('leaves a number said in words that no answer used unexplained, scale and all', () => {
    const q = read('did the IND handle one million calls in 2019');
    expect(unexplainedWords(q, nothingUsed).join(' ')).toContain('one');
  });

  it('reads shares said as "N op de M" and fractions', () => {
    expect(read('negen op de tien').shares[0]?.percent).toBe(90);
    expect(read('one in five').shares[0]?.percent).toBe(20);
    expect(read('driekwart van de aanvragen').fractions[0]?.value).toBe(75);
  });
});

describe('concepts', () => {
  it('marks what is left out and what is counted in', () => {
    const not = read('court cases not about residence').concepts.find(
      (c) => c.match.key === 'about residence',
    );
    expect(not?.negated).toBe(true);
    const incl = read('staff incl. externals').concepts.find((c) => c.match.key === 'externals');
    expect(incl?.included).toBe(true);
  });

  it('reads compounds and typos, but never turns a real word into a term', () => {
    const keys = (s: string) => read(s).concepts.map((c) => c.match.key);
    expect(keys('naturalisatieaanvragen')).toEqual(['naturalisatie', 'aanvragen']);
    expect(keys('naturalisaite aanvragn')).toEqual(['naturalisatie', 'aanvragen']);
    expect(keys('thinking kantoor')).toEqual([]);
  });

  it('splits a two-letter head off a compound only where the two make a phrase', () => {
    const keys = (s: string) => read(s).concepts.map((c) => c.match.key);
    expect(keys('inbehandeling studie')).toEqual(['in behandeling', 'studie']);
    expect(keys('opbehandeling studie')).toEqual(['studie']);
  });

  it('spells a short word only where the word before it vouches for the correction', () => {
    const q = read('how manny study decisions were made on tme in 2024');
    expect(q.concepts.map((c) => c.match.key)).toContain('on time');
    expect(unexplainedWords(q, nothingUsed)).not.toContain('manny');
    // Alone, the same short words stay what they are: unknown, so unexplained.
    const alone = unexplainedWords(read('tme manny studie 2024'), nothingUsed).join(' ');
    expect(alone).toContain('tme');
    expect(alone).toContain('manny');
  });
});

describe('the ledger', () => {
  it('explains function words, verbs and question words by themselves', () => {
    expect(unexplainedWords(read('Hoeveel waren er in 2024, alstublieft?'), nothingUsed)).toEqual([]);
    expect(unexplainedWords(read('How many were there in 2024, please?'), nothingUsed)).toEqual([]);
  });

  it('leaves content words to the answer, and names the ones nothing explains, as typed', () => {
    expect(unexplainedWords(read('naturalisatieaanvragen in Leiden'), nothingUsed)).toEqual([
      'naturalisatieaanvragen',
      'Leiden',
    ]);
  });
});

describe('language', () => {
  it('reads Dutch and English by the words only one of them has, Dutch on a tie', () => {
    expect(read('Hoeveel aanvragen waren er?').lang).toBe('nl');
    expect(read('How many applications were there?').lang).toBe('en');
    expect(read('2024').lang).toBe('nl');
  });
});
