import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/contract/index.js';
import { ask, engine } from './helpers.js';

/**
 * One test per way the old reading gave a confident wrong number (issue 13), in both languages,
 * with sentences written for these tests. Expected figures are looked up in the dataset, not typed.
 */
const current = (series: string, period: string) => engine.index.value(series, period)?.value;
const only = (a: Answer) => a.facts.map((f) => [f.series, f.period]);
const noFigure = (a: Answer) => {
  expect(a.facts, a.text).toEqual([]);
  expect(['not_found', 'clarification']).toContain(a.kind);
};

describe('1. a qualifier is never dropped', () => {
  it('declines another country, naming it', () => {
    for (const q of [
      'Eerste asielaanvragen in België in 2024',
      'First asylum applications in France in 2023',
    ]) {
      const a = ask(q);
      noFigure(a);
      expect(a.unexplained.join(' '), q).toMatch(/België|France/);
    }
  });

  it('does not answer a count when an average duration is asked of a subject without one', () => {
    noFigure(ask('Gemiddeld aantal weken tot een besluit over naturalisatie in 2024'));
    noFigure(ask('average number of weeks to decide on naturalisation in 2024'));
  });

  it('reads "including externals" as the total, not the externals', () => {
    expect(only(ask('personeel inclusief ingehuurde krachten 2022'))).toEqual([['personeel.totaal', '2022']]);
    expect(only(ask('IND staff in 2023, externals included'))).toEqual([['personeel.totaal', '2023']]);
  });

  it('reads words that only describe a subject beside its name, never alone', () => {
    expect(ask('8 evrm amv aanvragen 2024').facts.map((f) => f.series)).toEqual(['nareis-8evrm.aanvragen']);
    expect(ask('how many unaccompanied minors applied for asylum in 2025?').facts).toEqual([]);
  });

  it('never answers one of two measures named side by side with the other dropped', () => {
    // The target is monthly, the processing time yearly: no common period, so it asks.
    const a = ask('target and processing time of family reunification of refugees 2025');
    expect(a.facts).toEqual([]);
    expect(a.kind).toBe('clarification');
    expect(a.text).toMatch(/target/);
    expect(a.text).toMatch(/processing time/);
    // Both published for one period: both given, in the order asked (nl and en).
    const nl = ask('naturalisatie aanvragen en beslissingen 2024');
    expect(nl.facts.map((f) => [f.series, f.value])).toEqual([
      ['naturalisatie.aanvragen', current('naturalisatie.aanvragen', '2024')],
      ['naturalisatie.beslissingen', current('naturalisatie.beslissingen', '2024')],
    ]);
    const en = ask('Did the IND decide on more study applications than it received in 2024?');
    expect(en.facts.map((f) => f.series)).toEqual(['studie.beslissingen', 'studie.aanvragen']);
    // "beslissingen op aanvragen" still describes one figure.
    expect(ask('beslissingen op studieaanvragen 2024').facts.map((f) => f.series)).toEqual([
      'studie.beslissingen',
    ]);
  });

  it('explains a compound only when every part of it is placed', () => {
    for (const q of ['aantal beslistermijnen studie 2024', 'studie beslistermijn 2023']) {
      const a = ask(q);
      noFigure(a);
      expect(a.unexplained.join(' '), q).toContain('beslistermijn');
    }
    expect(only(ask('studieaanvragen 2023'))).toEqual([['studie.aanvragen', '2023']]);
  });

  it('reads who is asking and why as framing, but never a qualifier inside it', () => {
    expect(only(ask('Ik ben verslaggever. Hoeveel studieaanvragen kwamen er in 2023 binnen?'))).toEqual([
      ['studie.aanvragen', '2023'],
    ]);
    expect(only(ask("I'm a reporter working on a story: how many study applications in 2022?"))).toEqual([
      ['studie.aanvragen', '2022'],
    ]);
    noFigure(ask('Ik schrijf een stuk over mannen: hoeveel studieaanvragen in 2023?'));
    noFigure(ask('For an article on Belgium: how many study applications in 2022?'));
  });

  it('leaves out what the question leaves out', () => {
    expect(only(ask('rechtszaken die niet over verblijf gaan, ontvangen in 2023'))).toEqual([
      ['beroep-overig.ontvangen', '2023'],
    ]);
    expect(only(ask('received court cases excluding residence cases, 2022'))).toEqual([
      ['beroep-overig.ontvangen', '2022'],
    ]);
  });

  it('keeps "second" and "herhaalde" apart from first asylum applications', () => {
    expect(only(ask('herhaalde asielaanvragen 2019'))).toEqual([['asiel-tweede.aanvragen', '2019']]);
    expect(only(ask('2nd asylum applications in 2018'))).toEqual([['asiel-tweede.aanvragen', '2018']]);
  });

  it('gives no euro figure of another kind for a year the finances do not cover', () => {
    noFigure(ask('uitgaven van de IND in 2023'));
    noFigure(ask('What were the IND expenses in 2022?'));
  });
});

