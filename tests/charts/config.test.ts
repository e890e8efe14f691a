import type { ChartConfiguration } from 'chart.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_PALETTE,
  buildChartConfig,
  CHART_SIZES,
  chartedFacts,
  PALETTE,
} from '../../src/charts/config.js';
import { INK } from '../../src/charts/palette.js';
import type { Answer } from '../../src/contract/answer.js';
import { FIXTURES } from '../fixtures/answers.js';
import { chartAnswers } from './dataset-answers.js';
import { answer, fact, years } from './helpers.js';
import { compareWithFacts, plotted } from './plotted.js';

const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const ageBacklog = (language: Answer['language']) => {
  const buckets = [
    ['spoor-4.open-boven-15m', 'Spoor 4 · openstaand, ouder dan 15 maanden'],
    ['spoor-4.open-tot-1m', 'Spoor 4 · openstaand, tot 1 maanden'],
    ['spoor-4.open-6-15m', 'Spoor 4 · openstaand, 6-15 maanden oud'],
    ['spoor-4.open-1-6m', 'Spoor 4 · openstaand, 1-6 maanden oud'],
  ] as const;
  return answer({
    language,
    facts: buckets.flatMap(([id, label], b) =>
      months.map((m, i) => fact(id, label, `2025-${m}`, 1000 * (b + 1) + i)),
    ),
    sources: ['Maandcijfers IND december 2025'],
  });
};

/** The options this module writes, as a test reads them back. */
interface Written {
  locale: string;
  plugins: {
    title: { text: string | string[] };
    subtitle: { text: string | string[]; position: string };
    legend?: { display?: boolean };
  };
  scales: {
    x?: { stacked?: boolean };
    y: { beginAtZero?: boolean; stacked?: boolean; ticks?: { format: object }; title?: object };
  };
}
const options = (c: ChartConfiguration) => c.options as unknown as Written;

