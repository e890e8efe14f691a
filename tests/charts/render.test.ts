import { describe, expect, it } from 'vitest';
import { benchCharts } from '../../src/bench/charts.js';
import { AGE_PALETTE, buildChartConfig, CHART_SIZE, PALETTE } from '../../src/charts/config.js';
import { createChartProvider } from '../../src/charts/index.js';
import { encodePng } from '../../src/charts/png.js';
import { renderChartPng } from '../../src/charts/render.js';
import { URL_LIMITS } from '../../src/charts/types.js';
import { type Answer, AnswerSchema } from '../../src/contract/answer.js';
import { FIXTURES } from '../fixtures/answers.js';
import { decodePng, overWhite, rgb, WHITE } from './decode.js';

describe('renderChartPng', () => {
  it('draws a 2x PNG on white with the series in its colour and readable text', async () => {
    const png = await renderChartPng(buildChartConfig(FIXTURES.monthlySeriesAnswer)!);
    expect(Array.from(png.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const img = await decodePng(png);
    expect([img.width, img.height]).toEqual([CHART_SIZE.width * 2, CHART_SIZE.height * 2]);
    for (const [x, y] of [
      [0, 0],
      [img.width - 1, 0],
      [0, img.height - 1],
      [img.width - 1, img.height - 1],
    ] as const) {
      expect(img.at(x, y)).toEqual([...WHITE, 255]);
    }
    const total = img.width * img.height;
    const white = img.count(WHITE);
    expect(white / total).toBeGreaterThan(0.5);
    expect(white / total).toBeLessThan(0.97);
    expect(img.count(rgb(PALETTE[0]!))).toBeGreaterThan(2000);
    // Chart.js's default text grey in the title band: the fonts were found and the text drawn.
    expect(img.count([0x66, 0x66, 0x66], [0, 80])).toBeGreaterThan(100);
  });

  it('draws every age bucket of a backlog in its own colour', async () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    const ids = ['open-tot-1m', 'open-1-6m', 'open-6-15m', 'open-boven-15m'];
    const a = AnswerSchema.parse({
      ...FIXTURES.monthlySeriesAnswer,
      facts: ids.flatMap((id, b) =>
        months.map((m) => ({
          ...FIXTURES.monthlySeriesAnswer.facts[0]!,
          series: `spoor-4.${id}`,
          label: `Spoor 4 · ${id}`,
          period: `2025-${m}`,
          value: 5000 + 1000 * b,
        })),
      ),
    });
    const img = await decodePng(await renderChartPng(buildChartConfig(a)!));
    for (const colour of AGE_PALETTE) expect(img.count(rgb(colour))).toBeGreaterThan(5000);
  });

  it('shows bars counted under an older definition faded, the others in full colour', async () => {
    const a: Answer = {
      ...FIXTURES.comparisonAnswer,
      notes: [{ kind: 'definition', text: 'Counted differently up to 2023.', until: '2023' }],
    };
    const img = await decodePng(await renderChartPng(buildChartConfig(a)!));
    expect(img.count(overWhite(PALETTE[0]!, 0x55 / 255))).toBeGreaterThan(5000);
    expect(img.count(rgb(PALETTE[0]!))).toBeGreaterThan(5000);
  });
});

describe('encodePng', () => {
  it('stores pixels a PNG reader gives back unchanged', async () => {
    const [w, h] = [37, 23];
    const pixels = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 7919) % 256));
    const img = await decodePng(encodePng(pixels, w, h));
    expect([img.width, img.height]).toEqual([w, h]);
    for (const [x, y] of [
      [0, 0],
      [36, 0],
      [5, 11],
      [36, 22],
    ] as const) {
      const i = (y * w + x) * 4;
      expect(img.at(x, y)).toEqual(Array.from(pixels.subarray(i, i + 4)));
    }
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(RangeError);
  });
});

describe('the chart provider', () => {
  const chartForAnswer = createChartProvider();

  it('gives a URL within the limit, the same chart as PNG, and alt text in the answer’s language', async () => {
    const chart = chartForAnswer(FIXTURES.monthlySeriesAnswer, { maxUrlLength: URL_LIMITS.discord })!;
    expect(chart.url).toMatch(/^https?:\/\/.+\/chart\?c=/);
    expect(chart.alt).toMatch(/^Lijngrafiek: Naturalisatie · in behandeling, jan 2025-dec 2025\. /);
    expect(chart.alt).toContain('dec 2025: 17.600');
    const img = await decodePng(await chart.png());
    expect(img.width).toBe(CHART_SIZE.width * 2);
    const en = chartForAnswer(FIXTURES.comparisonAnswer, { maxUrlLength: URL_LIMITS.slack })!;
    expect(en.alt).toBe('Bar chart: Naturalisation · decisions, 2023 and 2024. 2023: 53,590; 2024: 55,640.');
  });

  it('points at the self-hosted server the configuration names (QUICKCHART_URL)', () => {
    expect(chartForAnswer(FIXTURES.valueAnswer, { maxUrlLength: URL_LIMITS.slack })!.url).toMatch(
      /^https:\/\/quickchart\.io\/chart\?/,
    );
    const own = createChartProvider({ quickchartUrl: 'https://qc.example.org' });
    expect(own(FIXTURES.valueAnswer, { maxUrlLength: URL_LIMITS.slack })!.url).toMatch(
      /^https:\/\/qc\.example\.org\/chart\?/,
    );
  });

  it('leaves the URL out when it does not fit, so the adapter uploads the PNG', async () => {
    const chart = chartForAnswer(FIXTURES.monthlySeriesAnswer, { maxUrlLength: 200 })!;
    expect(chart.url).toBeNull();
    expect((await chart.png()).length).toBeGreaterThan(1000);
  });

  it('offers no chart for an answer without one', () => {
    expect(chartForAnswer(FIXTURES.clarificationAnswer, { maxUrlLength: URL_LIMITS.web })).toBeNull();
  });
});

describe('benchCharts', () => {
  it('times the answers that carry a chart and skips the others', async () => {
    const result = await benchCharts([FIXTURES.valueAnswer, FIXTURES.clarificationAnswer], 2);
    expect(result.count).toBe(2);
    expect(result.median).toBeGreaterThan(0);
    expect(result.p99).toBeGreaterThanOrEqual(result.median);
  });
});
