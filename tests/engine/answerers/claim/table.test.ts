import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../../../src/contract/answer.js';
import { ask } from '../../helpers.js';

/**
 * Claims written from the dataset, each with the verdict a careful fact-checker gives and the
 * figures it must rest on ([period, value]). Unverifiable claims must carry no figures at all.
 */
type Row = [
  claim: string,
  verdict: 'true' | 'roughly' | 'false' | 'unverifiable',
  facts?: [string, number][],
];

const TRUE: Row[] = [
  // The year before "van X naar Y" is the change's: X is the year before.
  [
    'Het inwilligingspercentage in spoor 4 daalde in 2025 van 58% naar 36%.',
    'true',
    [
      ['2024', 58],
      ['2025', 36],
    ],
  ],
  [
    'In 2025 the track 4 approval rate fell from 58% to 36%.',
    'true',
    [
      ['2024', 58],
      ['2025', 36],
    ],
  ],
  ['Ongeveer 33.500 aanvragen kennis en talent in 2022, meldt de IND.', 'true', [['2022', 33020]]],
  ['Kennis en talent in 2022: 33.020 aanvragen.', 'true', [['2022', 33020]]],
  [
    // One level said of two years holds for both.
    'Net als in 2021 lag het inwilligingspercentage voor kennis en talent in 2022 boven de 90 procent.',
    'true',
    [
      ['2021', 94],
      ['2022', 94],
    ],
  ],
  [
    'Kennis & Talent kreeg in 2022 meer aanvragen dan in 2023.',
    'true',
    [
      ['2022', 33020],
      ['2023', 25870],
    ],
  ],
  [
    'There were fewer study applications in 2020 than in 2019.',
    'true',
    [
      ['2020', 12310],
      ['2019', 20430],
    ],
  ],
  [
    'Het inwilligingspercentage bij kennis en talent lag in 2021 8 procentpunt hoger dan in 2025.',
    'true',
    [
      ['2021', 94],
      ['2025', 86],
    ],
  ],
  [
    // 23.780 is "meer dan 20.000": no rounder number lies nearer.
    'Het aantal naturalisatiebeslissingen nam in 2020 met meer dan 20.000 toe.',
    'true',
    [
      ['2019', 27090],
      ['2020', 50870],
    ],
  ],
  [
    'Ruim de helft van de openstaande eerste asielaanvragen was in december 2025 ouder dan 15 maanden.',
    'true',
    [
      ['2025-12', 25390],
      ['2025-12', 48850],
    ],
  ],
  ['In 2024 kwamen er ruim 50.000 naturalisatieaanvragen binnen.', 'true', [['2024', 54780]]],
  [
    'Het aantal naturalisatieaanvragen steeg in 2024 met een kwart.',
    'true',
    [
      ['2023', 43930],
      ['2024', 54780],
    ],
  ],
  ['De IND ontving in 2025 24.070 eerste asielaanvragen.', 'true', [['2025', 24070]]],
  ['The IND received 24,070 first asylum applications in 2025.', 'true', [['2025', 24070]]],
  ['Open cases in track 4 reached 51,790 at the end of 2025.', 'true', [['2025', 51790]]],
  ['Klopt het dat de doorlooptijd bij nareis 8 EVRM in 2025 97 weken was?', 'true', [['2025', 97]]],
  ['In 2025 stonden er bijna 52.000 asielzaken in spoor 4 open.', 'true', [['2025', 51790]]],
  ['De IND betaalde in 2025 79 miljoen euro aan dwangsommen.', 'true', [['2025', 79000000]]],
  [
    'Penalty payments more than doubled in 2025.',
    'true',
    [
      ['2024', 36800000],
      ['2025', 79000000],
    ],
  ],
  [
    'Het aantal ingebrekestellingen steeg in 2025 met ruim een kwart.',
    'true',
    [
      ['2024', 29840],
      ['2025', 37500],
    ],
  ],
  [
    'Naturalisation decisions fell by about 9 percent in 2025.',
    'true',
    [
      ['2024', 55640],
      ['2025', 50730],
    ],
  ],
  [
    'Het inwilligingspercentage in spoor 4 daalde in 2025 naar 36 procent.',
    'true',
    [
      ['2025', 36],
      ['2024', 58],
    ],
  ],
  ['In 2025 werd 34 procent van de beslissingen in spoor 4 op tijd genomen.', 'true', [['2025', 34]]],
  ['Around 21,500 study applications were lodged in 2025.', 'true', [['2025', 21540]]],
  [
    'Klopt het dat het aantal aanvragen van arbeidsmigranten in 2025 licht daalde?',
    'true',
    [
      ['2025', 6730],
      ['2024', 6840],
    ],
  ],
  [
    'Het aantal eerste asielaanvragen was in 2023 het hoogste sinds 2018.',
    'true',
    [
      ['2023', 38380],
      ['2022', 35540],
    ],
  ],
  [
    'Complaints fell in 2025 to 3,750.',
    'true',
    [
      ['2025', 3750],
      ['2024', 3920],
    ],
  ],
  ['De IND had eind 2025 zo’n 17.600 naturalisatieaanvragen in behandeling.', 'true', [['2025', 17600]]],
  [
    'Externe inhuur bij de IND daalde in 2025 naar 774 fte.',
    'true',
    [
      ['2025', 774],
      ['2024', 1022],
    ],
  ],
  [
    'Naturalisation applications were 5.5% lower in 2025 than in 2024.',
    'true',
    [
      ['2025', 51760],
      ['2024', 54780],
    ],
  ],
  [
    'Knowledge and talent decisions nearly halved between 2022 and 2025.',
    'true',
    [
      ['2022', 32980],
      ['2025', 18960],
    ],
  ],
  [
    'In 2025 track 2 applications fell by half.',
    'true',
    [
      ['2024', 970],
      ['2025', 440],
    ],
  ],
  ['In de eerste helft van 2025 kwamen er bijna 10.000 eerste asielaanvragen binnen.', 'true'],
  ['Fact-check: Syrians were the largest group of naturalisation applicants in 2025.', 'true'],
  [
    'Het aantal bezwaarzaken in behandeling daalde in 2025 met een kwart.',
    'true',
    [
      ['2024', 19230],
      ['2025', 14600],
    ],
  ],
  [
    'In 2025 handelde de IND 96.860 beroepszaken over verblijf af, meer dan in elk ander jaar sinds 2018.',
    'true',
    [
      ['2025', 96860],
      ['2024', 67650],
    ],
  ],
  [
    'Family reunification arrivals (MVV) rose to 16,500 in 2025.',
    'true',
    [
      ['2025', 16500],
      ['2024', 11880],
    ],
  ],
  [
    'Met 24.070 eerste asielaanvragen was 2025 het rustigste jaar sinds 2020.',
    'true',
    [
      ['2025', 24070],
      ['2021', 24690],
    ],
  ],
  [
    'Knowledge migrants: applications dropped for the third consecutive year in 2025.',
    'true',
    [
      ['2022', 33020],
      ['2025', 19490],
    ],
  ],
  [
    'In 2024 the IND paid 36.8 million euros in penalty payments, more than three times as much as in 2023.',
    'true',
    [
      ['2024', 36800000],
      ['2023', 11300000],
    ],
  ],
  [
    'Het aantal eerste asielaanvragen in 2025 was het laagste in vijf jaar.',
    'true',
    [
      ['2025', 24070],
      ['2021', 24690],
    ],
  ],
  [
    'In 2025 lagen er 17.600 naturalisatieaanvragen op de plank, ruim 1.000 meer dan een jaar eerder.',
    'true',
    [
      ['2025', 17600],
      ['2024', 16590],
    ],
  ],
  ['Het aantal eerste asielaanvragen piekte in september 2025 met 2.700.', 'true', [['2025-09', 2700]]],
];

