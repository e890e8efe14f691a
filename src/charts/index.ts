import { writeFile } from 'node:fs/promises';
import type { Answer } from '../contract/answer.js';
import { altText } from './alt.js';
import { buildChartConfig, chartedFacts } from './config.js';
import { chartUrl } from './quickchart.js';
import { renderChartPng } from './render.js';
import { CHART_SIZES, type ChartSizeName } from './sizes.js';
import type { ChartProvider } from './types.js';

export { buildChartConfig, CHART_SIZE, CHART_SIZES, PALETTE } from './config.js';
export { chartUrl, DEFAULT_QUICKCHART_URL } from './quickchart.js';
export { renderChartPng } from './render.js';
export { type ChartSize, type ChartSizeName, isChartSizeName } from './sizes.js';
export type { ChartProvider, RenderedChart } from './types.js';
export { URL_LIMITS } from './types.js';

/**
 * Charts drawn by one QuickChart server (`quickchartUrl`, else the public service): per answer the
 * image URL when it fits the platform's limit, the local PNG on demand (rendered once), alt text.
 */
export function createChartProvider(server: { quickchartUrl?: string } = {}): ChartProvider {
  return (answer, options) => {
    const config = buildChartConfig(answer);
    if (!config) return null;
    const pngs = new Map<ChartSizeName, Promise<Uint8Array>>();
    return {
      url: chartUrl(config, { baseUrl: server.quickchartUrl, maxLength: options.maxUrlLength }),
      png: (size = 'wide') => {
        let png = pngs.get(size);
        if (!png) {
          const sized = size === 'wide' ? config : buildChartConfig(answer, CHART_SIZES[size])!;
          png = renderChartPng(sized, CHART_SIZES[size]);
          pngs.set(size, png);
        }
        return png;
      },
      alt: altText(answer, config, chartedFacts(answer)),
    };
  };
}

/** The provider adapters use: the server in QUICKCHART_URL (read per call), else the public one. */
export const chartForAnswer: ChartProvider = (answer, options) =>
  createChartProvider({ quickchartUrl: process.env.QUICKCHART_URL || undefined })(answer, options);

/** For `npm run ask -- --chart out.png`: writes the answer's chart, false when it has none. */
export async function writeChartPng(answer: Answer, path: string): Promise<boolean> {
  const config = buildChartConfig(answer);
  if (!config) return false;
  await writeFile(path, await renderChartPng(config));
  return true;
}
