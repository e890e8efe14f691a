import type { Answer } from '../contract/answer.js';
import type { ChartSizeName } from './sizes.js';

/** A chart for one answer: a URL when one fits the platform's limit, and the PNG on demand. */
export interface RenderedChart {
  /** QuickChart URL, or null when the configuration does not fit `maxUrlLength`. */
  url: string | null;
  /**
   * The same chart drawn locally (no network); adapters upload it when `url` is null. `narrow` is
   * drawn for a phone's width (the web page picks it by media query); `wide` is the URL's size.
   */
  png(size?: ChartSizeName): Promise<Uint8Array>;
  /** Alt text for screen readers and notifications, in the answer's language. */
  alt: string;
}

/** Returns null for answers that carry no chart (help, not_found, a ranking...). */
export type ChartProvider = (answer: Answer, options: { maxUrlLength: number }) => RenderedChart | null;

/** Image URL limits of the platforms. */
export const URL_LIMITS = { slack: 3000, discord: 2048, web: 8000 } as const;
