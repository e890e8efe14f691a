import type { ChartConfiguration } from 'chart.js';
import QuickChartModule from 'quickchart-js';
import { CHART_SIZE } from './config.js';

// The package's types describe its CommonJS build (class under .default); the ES build that Node
// loads exports the class itself. Accept either.
type QuickChartClass = typeof QuickChartModule.default;
const QuickChart: QuickChartClass =
  (QuickChartModule as unknown as { default?: QuickChartClass }).default ??
  (QuickChartModule as unknown as QuickChartClass);

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
  const chart = new QuickChart()
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
  return url.length <= options.maxLength ? url : null;
}
