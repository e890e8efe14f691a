import { createAsk } from '../../app/ask.js';
import { answer } from '../../app/default-engine.js';
import { parseCommonConfig } from '../../config/common.js';
import { loadDotEnv } from '../../config/env.js';
import { exitQuietlyOnBrokenPipe } from '../../ops/command-line.js';
import { runCli } from './run.js';

/** `npm run ask`: see run.ts. The configuration is read first; a bad variable stops with one line. */
exitQuietlyOnBrokenPipe();
let config: ReturnType<typeof parseCommonConfig>;
try {
  loadDotEnv();
  config = parseCommonConfig(process.env);
} catch (err) {
  process.stderr.write(`ask: ${(err as Error).message}\n`);
  process.exit(2);
}

process.exitCode = await runCli(process.argv.slice(2), {
  async makeAsk(options) {
    // The chart renderer is loaded only when the answer's chart is printed or written.
    const charts = options.charts
      ? (await import('../../charts/index.js')).createChartProvider({ quickchartUrl: config.quickchartUrl })
      : undefined;
    return createAsk({
      answer,
      charts,
      // The terminal is the user's own: no rate limit, and no log line per question on its output.
      logger: { info: () => {}, error: (fields) => console.error(`ask: ${JSON.stringify(fields)}`) },
      limits: { maxQuestionLength: config.maxQuestionLength, ratePerMinute: 0 },
    });
  },
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