const ROUGHLY: Row[] = [
  // "About" and "nearly" buy less than a rounding step: four percent off is near, not right.
  ['Around 34,500 knowledge and talent applications came in during 2022.', 'roughly', [['2022', 33020]]],
  ['In 2022 vroegen bijna 34.500 kennismigranten een verblijfsvergunning aan.', 'roughly', [['2022', 33020]]],
  // The figure as counted before a definition change: right by the old count, not false.
  ['In 2023 the IND counted 493,782 customer contacts at its desks.', 'roughly', [['2023', 563540]]],
  [
    'Zo’n 55 procent van de openstaande eerste asielaanvragen was eind 2025 ouder dan 15 maanden.',
    'roughly',
    [
      ['2025-12', 25390],
      ['2025-12', 48850],
    ],
  ],
  ['De IND ontving in 2025 26.000 eerste asielaanvragen.', 'roughly', [['2025', 24070]]],
  ['Naturalisation applications came to 60,000 in 2024.', 'roughly', [['2024', 54780]]],
  ['In 2025 the approval rate in track 4 was 40%.', 'roughly', [['2025', 36]]],
  ['In 2025 kwamen er zo’n 26.000 eerste asielaanvragen binnen.', 'roughly', [['2025', 24070]]],
  ['In 2024 kwamen er bijna 60.000 naturalisatieaanvragen binnen.', 'roughly', [['2024', 54780]]],
  [
    'The IND received more than 40,000 family and partner applications in 2024.',
    'roughly',
    [['2024', 38670]],
  ],
  [
    'Het aantal naturalisatieaanvragen steeg in 2024 met 30 procent.',
    'roughly',
    [
      ['2023', 43930],
      ['2024', 54780],
    ],
  ],
  ['In 2023 kwamen er 42.000 aanvragen in spoor 4 binnen.', 'roughly', [['2023', 42500]]],
  ['The IND received nearly 7,500 labour migration applications in 2025.', 'roughly', [['2025', 6730]]],
  ['In 2025 werd zo’n 80 procent van de aanvragen familie en gezin ingewilligd.', 'roughly', [['2025', 85]]],
  [
    'Het aantal bezwaarzaken in behandeling daalde in 2025 met een derde.',
    'roughly',
    [
      ['2024', 19230],
      ['2025', 14600],
    ],
  ],
  [
    'Decisions on knowledge and talent applications doubled between 2020 and 2022.',
    'roughly',
    [
      ['2020', 13760],
      ['2022', 32980],
    ],
  ],
  [
    'Klopt dit? "In 2025 nam de IND 50.000 beslissingen op naturalisatieverzoeken."',
    'roughly',
    [['2025', 50730]],
  ],
  ['The IND paid out about 40 million euros in penalty payments in 2024.', 'roughly', [['2024', 36800000]]],
];

