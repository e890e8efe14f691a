import { performance } from 'node:perf_hooks';
import { buildChartConfig } from '../charts/config.js';
import { renderChartPng } from '../charts/render.js';
import type { Answer } from '../contract/answer.js';

export interface ChartBench {
  /** Milliseconds per 2x PNG, config included. */
  median: number;
  p99: number;
  /** Charts timed (answers that carry a chart, times the rounds). */
  count: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * Render time of the local chart renderer over the answers that carry a chart: configuration plus
 * PNG encoding, each answer drawn `rounds` times after one warm-up render (which pays for loading
 * chart.js and the canvas binding, a one-off cost the first chart of a process carries).
 */
export async function benchCharts(answers: Answer[], rounds = 3): Promise<ChartBench> {
  const charted = answers.filter((a) => buildChartConfig(a) !== null);
  if (charted.length === 0) return { median: Number.NaN, p99: Number.NaN, count: 0 };
  await renderChartPng(buildChartConfig(charted[0]!)!);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const answer of charted) {
      const start = performance.now();
      await renderChartPng(buildChartConfig(answer)!);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), count: times.length };
}
