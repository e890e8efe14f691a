/**
 * The sizes a chart is drawn at. Text is set in CSS pixels of the chart, and the PNG is scaled to the
 * width it is shown at, so a size names where it is shown and the fonts that stay legible there.
 */
export interface ChartSize {
  /** CSS pixels; the PNG is `devicePixelRatio` times as large in each direction. */
  width: number;
  height: number;
  devicePixelRatio: number;
  /** Font sizes in CSS pixels: ticks, legend and the lines under the chart; the title. */
  font: { body: number; title: number };
  /** Characters per title line: Chart.js does not wrap titles. */
  titleWidth: number;
}

export const CHART_SIZES = {
  /**
   * Slack, Discord, QuickChart URLs and the web page on a wide screen (shown 480-800 px wide, so 13 px
   * text reads as 10-16 px).
   */
  wide: { width: 640, height: 360, devicePixelRatio: 2, font: { body: 13, title: 16 }, titleWidth: 62 },
  /**
   * The web page on a phone: drawn at about the width a 390 px screen shows it (some 330 px), so the
   * 13 px text stays 12 px there instead of shrinking to 6 px as the wide chart's would.
   */
  narrow: { width: 360, height: 400, devicePixelRatio: 3, font: { body: 13, title: 14 }, titleWidth: 40 },
} as const satisfies Record<string, ChartSize>;

export type ChartSizeName = keyof typeof CHART_SIZES;

export const isChartSizeName = (name: unknown): name is ChartSizeName =>
  typeof name === 'string' && Object.hasOwn(CHART_SIZES, name);

/** The default size (URLs, uploads, `npm run ask -- --chart`). */
export const CHART_SIZE: ChartSize = CHART_SIZES.wide;
