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
 * Charts drawn by one QuickChart server (`quickchartUrl` from the configuration, else the public
 * service): per answer the image URL when it fits the platform's limit, the local PNG on demand
 * (rendered once per size), alt text. The ask layer is its one caller.
 */
export function createChartProvider(server: { quickchartUrl?: string | null } = {}): ChartProvider {
  return (answer, options) => {
    const config = buildChartConfig(answer);
    if (!config) return null;
    const pngs = new Map<ChartSizeName, Promise<Uint8Array>>();
    return {
      url: chartUrl(config, { baseUrl: server.quickchartUrl ?? undefined, maxLength: options.maxUrlLength }),
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
