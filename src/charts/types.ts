import type { Answer } from '../contract/answer.js';
import type { AnswerChart } from '../contract/ask.js';

/** A chart for one answer: a URL when one fits the platform's limit, and the PNG on demand per width. */
export type RenderedChart = AnswerChart;

/** Returns null for answers that carry no chart (help, not_found, a ranking...). */
export type ChartProvider = (answer: Answer, options: { maxUrlLength: number }) => RenderedChart | null;

/** Image URL limits of the platforms. */
export const URL_LIMITS = { slack: 3000, discord: 2048, web: 8000 } as const;