describe('2. a period that does not parse never becomes "the latest"', () => {
  it('reads short years where nothing else explains them', () => {
    expect(only(ask("k&t besluiten '23"))).toEqual([['kennis-talent.beslissingen', '2023']]);
    expect(only(ask('klachten 24'))).toEqual([['klachten.ontvangen', '2024']]);
    expect(only(ask('complaints 21'))).toEqual([['klachten.ontvangen', '2021']]);
  });

  it('asks back about a period word it cannot read', () => {
    for (const q of [
      'naturalisatie in Q7 2025',
      'naturalisation applications in the fifth quarter of 2024',
    ]) {
      const a = ask(q);
      noFigure(a);
      expect(a.unexplained.length, q).toBeGreaterThan(0);
    }
  });
});

describe('3. measure words are read as what they say', () => {
  it('reads waiting without a duration as the open cases, never as decisions', () => {
    expect(only(ask('hoeveel mensen wachtten eind 2024 op een besluit over studie'))).toEqual([
      ['studie.in-behandeling', '2024'],
    ]);
    expect(only(ask('how many people waited for a study decision at the end of 2023'))).toEqual([
      ['studie.in-behandeling', '2023'],
    ]);
  });

  it('reads words for open cases as the backlog', () => {
    expect(only(ask('hoeveel studieaanvragen zijn er eind 2023 nog niet beslist'))).toEqual([
      ['studie.in-behandeling', '2023'],
    ]);
    expect(only(ask('naturalisation applications still being processed at the end of 2022'))).toEqual([
      ['naturalisatie.in-behandeling', '2022'],
    ]);
  });

  it('reads "ingediend" and "submitted" as applications', () => {
    expect(only(ask('Hoeveel naturalisatieverzoeken werden in 2021 ingediend?'))).toEqual([
      ['naturalisatie.aanvragen', '2021'],
    ]);
    expect(only(ask('how many naturalisation applications were submitted in 2022'))).toEqual([
      ['naturalisatie.aanvragen', '2022'],
    ]);
  });

  it('answers a share asked as a percentage, never a count', () => {
    expect(ask('welk deel van de naturalisatieaanvragen werd in 2022 ingewilligd').facts[0]).toMatchObject({
      unit: 'percent',
    });
    expect(ask('what % of study applications was decided in time in 2023').facts[0]).toMatchObject({
      series: 'studie.tijdigheid',
      unit: 'percent',
    });
  });
});

describe('4. the age of open cases', () => {
  it('reads ages written in words', () => {
    expect(only(ask('naturalisatieaanvragen die in juni 2025 langer dan een jaar openstonden'))).toEqual([
      ['naturalisatie.open-boven-12m', '2025-06'],
    ]);
    expect(only(ask('study cases pending between one and three months in April 2025'))).toEqual([
      ['studie.open-1-3m', '2025-04'],
    ]);
  });

  it('reads "older than 6 but younger than 15 months" as that bucket, and never as a comparison', () => {
    const a = ask('track 4 cases older than 6 months but younger than 15 months in May 2025');
    expect(a.kind).toBe('value');
    expect(only(a)).toEqual([['spoor-4.open-6-15m', '2025-05']]);
    expect(ask('spoor 4 zaken ouder dan 15 maanden in oktober 2025').kind).toBe('value');
  });

  it('says which buckets exist when the asked one does not', () => {
    const a = ask('naturalisatiezaken ouder dan 15 maanden in maart 2025');
    noFigure(a);
    expect(a.text).toContain('12 maanden');
  });
});

describe('5. relative periods in comparisons', () => {
  it('anchors "sinds vorig jaar" and "this year against last year" to the reference date', () => {
    const since = ask('Zijn de klachten sinds vorig jaar afgenomen?', { today: '2025-12-31' });
    expect(since.facts.map((f) => f.period)).toEqual(['2024', '2025']);
    const vs = ask('first asylum applications: this year against last year', { today: '2025-06-30' });
    expect(vs.facts.map((f) => f.period)).toEqual(['2024', '2025']);
  });

  it('reads "the same month a year earlier" from the month named before it', () => {
    const periods = (q: string) => ask(q, { today: '2026-01-20' }).facts.map((f) => f.period);
    expect(periods('study applications last month compared with the same month a year earlier')).toEqual([
      '2024-12',
      '2025-12',
    ]);
    expect(periods('studieaanvragen vorige maand tegenover dezelfde maand een jaar eerder')).toEqual([
      '2024-12',
      '2025-12',
    ]);
  });

  it('reads "two years back" and "twee jaar terug"', () => {
    expect(only(ask('study applications two years back', { today: '2025-03-01' }))).toEqual([
      ['studie.aanvragen', '2023'],
    ]);
    expect(only(ask('studieaanvragen twee jaar terug', { today: '2026-02-01' }))).toEqual([
      ['studie.aanvragen', '2024'],
    ]);
  });
});