const FALSE: Row[] = [
  [
    // True of 2023, not of 2025: the second year is checked too.
    'In 2023 and 2025 the knowledge and talent approval rate was above 90 percent.',
    'false',
    [
      ['2023', 91],
      ['2025', 86],
    ],
  ],
  // A share four points under its bound is on the wrong side, not "roughly".
  [
    'Het inwilligingspercentage voor kennis en talent lag in 2025 boven de 90 procent.',
    'false',
    [['2025', 86]],
  ],
  [
    // A separated verb: "nam ... toe" says it rose.
    'Het aantal studieaanvragen nam in 2020 toe.',
    'false',
    [
      ['2019', 20430],
      ['2020', 12310],
    ],
  ],
  [
    'Naturalisation applications rose in 2025.',
    'false',
    [
      ['2024', 54780],
      ['2025', 51760],
    ],
  ],
  [
    'In 2025 kwamen er meer eerste asielaanvragen binnen dan in 2024.',
    'false',
    [
      ['2024', 32180],
      ['2025', 24070],
    ],
  ],
  ['De IND ontving in 2025 32.180 eerste asielaanvragen.', 'false', [['2025', 24070]]],
  [
    'Het aantal aanvragen in spoor 1 verdubbelde in 2025.',
    'false',
    [
      ['2024', 5110],
      ['2025', 5280],
    ],
  ],
  [
    'In 2024 werd het hoogste aantal aanvragen kennis en talent sinds 2018 geregistreerd.',
    'false',
    [
      ['2024', 21730],
      ['2022', 33020],
    ],
  ],
  [
    'The number of pending MVV family reunification cases grew further in 2025.',
    'false',
    [
      ['2024', 42590],
      ['2025', 30410],
    ],
  ],
  [
    'Het aantal klachten steeg in 2025 licht.',
    'false',
    [
      ['2024', 3920],
      ['2025', 3750],
    ],
  ],
  [
    'Knowledge and talent applications tripled between 2020 and 2022.',
    'false',
    [
      ['2020', 13710],
      ['2022', 33020],
    ],
  ],
  ['De IND ontving in 2025 minder dan 45.000 naturalisatieaanvragen.', 'false', [['2025', 51760]]],
  ['Klopt het dat er eind 2023 4.030 Dublinzaken openstonden?', 'false', [['2023', 1880]]],
  [
    'Het aantal aanvragen van arbeidsmigranten steeg in 2025.',
    'false',
    [
      ['2024', 6840],
      ['2025', 6730],
    ],
  ],
  [
    'Penalty payments halved in 2024.',
    'false',
    [
      ['2023', 11300000],
      ['2024', 36800000],
    ],
  ],
  [
    'First asylum applications halved between 2023 and 2025.',
    'false',
    [
      ['2023', 38380],
      ['2025', 24070],
    ],
  ],
  [
    'Het aantal naturalisatieaanvragen steeg in 2024 met de helft.',
    'false',
    [
      ['2023', 43930],
      ['2024', 54780],
    ],
  ],
  ['Studieaanvragen bereikten in 2025 het laagste niveau sinds 2020.', 'false', [['2025', 21540]]],
  ['Fact-check: Indians were the largest group of study applicants in 2025.', 'false'],
  [
    'De personele bezetting van de IND groeide in 2025 met 10 procent.',
    'false',
    [
      ['2024', 6438],
      ['2025', 6477],
    ],
  ],
  [
    'The IND received fewer naturalisation applications in 2025 than in any year since 2021.',
    'false',
    [
      ['2025', 51760],
      ['2023', 43930],
    ],
  ],
  ['Bijna de helft van alle beslissingen in spoor 4 was in 2025 een inwilliging.', 'false', [['2025', 36]]],
  ['In 2025 nam de IND 55.640 beslissingen op naturalisatieaanvragen.', 'false', [['2025', 50730]]],
  ['The IND received two million naturalisation applications in 2024.', 'false', [['2024', 54780]]],
  ['In 2024 lag het inwilligingspercentage in spoor 4 op 50 procent.', 'false', [['2024', 58]]],
];