describe('buildChartConfig', () => {
  it('draws a monthly series as one line with every month as a category', () => {
    const a = FIXTURES.monthlySeriesAnswer;
    const c = buildChartConfig(a)!;
    expect(c.type).toBe('line');
    expect(c.data.labels).toHaveLength(12);
    expect(c.data.labels?.[0]).toEqual(['jan', '2025']);
    expect(c.data.labels?.[1]).toBe('feb');
    expect(c.data.datasets).toHaveLength(1);
    expect(c.data.datasets[0]!.data).toEqual(a.facts.map((f) => f.value));
    expect(c.data.datasets[0]!.borderColor).toBe(PALETTE[0]);
  });

  it('titles the chart with the series and its period range, and credits the source underneath', () => {
    const nl = options(buildChartConfig(FIXTURES.monthlySeriesAnswer)!);
    expect(nl.plugins.title.text).toBe('Naturalisatie · in behandeling, jan 2025-dec 2025');
    expect(nl.plugins.subtitle).toMatchObject({
      text: 'Bron: Maandcijfers IND december 2025',
      position: 'bottom',
    });
    const en = options(buildChartConfig(FIXTURES.comparisonAnswer)!);
    expect(en.plugins.title.text).toBe('Naturalisation · decisions, 2023 and 2024');
    expect(en.plugins.subtitle.text).toBe('Source: IND Jaarcijfers 2025');
  });

  it('formats axes in the language of the question', () => {
    expect(options(buildChartConfig(FIXTURES.monthlySeriesAnswer)!).locale).toBe('nl-NL');
    expect(options(buildChartConfig(FIXTURES.comparisonAnswer)!).locale).toBe('en-GB');
  });

  it('draws a single value as its recent trend, the asked point ringed and named in the legend', () => {
    const c = buildChartConfig(FIXTURES.valueAnswer)!;
    expect(c.type).toBe('line');
    expect(c.data.labels).toEqual([2022, 2023, 2024, 2025]);
    expect(c.data.datasets[0]!.data).toEqual([45060, 43930, 54780, 51760]);
    expect(c.data.datasets[0]!.label).toBe('aanvragen');
    expect(c.data.datasets[1]).toMatchObject({
      label: '2024: 54.780',
      data: [null, null, 54780, null],
      showLine: false,
      borderColor: INK,
    });
    expect(options(c).plugins.legend?.display).not.toBe(false);
    const en = buildChartConfig({ ...FIXTURES.valueAnswer, language: 'en' })!;
    expect(en.data.datasets[1]!.label).toBe('2024: 54,780');
  });

  it('rings every figure a claim checked, and nothing in a plain series', () => {
    const claim = answer({
      kind: 'claim',
      verdict: 'true',
      facts: years('naturalisatie.aanvragen', 'Naturalisatie · aanvragen', 2023, [43930, 54780]),
      trend: years('naturalisatie.aanvragen', 'Naturalisatie · aanvragen', 2021, [1, 2, 43930, 54780]),
    });
    const asked = buildChartConfig(claim)!.data.datasets[1]!;
    expect(asked.label).toBe('2023: 43.930; 2024: 54.780');
    expect(asked.data).toEqual([null, null, 43930, 54780]);
    const series = buildChartConfig(FIXTURES.monthlySeriesAnswer)!;
    expect(series.data.datasets).toHaveLength(1);
    expect(options(series).plugins.legend?.display).toBe(false);
  });

  it('names every publication the points of a context chart come from', () => {
    const value = FIXTURES.valueAnswer;
    const a = answer({
      ...value,
      sources: ['Jaarcijfers 2025'],
      trend: value.trend.map((f, i) => ({
        ...f,
        source: [
          'Jaarcijfers 2023',
          'Jaarcijfers 2024',
          'Jaarcijfers 2025',
          'Maandcijfers IND december 2025',
        ][i]!,
      })),
    });
    expect(options(buildChartConfig(a)!).plugins.subtitle.text).toBe(
      'Bron: IND Jaarcijfers 2023, 2024, 2025; Maandcijfers IND december 2025',
    );
  });

  it('marks a definition change in the context chart of a value as in a trend', () => {
    const a = answer({
      kind: 'value',
      facts: years('klantcontacten.klantcontacten', 'Klantcontacten · klantcontacten', 2024, [576000]),
      trend: years(
        'klantcontacten.klantcontacten',
        'Klantcontacten · klantcontacten',
        2020,
        [270, 346, 567, 563, 576000],
      ),
      notes: [{ kind: 'definition', text: 'Vanaf 2024 met expatcentra.', until: '2023' }],
    });
    const c = buildChartConfig(a)!;
    const [old, current, asked] = c.data.datasets as {
      data: unknown[];
      borderDash?: number[];
      label?: string;
    }[];
    expect(old).toMatchObject({ borderDash: [6, 4], label: 't/m 2023 anders geteld' });
    expect(old!.data).toEqual([270, 346, 567, 563, 576000]);
    expect(current!.data).toEqual([null, null, null, null, 576000]);
    expect(asked!.label).toBe('2024: 576.000');
    expect(options(c).plugins.subtitle.text).toEqual([
      'Bron: IND Jaarcijfers 2025',
      'Gestippeld: t/m 2023 anders geteld',
    ]);
  });

  it('draws a comparison as bars starting at zero', () => {
    const c = buildChartConfig(FIXTURES.comparisonAnswer)!;
    expect(c.type).toBe('bar');
    expect(c.data.datasets[0]!.data).toEqual([53590, 55640]);
    expect(options(c).scales.y.beginAtZero).toBe(true);
  });

  it('compares several series in one period with the series as categories', () => {
    const a = answer({
      kind: 'comparison',
      language: 'en',
      facts: [
        fact('spoor-1.aanvragen', 'Track 1 · applications', '2025', 1200),
        fact('spoor-4.aanvragen', 'Track 4 · applications', '2025', 30100),
      ],
    });
    const c = buildChartConfig(a)!;
    expect(c.type).toBe('bar');
    expect(c.data.labels).toEqual(['Track 1', 'Track 4']);
    expect(options(c).plugins.title.text).toBe('Applications, 2025');
    expect(c.data.datasets[0]!.data).toEqual([1200, 30100]);
    expect(c.data.datasets[0]!.backgroundColor).toEqual([PALETTE[0], PALETTE[1]]);
  });

  it('stacks the age of open cases per month, youngest at the bottom, in a colour-blind-safe order', () => {
    const c = buildChartConfig(ageBacklog('nl'))!;
    expect(c.type).toBe('bar');
    expect(options(c).scales).toMatchObject({ x: { stacked: true }, y: { stacked: true } });
    expect(c.data.datasets.map((d) => d.label)).toEqual([
      'tot 1 maanden',
      '1-6 maanden oud',
      '6-15 maanden oud',
      'ouder dan 15 maanden',
    ]);
    expect(c.data.datasets.map((d) => d.backgroundColor)).toEqual(AGE_PALETTE);
    expect(options(c).plugins.title.text).toBe('Spoor 4 · openstaand naar leeftijd, jan 2025-dec 2025');
    expect(options(c).plugins.legend?.display).not.toBe(false);
    expect(options(c).scales.y.title).toMatchObject({ text: 'aantal' });
  });

  it('shows no chart where a picture adds nothing', () => {
    expect(buildChartConfig(FIXTURES.clarificationAnswer)).toBeNull();
    expect(buildChartConfig(FIXTURES.hostileAnswer)).toBeNull();
    expect(buildChartConfig(answer({ kind: 'help' }))).toBeNull();
    const ranking = answer({
      kind: 'ranking',
      facts: [1, 2, 3].map((r) => ({
        ...fact('kennis-talent.aanvragen', 'India', '2025', 'India'),
        rank: r,
      })),
    });
    expect(buildChartConfig(ranking)).toBeNull();
    const lone = answer({
      kind: 'value',
      facts: [fact('naturalisatie.aanvragen', 'Naturalisatie · aanvragen', '2024', 54780)],
    });
    expect(buildChartConfig(lone)).toBeNull();
  });

  it('draws the figures a claim was checked against', () => {
    const claim = answer({
      kind: 'claim',
      verdict: 'false',
      facts: years('naturalisatie.aanvragen', 'Naturalisatie · aanvragen', 2024, [54780]),
    });
    expect(plotted(buildChartConfig(claim)!).map((p) => p.value)).toEqual([54780]);
  });

  it('says on the value axis what is counted and in which unit', () => {
    const title = (a: Answer) => (options(buildChartConfig(a)!).scales.y.title as { text: string }).text;
    const pct = buildChartConfig(
      answer({ facts: years('x.tijdigheid', 'X · tijdig', 2022, [85, 90, 72], 'percent') }),
    )!;
    expect(options(pct).scales.y.ticks?.format).toEqual({ style: 'unit', unit: 'percent' });
    expect(options(pct).scales.y.title).toMatchObject({ display: true, text: 'tijdig (%)' });
    const weeks = answer({
      language: 'en',
      facts: years('x.doorlooptijd', 'X · processing time', 2022, [12, 15], 'weeks'),
    });
    expect(title(weeks)).toBe('processing time (weeks)');
    const already = answer({
      facts: years('x.doorlooptijd', 'X · doorlooptijd (weken)', 2022, [12, 15], 'weeks'),
    });
    expect(title(already)).toBe('doorlooptijd (weken)');
    expect(title(FIXTURES.monthlySeriesAnswer)).toBe('in behandeling (aantal)');
    expect(title(FIXTURES.comparisonAnswer)).toBe('decisions (number)');
    const mixed = answer({
      facts: [
        ...years('a.aanvragen', 'A · aanvragen', 2022, [1, 2]),
        ...years('a.beslissingen', 'A · beslissingen', 2022, [3, 4]),
      ],
    });
    expect(title(mixed)).toBe('aantal');
  });

  it('starts every value axis at zero and gives it a title, for every chart the dataset allows', () => {
    const { annual, monthly, byAge } = chartAnswers();
    for (const a of [...Object.values(FIXTURES), ageBacklog('en'), ...annual, ...monthly, ...byAge]) {
      const c = buildChartConfig(a);
      if (!c) continue;
      expect(options(c).scales.y.beginAtZero, a.question).toBe(true);
      expect((options(c).scales.y.title as { display: boolean; text: string }).text.length).toBeGreaterThan(
        0,
      );
    }
  });

  it('takes a series’ name from its two parts, never from splitting its label', () => {
    const a = answer({
      kind: 'comparison',
      facts: [
        {
          ...fact('spoor-1.aanvragen', 'Spoor 1 · aanvragen', '2025', 5280),
          label: 'Spoor 1 (Dublin) · aanvragen',
          name: { subject: 'Spoor 1 (Dublin)', measure: 'aanvragen' },
        },
        {
          ...fact('spoor-4.aanvragen', 'x', '2025', 26880),
          label: 'Spoor 4 · a · b',
          name: { subject: 'Spoor 4 · algemeen', measure: 'aanvragen' },
        },
      ],
    });
    const c = buildChartConfig(a)!;
    expect(c.data.labels).toEqual(['Spoor 1 (Dublin)', 'Spoor 4 · algemeen']);
    expect(options(c).plugins.title.text).toBe('Aanvragen, 2025');
  });

  it('marks a definition change inside the range: the old stretch of a line dashed, and says so', () => {
    const a = answer({
      facts: years('beroep.afgehandeld', 'Beroep · afgehandeld', 2018, [10, 11, 12, 13, 14, 15]),
      notes: [{ kind: 'definition', text: 'Tot en met 2020 anders geteld.', until: '2020' }],
    });
    const c = buildChartConfig(a)!;
    const [old, current] = c.data.datasets as { data: unknown[]; borderDash?: number[] }[];
    expect(old!.borderDash).toEqual([6, 4]);
    expect(old!.data).toEqual([10, 11, 12, 13, null, null]);
    expect(current!.borderDash).toBeUndefined();
    expect(current!.data).toEqual([null, null, null, 13, 14, 15]);
    expect(options(c).plugins.subtitle.text).toEqual([
      'Bron: IND Jaarcijfers 2025',
      'Gestippeld: t/m 2020 anders geteld',
    ]);
  });

  it('marks a definition change on bars by fading the bars counted the old way', () => {
    const a = answer({
      kind: 'comparison',
      language: 'en',
      facts: years('beroep.afgehandeld', 'Appeals · closed', 2020, [10, 11]),
      notes: [{ kind: 'definition', text: 'Counted differently up to 2020.', until: '2020' }],
    });
    const c = buildChartConfig(a)!;
    expect(c.data.datasets[0]!.backgroundColor).toEqual([`${PALETTE[0]}55`, PALETTE[0]]);
    expect(options(c).plugins.subtitle.text[1]).toBe('Lighter: counted differently up to 2020');
  });

  it('leaves a definition change outside the range unmarked', () => {
    const a = answer({
      facts: years('beroep.afgehandeld', 'Beroep · afgehandeld', 2022, [10, 11, 12]),
      notes: [{ kind: 'definition', text: 'Tot en met 2020 anders geteld.', until: '2020' }],
    });
    const c = buildChartConfig(a)!;
    expect(c.data.datasets).toHaveLength(1);
    expect(options(c).plugins.subtitle.text).toBe('Bron: IND Jaarcijfers 2025');
  });

  it('leaves a gap where no figure was published', () => {
    const c = buildChartConfig(answer({ facts: years('x.aanvragen', 'X · aanvragen', 2018, [5, null, 7]) }))!;
    expect(c.data.datasets[0]!.data).toEqual([5, null, 7]);
  });

  it('shows a year nobody published as a gap, not as a shorter step between its neighbours', () => {
    const a = answer({
      facts: [2020, 2023, 2024].map((y, i) =>
        fact('dwangsommen.bedrag', 'Dwangsommen · bedrag', String(y), [13, 11, 37][i]!, 'eur'),
      ),
    });
    const c = buildChartConfig(a)!;
    expect(c.data.labels).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(c.data.datasets[0]!.data).toEqual([13, null, null, 11, 37]);
  });

  it('wraps the title and sets the fonts for the size it is drawn at', () => {
    const a = ageBacklog('nl');
    for (const size of [CHART_SIZES.wide, CHART_SIZES.narrow]) {
      const c = buildChartConfig(a, size)!;
      const title = [options(c).plugins.title.text].flat();
      for (const line of title) expect(line.length).toBeLessThanOrEqual(size.titleWidth);
      const written = c.options as unknown as {
        plugins: { title: { font: { size: number } }; subtitle: { font: { size: number } } };
        scales: { x: { ticks: { font: { size: number } } }; y: { ticks: { font: { size: number } } } };
      };
      expect(written.plugins.title.font.size).toBe(size.font.title);
      expect(written.plugins.subtitle.font.size).toBe(size.font.body);
      expect(written.scales.x.ticks.font.size).toBe(size.font.body);
      expect(written.scales.y.ticks.font.size).toBe(size.font.body);
    }
    expect(
      [options(buildChartConfig(a, CHART_SIZES.narrow)!).plugins.title.text].flat().length,
    ).toBeGreaterThan(1);
  });

  it('is plain data, so it survives the trip to a chart server unchanged', () => {
    for (const a of [FIXTURES.monthlySeriesAnswer, FIXTURES.valueAnswer, ageBacklog('en')]) {
      const c = buildChartConfig(a)!;
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    }
  });
});

