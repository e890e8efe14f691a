import type { ChartProvider, RenderedChart } from '../charts/types.js';
import type { Answer } from '../contract/answer.js';

/** A chart provider that draws each answer's chart once, and can say that a copy has the same chart. */
export type CachedChartProvider = ChartProvider & {
  /** `copy` is `original` with fields added (the chart URL): it has the same chart. */
  same(copy: Answer, original: Answer): void;
};

/**
 * The ask layer draws an answer's chart for its URL, and the adapter then asks the provider again
 * for the same answer (its alt text, or the PNG to upload). Building a chart (configuration, URL,
 * alt text) is the largest part of answering, so the second request is served from this cache.
 * Entries live as long as the answer object does (a WeakMap), so nothing accumulates.
 */
export function cacheCharts(provider: ChartProvider): CachedChartProvider {
  const drawn = new WeakMap<Answer, Map<number, RenderedChart | null>>();
  const charts: ChartProvider = (answer, options) => {
    let byLimit = drawn.get(answer);
    if (!byLimit) {
      byLimit = new Map();
      drawn.set(answer, byLimit);
    }
    if (byLimit.has(options.maxUrlLength)) return byLimit.get(options.maxUrlLength)!;
    const chart = provider(answer, options);
    byLimit.set(options.maxUrlLength, chart);
    return chart;
  };
  return Object.assign(charts, {
    same(copy: Answer, original: Answer) {
      const byLimit = drawn.get(original);
      if (byLimit) drawn.set(copy, byLimit);
    },
  });
}