const UNVERIFIABLE: Row[] = [
  ['Most first asylum applicants in 2025 were younger than 18.', 'unverifiable'],
  ['De meeste asielzoekers waren in 2025 onder de 18.', 'unverifiable'],
  ['In 2026 kwamen er meer dan 20.000 eerste asielaanvragen binnen.', 'unverifiable'],
  ['Asylum applications rose again in the first quarter of 2024.', 'unverifiable'],
  ['Meer dan de helft van de kennismigranten komt uit India.', 'unverifiable'],
  ['Mannen dienden in 2025 de meeste naturalisatieaanvragen in.', 'unverifiable'],
  ['In Rotterdam kwamen in 2024 ruim 5.000 asielzoekers aan.', 'unverifiable'],
  ['Family and partner applications reached a record high in 2022.', 'unverifiable'],
  ['Klopt het dat de IND in 2019 het hoogste aantal bezwaarzaken ooit ontving?', 'unverifiable'],
  ['Een kwart van de eerste asielaanvragen in 2025 kwam van minderjarigen.', 'unverifiable'],
  ['Is it true that most first asylum applicants in 2025 were Syrian?', 'unverifiable'],
  ['Fact-check: women made up the majority of knowledge migrants in 2024.', 'unverifiable'],
  ['Klopt het dat er in 2017 ruim 30.000 naturalisatieaanvragen waren?', 'unverifiable'],
  ['Naturalisation applications in 2021 hit a record 59,680.', 'unverifiable'],
  // "Never before" reaches before 2018, where the publications do not.
  ['Nooit eerder waren er zoveel naturalisatieaanvragen als in 2021.', 'unverifiable'],
  ['Never have there been so few study applications as in 2020.', 'unverifiable'],
];