describe('6. both ends of a range', () => {
  it('gives the months of a quarter when asked per month, and their sum otherwise', () => {
    const perMonth = ask('studieaanvragen per maand in het laatste kwartaal van 2025');
    expect(perMonth.kind).toBe('series');
    expect(perMonth.facts.map((f) => f.period)).toEqual(['2025-10', '2025-11', '2025-12']);
    const each = ask('study applications in Q4 2025, month by month');
    expect(each.facts.map((f) => f.period)).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(ask('studieaanvragen in het vierde kwartaal van 2025').kind).toBe('value');
  });

  it('reads "(maandcijfers)" and "monthly figures" as figures per month, not one edition', () => {
    expect(only(ask('studieaanvragen januari 2025 tegenover maart 2025 (maandcijfers)'))).toEqual([
      ['studie.aanvragen', '2025-01'],
      ['studie.aanvragen', '2025-03'],
    ]);
    expect(only(ask('study applications in March 2025, monthly figures'))).toEqual([
      ['studie.aanvragen', '2025-03'],
    ]);
  });

  it('reads a year before "percentage" as the year', () => {
    expect(only(ask('inwilligingen studie 2023 percentage'))).toEqual([['studie.inwilligingen', '2023']]);
  });

  it('includes the first month of a month range', () => {
    const a = ask('openstaande zaken spoor 1 van december 2024 tot en met juni 2025');
    expect(a.facts[0]).toMatchObject({ period: '2024-12' });
    expect(a.facts.at(-1)).toMatchObject({ period: '2025-06' });
    expect(a.facts).toHaveLength(7);
  });

  it('answers "per year, A through B" with every year', () => {
    const a = ask('complaints per year, 2019 through 2022');
    expect(a.kind).toBe('series');
    expect(a.facts.map((f) => f.period)).toEqual(['2019', '2020', '2021', '2022']);
  });
});

describe('7. "report X said A: what is it now?" gets the current figure', () => {
  it('gives both figures when both are asked: what was printed, and what it is now (nl and en)', () => {
    const printedIn = (series: string, period: string, pub: string) =>
      engine.index.revisions(series, period).find((o) => o.publication === pub)?.value;
    for (const q of [
      'Welk aantal aanvragen kennis en talent voor 2022 noemden de Jaarcijfers 2023, en wat is het nu?',
      'What did the Jaarcijfers 2023 report for knowledge and talent applications in 2022, and what is the latest figure?',
    ]) {
      const a = ask(q);
      expect(
        a.facts.map((f) => f.value),
        q,
      ).toEqual([
        current('kennis-talent.aanvragen', '2022'),
        printedIn('kennis-talent.aanvragen', '2022', 'jaarcijfers-2023'),
      ]);
      expect(new Set(a.facts.map((f) => f.source)).size).toBe(2);
    }
  });

  it('answers with the current figure and names the older printing', () => {
    const nl = ask(
      'In de Jaarcijfers 2023 stond 7.270 Dublinaanvragen voor 2023. Wat is het huidige cijfer?',
    );
    expect(nl.facts).toEqual([
      expect.objectContaining({
        series: 'spoor-1.aanvragen',
        period: '2023',
        value: current('spoor-1.aanvragen', '2023'),
      }),
    ]);
    expect(nl.text).toContain('7.270');
    const en = ask(
      'The annual figures 2023 gave 41,820 family applications for 2023; what is the figure now?',
    );
    expect(en.facts[0]).toMatchObject({ value: current('familie-gezin.aanvragen', '2023') });
  });
});

