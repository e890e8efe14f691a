import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildChartConfig } from '../../src/charts/config.js';
import { createChartProvider } from '../../src/charts/index.js';
import type { Answer } from '../../src/contract/answer.js';
import { FIXTURES } from '../fixtures/answers.js';
import { answer, fact } from './helpers.js';

const title = (c: ChartConfiguration) => [c.options!.plugins!.title!.text].flat().join(' ');

/** "Welke maand had de meeste asielaanvragen in 2025?" as a ranking of figures. */
const months = (language: Answer['language']) =>
  answer({
    kind: 'ranking',
    language,
    facts: [
      ['2025-03', 5300],
      ['2025-01', 5100],
      ['2025-02', 4900],
    ].map(([period, value], i) => ({
      ...fact(
        'asiel-eerste.aanvragen',
        language === 'nl' ? 'Eerste asielaanvragen · aanvragen' : 'First asylum applications · applications',
        period as string,
        value as number,
      ),
      rank: i + 1,
    })),
  });

describe('a ranking of figures', () => {
  it('says it is a ranking, in Dutch for a Dutch question', () => {
    const c = buildChartConfig(months('nl'))!;
    expect(c.type).toBe('bar');
    expect(title(c)).toBe('Ranglijst: Eerste asielaanvragen · aanvragen, jan 2025-mrt 2025');
    expect(c.data.labels).toEqual(['1. mrt 2025', '2. jan 2025', '3. feb 2025']);
    expect(c.data.datasets[0]!.data).toEqual([5300, 5100, 4900]);
    const alt = createChartProvider()(months('nl'), { maxUrlLength: 10_000 })!.alt;
    expect(alt).toMatch(/^Staafdiagram: Ranglijst: /);
    expect(alt).not.toMatch(/Ranking|Bar chart/);
  });

  it('and in English for an English one', () => {
    const c = buildChartConfig(months('en'))!;
    expect(title(c)).toBe('Ranking: First asylum applications · applications, Jan 2025-Mar 2025');
    expect(c.data.labels).toEqual(['1. Mar 2025', '2. Jan 2025', '3. Feb 2025']);
  });

  it('draws nothing for a ranking without numbers (the top 3 nationalities)', () => {
    const nationalities = answer({
      kind: 'ranking',
      facts: ['Syrische', 'Eritrese', 'Turkse'].map((n, i) => ({
        ...fact('spoor-4.aanvragen', 'Spoor 4 · top 3', '2025', n, 'rank'),
        rank: i + 1,
      })),
    });
    expect(buildChartConfig(nationalities)).toBeNull();
    expect(buildChartConfig(FIXTURES.clarificationAnswer)).toBeNull();
  });
});