const RECORDS: Row[] = [
  [
    // The year named is the one claimed; the range is what it beats, later years included.
    'Tussen 2018 en 2025 was 2021 het jaar met de meeste naturalisatieaanvragen.',
    'true',
    [
      ['2021', 59680],
      ['2024', 54780],
    ],
  ],
  [
    'Between 2018 and 2025, 2024 was the year with the most naturalisation applications.',
    'false',
    [
      ['2024', 54780],
      ['2021', 59680],
    ],
  ],
  [
    'Het aantal studieaanvragen is sinds 2023 elk jaar gedaald.',
    'true',
    [
      ['2023', 23170],
      ['2024', 22040],
      ['2025', 21540],
    ],
  ],
  [
    // 2023 fell: not every year a rise.
    'Naturalisation applications have risen every year since 2022.',
    'false',
    [
      ['2022', 45060],
      ['2023', 43930],
    ],
  ],
  [
    'Klopt het dat er in 2025 meer studieaanvragen waren dan ooit?',
    'false',
    [
      ['2025', 21540],
      ['2023', 23170],
    ],
  ],
  [
    'The IND decided more naturalisation cases in 2023 than ever before.',
    'false',
    [
      ['2023', 53590],
      ['2021', 55930],
    ],
  ],
  // Higher than every published year, but the publications start in 2018.
  ['Naturalisation applications in 2019 were higher than ever before.', 'unverifiable'],
  ['De IND voorspelt voor 2027 meer dan 60.000 naturalisatieaanvragen.', 'unverifiable'],
  ['The IND will decide fewer than 40,000 naturalisation cases in 2027.', 'unverifiable'],
  ['Germany received more asylum applications than the Netherlands in 2024.', 'unverifiable'],
];

// Two measures of one subject set against each other, each side in the period said on its side.
const TWO_MEASURES: Row[] = [
  [
    'In 2024 nam de IND meer naturalisatiebesluiten dan er aanvragen binnenkwamen.',
    'true',
    [
      ['2024', 55640],
      ['2024', 54780],
    ],
  ],
  [
    'In 2023 there were more naturalisation applications than decisions.',
    'false',
    [
      ['2023', 43930],
      ['2023', 53590],
    ],
  ],
  [
    'In 2023 nam de IND ruim anderhalf keer zoveel naturalisatiebesluiten als er aanvragen binnenkwamen.',
    'false',
    [
      ['2023', 53590],
      ['2023', 43930],
    ],
  ],
  [
    'The IND made 1.2 times as many naturalisation decisions in 2023 as it received applications in 2022.',
    'true',
    [
      ['2023', 53590],
      ['2022', 45060],
    ],
  ],
  // Two parts of a year: the one claimed against the other, not against the year before.
  [
    'In het tweede kwartaal van 2025 kwamen er minder naturalisatieaanvragen binnen dan in het eerste kwartaal.',
    'true',
    [
      ['2025-01', 4880],
      ['2025-04', 4520],
    ],
  ],
  [
    "Het aantal eerste asielaanvragen steeg van het eerste naar het tweede halfjaar van 2025 met zo'n 45 procent.",
    'true',
    [
      ['2025-01', 1650],
      ['2025-12', 2570],
    ],
  ],
  ['First asylum applications fell from Q1 to Q2 2025.', 'false', [['2025-06', 1980]]],
  // Permits granted are published as a rate: two rates cannot say who got more permits.
  ['More students than knowledge migrants were granted a permit in 2025.', 'unverifiable'],
  ['In 2025 kregen studenten meer vergunningen dan kennismigranten.', 'unverifiable'],
];

const rows = [...RECORDS, ...TRUE, ...ROUGHLY, ...FALSE, ...UNVERIFIABLE, ...TWO_MEASURES];

describe('claims, table-driven', () => {
  it('covers at least 60 claims of every verdict', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    for (const v of ['true', 'roughly', 'false', 'unverifiable'])
      expect(rows.filter((r) => r[1] === v).length).toBeGreaterThanOrEqual(10);
  });

  it.each(rows)('%s -> %s', (claim, verdict, facts) => {
    const a = ask(claim);
    expect(AnswerSchema.parse(a).kind).toBe('claim');
    expect(a.verdict, a.text).toBe(verdict);
    if (verdict === 'unverifiable') expect(a.facts).toEqual([]);
    else expect(a.facts.length).toBeGreaterThan(0);
    for (const [period, value] of facts ?? [])
      expect(
        a.facts.map((f) => [f.period, f.value]),
        a.text,
      ).toContainEqual([period, value]);
  });
});
