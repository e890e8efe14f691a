import { runInNewContext } from 'node:vm';
import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildChartConfig, CHART_SIZE } from '../../src/charts/config.js';
import { chartUrl } from '../../src/charts/quickchart.js';
import { URL_LIMITS } from '../../src/charts/types.js';
import type { Answer } from '../../src/contract/answer.js';
import { FIXTURES } from '../fixtures/answers.js';
import { chartAnswers } from './dataset-answers.js';
import { compareWithFacts } from './plotted.js';

/** What a QuickChart server reads back from a URL: the configuration is JavaScript text. */
function decode(url: string): { params: URLSearchParams; config: ChartConfiguration } {
  const params = new URL(url).searchParams;
  const config = runInNewContext(`(${params.get('c')})`) as ChartConfiguration;
  return { params, config: JSON.parse(JSON.stringify(config)) };
}

const urlOf = (a: Answer, maxLength = 100_000) => chartUrl(buildChartConfig(a)!, { maxLength })!;

describe('chartUrl', () => {
  it('asks for Chart.js 4 at 2x on white, at the chart size', () => {
    const { params } = decode(urlOf(FIXTURES.monthlySeriesAnswer));
    expect(params.get('v')).toBe('4');
    expect(params.get('devicePixelRatio')).toBe('2');
    expect(params.get('w')).toBe(String(CHART_SIZE.width));
    expect(params.get('h')).toBe(String(CHART_SIZE.height));
    expect(params.get('bkg')).toBe('white');
    expect(params.get('f')).toBe('png');
  });

  it('uses the public service by default and a self-hosted server when given one', () => {
    const config = buildChartConfig(FIXTURES.valueAnswer)!;
    expect(chartUrl(config, { maxLength: 5000 })).toMatch(/^https:\/\/quickchart\.io\/chart\?c=/);
    expect(chartUrl(config, { baseUrl: 'http://localhost:8080', maxLength: 5000 })).toMatch(
      /^http:\/\/localhost:8080\/chart\?c=/,
    );
    expect(chartUrl(config, { baseUrl: 'https://charts.example.org/qc/', maxLength: 5000 })).toMatch(
      /^https:\/\/charts\.example\.org\/qc\/chart\?c=/,
    );
  });

  it('decodes back to the configuration, numbers and all', () => {
    for (const a of [FIXTURES.monthlySeriesAnswer, FIXTURES.valueAnswer, FIXTURES.comparisonAnswer]) {
      const { config } = decode(urlOf(a));
      expect(config).toEqual(buildChartConfig(a));
      expect(compareWithFacts(config, a.kind === 'value' ? a.trend : a.facts, a.language)).toEqual({
        foreign: [],
        missing: [],
      });
    }
  });

  it('returns null rather than a URL longer than the limit', () => {
    const full = urlOf(FIXTURES.monthlySeriesAnswer);
    const config = buildChartConfig(FIXTURES.monthlySeriesAnswer)!;
    expect(chartUrl(config, { maxLength: full.length })).toBe(full);
    expect(chartUrl(config, { maxLength: full.length - 1 })).toBeNull();
  });

  it('returns null for text the server would refuse as a loop', () => {
    const a = structuredClone(FIXTURES.monthlySeriesAnswer);
    a.facts = a.facts.map((f) => ({ ...f, name: { subject: 'Waiting for (months)', measure: 'cases' } }));
    expect(chartUrl(buildChartConfig(a)!, { maxLength: 100_000 })).toBeNull();
  });
});

describe('URL lengths for the largest charts the dataset allows', () => {
  const { annual, monthly, byAge, fromDataset } = chartAnswers();
  const longest = (answers: Answer[]) => Math.max(...answers.map((a) => urlOf(a).length));
  const periodsIn = (a: Answer) => new Set(a.facts.map((f) => f.period)).size;

  it.runIf(fromDataset)('covers 8 years, 13 months and 4 age buckets x 13 months', () => {
    expect(Math.max(...annual.map(periodsIn))).toBe(8);
    expect(Math.max(...monthly.map(periodsIn))).toBe(13);
    expect(Math.max(...byAge.map((a) => a.facts.length))).toBe(4 * 13);
  });

  it('fits every series over all its years or months in a Discord embed (2048)', () => {
    const longestSeries = longest([...annual, ...monthly]);
    console.log(`longest single-series chart URL: ${longestSeries} characters`);
    expect(longestSeries).toBeLessThanOrEqual(URL_LIMITS.discord);
  });

  it.runIf(fromDataset)('fits every backlog by age over 13 months in Slack (3000) and Discord (2048)', () => {
    const longestStack = longest(byAge);
    console.log(`longest age-breakdown chart URL: ${longestStack} characters`);
    expect(longestStack).toBeLessThanOrEqual(URL_LIMITS.slack);
    expect(longestStack).toBeLessThanOrEqual(URL_LIMITS.discord);
  });

  it.runIf(fromDataset)('decodes the largest charts back to the answer’s numbers', () => {
    for (const a of [...byAge, ...monthly.slice(0, 10), ...annual.slice(0, 10)]) {
      const { config } = decode(urlOf(a));
      expect(compareWithFacts(config, a.facts, a.language)).toEqual({ foreign: [], missing: [] });
    }
  });
});
