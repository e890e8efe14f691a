import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildChartConfig, CHART_SIZES, PALETTE } from '../../src/charts/config.js';
import { INK } from '../../src/charts/palette.js';
import { renderChartPng } from '../../src/charts/render.js';
import type { ChartSize } from '../../src/charts/sizes.js';
import { FIXTURES } from '../fixtures/answers.js';
import { decodePng, rgb, textBands, textPixels } from './decode.js';
import { answer, years } from './helpers.js';

type Image = Awaited<ReturnType<typeof decodePng>>;
const draw = async (config: ChartConfiguration, size: ChartSize = CHART_SIZES.wide) =>
  decodePng(await renderChartPng(config, size));

/** Mean row of the pixels in a colour (within 8 per channel), per column that has any. */
function columnsOf(img: Image, hex: string): Map<number, number> {
  const [r, g, b] = rgb(hex) as [number, number, number];
  const sums = new Map<number, [number, number]>();
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i]! - r) < 8 && Math.abs(d[i + 1]! - g) < 8 && Math.abs(d[i + 2]! - b) < 8) {
      const x = (i / 4) % img.width;
      const s = sums.get(x) ?? [0, 0];
      sums.set(x, [s[0] + Math.floor(i / 4 / img.width), s[1] + 1]);
    }
  }
  return new Map([...sums].map(([x, [sum, n]]) => [x, sum / n]));
}

/** The lowest row drawn as a light grey line across most of the plot: the bottom of the value axis. */
function axisBottom(img: Image): number {
  const d = img.data;
  for (let y = img.height - 1; y >= 0; y--) {
    let grey = 0;
    for (let i = y * img.width * 4; i < (y + 1) * img.width * 4; i += 4)
      if (d[i]! > 180 && d[i]! < 235 && d[i] === d[i + 1] && d[i + 1] === d[i + 2]) grey++;
    if (grey > img.width * 0.6) return y;
  }
  throw new Error('no axis line found');
}

/** Height of a point above the axis bottom, relative to another's: 0.5 when the axis starts at 0. */
async function heightRatio(config: ChartConfiguration): Promise<number> {
  const img = await draw(config);
  const line = columnsOf(img, PALETTE[0]!);
  const xs = [...line.keys()].sort((a, b) => a - b);
  // The line's ends are the first and the last point.
  const first = line.get(xs[0]! + 4)!;
  const last = line.get(xs.at(-1)! - 4)!;
  const bottom = axisBottom(img);
  return (bottom - first) / (bottom - last);
}

describe('charts as drawn', () => {
  const rising = answer({ facts: years('x.aanvragen', 'X · aanvragen', 2020, [50_000, 75_000, 100_000]) });

  it('start the value axis at zero: half the value stands half as high', async () => {
    const config = buildChartConfig(rising)!;
    expect(await heightRatio(config)).toBeCloseTo(0.5, 1);
    // The check can fail: an axis fitted to the data puts the lowest point on the bottom line.
    const fitted = structuredClone(config);
    (fitted.options!.scales!.y as { beginAtZero: boolean }).beginAtZero = false;
    expect(await heightRatio(fitted)).toBeLessThan(0.2);
  });

  it('print the unit beside the value axis', async () => {
    const config = buildChartConfig(rising)!;
    const untitled = structuredClone(config);
    (untitled.options!.scales!.y as { title: { display: boolean } }).title.display = false;
    const [titled, bare] = await Promise.all([draw(config), draw(untitled)]);
    // Text turned up the left edge reads as one tall run of rows; tick numbers are short lines.
    const leftRun = (img: Image) => {
      // Between the title and the source line, where only the axes print text.
      const rows: [number, number] = [Math.round(img.height * 0.15), Math.round(img.height * 0.8)];
      let left = 0;
      while (textPixels(img, [left, left + 1], rows) === 0) left++;
      const bands = textBands(img, [left, left + 30]).filter(
        ([from, to]) => from >= rows[0] && to <= rows[1],
      );
      // Letters of a turned word leave a pixel or two between them.
      const runs: [number, number][] = [];
      for (const band of bands) {
        const last = runs.at(-1);
        if (last && band[0] - last[1] <= 6) last[1] = band[1];
        else runs.push([...band]);
      }
      return Math.max(...runs.map(([from, to]) => to - from + 1));
    };
    expect(leftRun(titled)).toBeGreaterThan(80);
    expect(leftRun(bare)).toBeLessThan(40);
  });

  it('ring the asked point and name it in a legend line above the plot', async () => {
    const value = FIXTURES.valueAnswer;
    const [asked, plain] = await Promise.all([
      draw(buildChartConfig(value)!),
      draw(buildChartConfig({ ...value, kind: 'series', facts: value.trend, trend: [] })!),
    ]);
    const ring = (img: Image) => img.count(rgb(INK));
    expect(ring(asked)).toBeGreaterThan(300);
    expect(ring(plain)).toBeLessThan(20);
    // One more line of text at the top: title, then the legend ("aanvragen", "2024: 54.780").
    const middle: [number, number] = [Math.round(asked.width * 0.3), Math.round(asked.width * 0.7)];
    const top = (img: Image) => textBands(img, middle).filter(([from]) => from < img.height * 0.25).length;
    expect(top(asked)).toBe(top(plain) + 1);
  });

  it('keep their text as large at a phone’s width as on a wide screen', async () => {
    const a = FIXTURES.monthlySeriesAnswer;
    const [wide, narrow] = await Promise.all([
      draw(buildChartConfig(a, CHART_SIZES.wide)!, CHART_SIZES.wide),
      draw(buildChartConfig(a, CHART_SIZES.narrow)!, CHART_SIZES.narrow),
    ]);
    expect([narrow.width, narrow.height]).toEqual([360 * 3, 400 * 3]);
    // The source line, the last text band, is a line of 13 px type in CSS pixels at both sizes...
    const glyphs = (img: Image, ratio: number) => {
      const [from, to] = textBands(img).at(-1)!;
      return (to - from + 1) / ratio;
    };
    expect(glyphs(wide, 2)).toBeGreaterThanOrEqual(10);
    expect(glyphs(narrow, 3)).toBeGreaterThanOrEqual(10);
    // ...so shown 330 px wide on a phone, the narrow chart's text is 330/360 of that, the wide one's 330/640.
    expect((glyphs(narrow, 3) * 330) / 360).toBeGreaterThanOrEqual(9);
    expect((glyphs(wide, 2) * 330) / 640).toBeLessThan(7);
  });
});
