import type { CommonConfig } from '../config/common.js';
import type { Ask } from '../contract/ask.js';
import { createAsk } from './ask.js';
import { answer } from './default-engine.js';

/**
 * The ask layer for `npm run ask` over the committed dataset: no rate limit (the terminal is the
 * user's own) and no log line per question on its output. The chart renderer is loaded only when
 * the answers' charts are printed or written.
 */
export async function createTerminalAsk(config: CommonConfig, options: { charts: boolean }): Promise<Ask> {
  const charts = options.charts
    ? (await import('../charts/index.js')).createChartProvider({ quickchartUrl: config.quickchartUrl })
    : undefined;
  return createAsk({
    answer,
    charts,
    logger: { info: () => {}, error: (fields) => console.error(`ask: ${JSON.stringify(fields)}`) },
    logQuestions: false,
    limits: { maxQuestionLength: config.maxQuestionLength, ratePerMinute: 0 },
  });
}