describe('a chart never shows a number the answer does not carry', () => {
  const check = (a: Answer) => {
    const c = buildChartConfig(a);
    if (!c) return;
    expect(compareWithFacts(c, chartedFacts(a), a.language)).toEqual({ foreign: [], missing: [] });
  };

  it('is checked strictly enough to catch a changed, moved or dropped number', () => {
    const a = FIXTURES.monthlySeriesAnswer;
    const changed = structuredClone(buildChartConfig(a)!);
    (changed.data.datasets[0]!.data as number[])[3]! += 10;
    expect(compareWithFacts(changed, a.facts, a.language).foreign).toHaveLength(1);
    const moved = structuredClone(buildChartConfig(a)!);
    (moved.data.datasets[0]!.data as number[]).reverse();
    expect(compareWithFacts(moved, a.facts, a.language).foreign.length).toBeGreaterThan(0);
    const dropped = structuredClone(buildChartConfig(a)!);
    (dropped.data.datasets[0]!.data as (number | null)[])[0] = null;
    expect(compareWithFacts(dropped, a.facts, a.language).missing).toHaveLength(1);
  });

  it('holds for the fixtures and for every series in the dataset', () => {
    const { annual, monthly, byAge } = chartAnswers();
    for (const a of [...Object.values(FIXTURES), ageBacklog('nl'), ...annual, ...monthly, ...byAge]) check(a);
  });

  it('holds for any mix of series, periods, gaps and definition changes', () => {
    const series = fc.constantFrom(
      'naturalisatie.aanvragen',
      'naturalisatie.beslissingen',
      'spoor-4.open-tot-1m',
      'spoor-4.open-1-6m',
      'spoor-4.open-boven-15m',
    );
    const period = fc.oneof(
      fc.integer({ min: 2018, max: 2025 }).map(String),
      fc.integer({ min: 1, max: 12 }).map((m) => `2025-${String(m).padStart(2, '0')}`),
    );
    const value = fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constant(null));
    const arbitraryAnswer = fc
      .record({
        kind: fc.constantFrom('series', 'comparison', 'value', 'claim'),
        language: fc.constantFrom('nl', 'en'),
        facts: fc.array(fc.tuple(series, period, value), { minLength: 1, maxLength: 30 }),
        trend: fc.array(fc.tuple(period, value), { maxLength: 8 }),
        until: fc.option(period),
      })
      .map((r) =>
        answer({
          kind: r.kind as Answer['kind'],
          language: r.language as Answer['language'],
          facts: r.facts.map(([s, p, v]) => fact(s, `Onderwerp · ${s}`, p, v)),
          trend: r.trend.map(([p, v]) =>
            fact('naturalisatie.aanvragen', 'Onderwerp · naturalisatie.aanvragen', p, v),
          ),
          notes: r.until ? [{ kind: 'definition', text: 'anders geteld', until: r.until }] : [],
        }),
      );
    fc.assert(
      fc.property(arbitraryAnswer, (a) => {
        const c = buildChartConfig(a);
        if (!c) return;
        const { foreign } = compareWithFacts(c, chartedFacts(a), a.language);
        expect(foreign).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
