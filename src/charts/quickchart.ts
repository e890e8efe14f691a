import { createRequire, Module } from 'node:module';
import type { ChartConfiguration } from 'chart.js';
import type QuickChartModule from 'quickchart-js';
import { CHART_SIZE } from './sizes.js';

type QuickChartClass = typeof QuickChartModule.default;
let QuickChart: QuickChartClass | undefined;

/**
 * quickchart-js requires cross-fetch at import, which loads node-fetch and a URL polyfill (~40 ms
 * of a terminal question's cold start) for the network calls this project never makes through it:
 * only getUrl() is used. So its cross-fetch resolves to Node's own fetch, seeded in the require
 * cache, and the module loads on the first URL, not at start-up. Its CommonJS build exports the
 * class itself; accept the { default } shape too.
 */
function loadQuickChart(): QuickChartClass {
  if (!QuickChart) {
    const require = createRequire(import.meta.url);
    const crossFetch = createRequire(require.resolve('quickchart-js')).resolve('cross-fetch');
    if (!require.cache[crossFetch]) {
      const stand = new Module(crossFetch);
      stand.filename = crossFetch;
      stand.loaded = true;
      stand.exports = Object.assign(globalThis.fetch.bind(globalThis), {
        default: globalThis.fetch,
        fetch: globalThis.fetch,
      });
      require.cache[crossFetch] = stand;
    }
    const loaded = require('quickchart-js') as QuickChartClass | { default: QuickChartClass };
    QuickChart = 'default' in loaded ? loaded.default : loaded;
  }
  return QuickChart;
}

const LOOP_GUARD = /(for|while)\s*\(/i;

export const DEFAULT_QUICKCHART_URL = 'https://quickchart.io';

export interface ChartUrlOptions {
  /** A self-hosted QuickChart server (QUICKCHART_URL), e.g. http://localhost:8080. */
  baseUrl?: string;
  /** The platform's image URL limit; longer URLs are not returned. */
  maxLength: number;
}

/**
 * The QuickChart image URL for a configuration, or null when it would exceed `maxLength` (the
 * adapter then uploads the locally rendered PNG). Version and pixel ratio are set explicitly:
 * quickchart-js otherwise asks for Chart.js 2.9.4, and servers differ in their default ratio.
 */
export function chartUrl(config: ChartConfiguration, options: ChartUrlOptions): string | null {
  const base = new URL(options.baseUrl || DEFAULT_QUICKCHART_URL);
  const chart = new (loadQuickChart())()
    .setConfig(config)
    .setScheme(base.protocol.replace(/:$/, ''))
    // quickchart-js appends /chart to scheme://host, so a path prefix rides along with the host.
    .setHost(base.host + base.pathname.replace(/\/+$/, ''))
    .setVersion('4')
    .setDevicePixelRatio(CHART_SIZE.devicePixelRatio)
    .setWidth(CHART_SIZE.width)
    .setHeight(CHART_SIZE.height)
    .setBackgroundColor('white')
    .setFormat('png');
  const url = chart.getUrl();
  if (url.length > options.maxLength) return null;
  // The server refuses any configuration text that looks like a loop ("for (", "while (") before
  // running it; a label such as "waiting for (months)" would come back as an error image.
  if (LOOP_GUARD.test(new URL(url).searchParams.get('c') ?? '')) return null;
  return url;
}
