import { describe, expect, it } from 'vitest';
import { buildChartConfig, chartedFacts, PALETTE } from '../../src/charts/config.js';
import { periodName } from '../../src/charts/format.js';
import { createChartProvider } from '../../src/charts/index.js';
import type { Answer, Fact } from '../../src/contract/answer.js';
import { answer, fact, years } from './helpers.js';
import { compareWithFacts } from './plotted.js';

const subtitle = (a: Answer) => {
  const text = (buildChartConfig(a)!.options!.plugins!.subtitle as { text: string | string[] }).text;
  return Array.isArray(text) ? text : [text];
};
const alt = (a: Answer) => createChartProvider()(a, { maxUrlLength: 10_000 })!.alt;
const computed = (f: Fact, method: 'sum' | 'mean' | 'december', periods: string[]): Fact => ({
  ...f,
  derived: { method, periods },
});

const LABEL = 'Eerste asielaanvragen · aanvragen';
const SERIES = 'asiel-eerste.aanvragen';
const q1 = (language: Answer['language']) => {
  const months = ['2025-01', '2025-02', '2025-03'].map((p, i) =>
    fact(SERIES, LABEL, p, [5100, 4900, 5300][i]!),
  );
  return answer({
    kind: 'value',
    language,
    facts: [
      computed(
        fact(SERIES, LABEL, '2025-01/2025-03', 15300),
        'sum',
        months.map((m) => m.period),
      ),
      ...months,
    ],
  });
};

describe('computed figures in charts', () => {
  it('draws a quarter’s sum as its published months and gives the sum under the chart', () => {
    const a = q1('nl');
    const c = buildChartConfig(a)!;
    expect(c.type).toBe('line');
    expect(c.data.datasets[0]!.data).toEqual([5100, 4900, 5300]);
    expect(chartedFacts(a).some((f) => f.derived)).toBe(false);
    expect(subtitle(a)).toContain('Berekend: som van jan-mrt 2025 = 15.300');
    expect(alt(a)).toContain('Berekend: som van jan-mrt 2025 = 15.300.');
    expect(subtitle(q1('en'))).toContain('Computed: sum of Jan-Mar 2025 = 15,300');
    expect(compareWithFacts(c, chartedFacts(a), 'nl')).toEqual({ foreign: [], missing: [] });
  });

  it('names a monthly mean and how it was computed', () => {
    const months = years(SERIES, LABEL, 0, []).concat(
      ['01', '02', '03', '04'].map((m, i) => fact(SERIES, LABEL, `2025-${m}`, [10, 20, 30, 40][i]!)),
    );
    const mean = computed(
      fact(SERIES, LABEL, '2025', 25),
      'mean',
      months.map((m) => m.period),
    );
    const a = answer({ kind: 'value', language: 'en', facts: [mean, ...months] });
    expect(subtitle(a)).toContain('Computed: 2025 = monthly mean over Jan-Apr 2025 = 25');
  });

  it('draws a computed point among published ones as an open diamond, and says so', () => {
    const trend = years('x.in-behandeling', 'X · in behandeling', 2022, [15000, 16000, 17000]);
    const december = computed(fact('x.in-behandeling', 'X · in behandeling', '2025', 17600), 'december', [
      '2025-12',
    ]);
    const a = answer({ kind: 'value', facts: [december], trend });
    const c = buildChartConfig(a)!;
    const line = c.data.datasets[0] as {
      data: unknown[];
      pointStyle?: string[];
      pointBackgroundColor?: string[];
    };
    expect(line.data).toEqual([15000, 16000, 17000, 17600]);
    expect(line.pointStyle).toEqual(['circle', 'circle', 'circle', 'rectRot']);
    expect(line.pointBackgroundColor).toEqual([PALETTE[0], PALETTE[0], PALETTE[0], '#fff']);
    // The asked figure is computed, so no ring pretends it was published.
    expect(c.data.datasets).toHaveLength(1);
    expect(subtitle(a)).toContain('Ruit, berekend: 2025 = stand van dec 2025');
    expect(alt(a)).toContain('2025: 17.600 (berekend)');
  });

  it('outlines a computed bar beside published ones', () => {
    const published = fact('x.aanvragen', 'X · applications', '2024', 1000);
    const derived = computed(fact('x.aanvragen', 'X · applications', '2025', 1200), 'sum', [
      '2025-01',
      '2025-02',
    ]);
    const a = answer({ kind: 'comparison', language: 'en', facts: [published, derived] });
    const bars = buildChartConfig(a)!.data.datasets[0]!;
    expect(bars.backgroundColor).toEqual([PALETTE[0], '#ffffff']);
    expect(bars.borderColor).toEqual([PALETTE[0], PALETTE[0]]);
    expect(bars.borderWidth).toEqual([0, 2]);
    expect(subtitle(a)).toContain('Outlined bar, computed: 2025 = sum of Jan-Feb 2025');
  });

  it('names the periods a computed figure may have', () => {
    expect(periodName('2025-01/2025-03', 'nl')).toBe('jan-mrt 2025');
    expect(periodName('2024-12/2025-02', 'en')).toBe('Dec 2024-Feb 2025');
    expect(periodName('2025-Q1', 'nl')).toBe('K1 2025');
    expect(periodName('2025-Q1', 'en')).toBe('Q1 2025');
    expect(periodName('2025-H2', 'en')).toBe('H2 2025');
    expect(periodName('2025', 'en')).toBe('2025');
  });
});