describe('8. claims read whole', () => {
  it('checks a declarative sentence without "klopt het"', () => {
    expect(ask('In 2025 vroegen meer dan 50.000 mensen naturalisatie aan.').kind).toBe('claim');
    expect(ask('The IND took fewer than 50,000 naturalisation decisions in 2025.').kind).toBe('claim');
  });

  it('reads shares said as proportions', () => {
    expect(ask('Negen op de tien gezinsaanvragen werden in 2024 ingewilligd.').verdict).toBe('true');
    expect(ask('Negen op de tien naturalisatieaanvragen werden in 2024 ingewilligd.').verdict).toBe('false');
    expect(ask('Only one in five study applications was approved in 2024.').verdict).toBe('false');
    expect(ask('In 2025 werd meer dan de helft van de besluiten in spoor 4 op tijd genomen.').verdict).toBe(
      'false',
    );
  });

  it('reads point changes and multiples over spans', () => {
    expect(ask('In spoor 4 daalde het inwilligingspercentage in 2025 met 22 procentpunt.').verdict).toBe(
      'true',
    );
    expect(ask('Penalty payments more than doubled since 2024.').verdict).toBe('true');
    // A factor of 7 is far from "tripled": the wording understates it too much to hold.
    expect(ask('Sinds 2023 zijn de betaalde dwangsommen verdrievoudigd.').verdict).toBe('false');
    // A word for a multiple it does not know: no verdict, no figure.
    expect(ask('De dwangsommen zijn in twee jaar verzevenvoudigd.').facts).toEqual([]);
  });

  it('reads a record within a year', () => {
    const a = ask(
      'In September 2025 the IND took more naturalisation decisions than in any other month of that year.',
    );
    expect(a.verdict).toBe('true');
    expect(a.facts.map((f) => f.period)).toContain('2025-06');
  });

  it('checks two categories against each other, not one category in two years', () => {
    const a = ask('In 2024 kwamen er meer aanvragen voor studie binnen dan voor kennis en talent.');
    expect(a.kind).toBe('claim');
    expect(new Set(a.facts.map((f) => f.series))).toEqual(
      new Set(['studie.aanvragen', 'kennis-talent.aanvragen']),
    );
    expect(new Set(a.facts.map((f) => f.period))).toEqual(new Set(['2024']));
  });

  it('asks back about a claim with a word it cannot place, saying what it read, never a verdict', () => {
    const a = ask('De meeste studenten die in 2024 een vergunning kregen, studeren techniek.');
    expect(a).toMatchObject({ kind: 'clarification', facts: [] });
    expect(a.verdict).toBeUndefined();
    expect(a.unexplained.join(' ')).toContain('techniek');
  });

  it('says what is published rather than judge a claim whose measure the subject lacks', () => {
    // Study has no processing time: the reading may have failed as much as the data.
    for (const claim of [
      'De doorlooptijd van studieaanvragen was in 2024 ruim 10 weken.',
      'Study applications took more than 10 weeks to decide in 2024.',
    ]) {
      const a = ask(claim);
      expect(a.verdict, claim).toBeUndefined();
      expect(a.facts).toEqual([]);
      expect(['not_found', 'clarification']).toContain(a.kind);
    }
    // A subject with nothing for the year claimed is the data's limit: unverifiable.
    expect(ask('The IND budget rose to 700 million euros in 2023.').verdict).toBe('unverifiable');
  });

  it('reads a loss said in words as a negative figure', () => {
    const loss = ask('In 2020 the IND ran a deficit of about 48 million euros.');
    expect(loss).toMatchObject({ kind: 'claim', verdict: 'true' });
    expect(ask('De IND had in 2020 een resultaat van 48 miljoen euro.').verdict).toBe('false');
  });
});

describe('a cause is not a figure', () => {
  it('declines "why" questions, naming the word, instead of giving the change (nl and en)', () => {
    for (const [q, word] of [
      ['Waarom daalde het aantal studieaanvragen in 2020?', 'Waarom'],
      ['Why did naturalisation applications rise in 2024?', 'Why'],
      ['Hoe komt het dat er in 2025 minder eerste asielaanvragen waren?', 'Hoe komt het dat'],
    ] as const) {
      const a = ask(q);
      noFigure(a);
      expect(a.unexplained, q).toEqual([word]);
    }
  });

  it('calls a claim about a cause unverifiable, with no figures', () => {
    for (const q of [
      'Als gevolg van de coronamaatregelen daalde het aantal studieaanvragen in 2020.',
      'The rise in naturalisation applications in 2024 was driven by the new rules.',
    ]) {
      const a = ask(q);
      expect(a, q).toMatchObject({ kind: 'claim', verdict: 'unverifiable' });
      expect(a.facts, q).toEqual([]);
    }
  });
});

describe('a unit names no figure', () => {
  it('never checks an amount in euros against the one series counted in euros (nl and en)', () => {
    for (const q of [
      'De IND gaf in 2025 meer dan 500 miljoen euro uit.',
      'In 2024 the IND spent over 500 million euros.',
    ]) {
      const a = ask(q);
      expect(
        a.facts.map((f) => f.series),
        q,
      ).not.toContain('dwangsommen.bedrag');
      expect(a.verdict ?? 'unverifiable', q).toBe('unverifiable');
    }
  });

  it('accepts the unit the figure is given in ("in miljoen euro", "in fte")', () => {
    expect(only(ask('dwangsommen 2024 in miljoen euro'))).toEqual([['dwangsommen.bedrag', '2024']]);
    expect(only(ask('total staff 2024 in fte'))).toEqual([['personeel.totaal', '2024']]);
  });
});
