import { writeFile } from 'node:fs/promises';
import type { Answer } from '../engine/contract.js';
import { altText } from './alt.js';
import { buildChartConfig, chartedFacts } from './config.js';
import { chartUrl } from './quickchart.js';
import { renderChartPng } from './render.js';
import type { ChartProvider } from './types.js';

export { buildChartConfig, CHART_SIZE, PALETTE } from './config.js';
export { chartUrl, DEFAULT_QUICKCHART_URL } from './quickchart.js';
export { renderChartPng } from './render.js';
export type { ChartProvider, RenderedChart } from './types.js';
export { URL_LIMITS } from './types.js';

/**
 * Builds the chart for an answer: the QuickChart URL when it fits the platform's limit, the local
 * PNG on demand (rendered once), and alt text. The server is QUICKCHART_URL when set.
 */
export const chartForAnswer: ChartProvider = (answer, options) => {
  const config = buildChartConfig(answer);
  if (!config) return null;
  let png: Promise<Uint8Array> | undefined;
  return {
    url: chartUrl(config, { baseUrl: process.env.QUICKCHART_URL, maxLength: options.maxUrlLength }),
    png: () => {
      png ??= renderChartPng(config);
      return png;
    },
    alt: altText(answer, config, chartedFacts(answer)),
  };
};

/** For `npm run ask -- --chart out.png`: writes the answer's chart, false when it has none. */
export async function writeChartPng(answer: Answer, path: string): Promise<boolean> {
  const config = buildChartConfig(answer);
  if (!config) return false;
  await writeFile(path, await renderChartPng(config));
  return true;
}
