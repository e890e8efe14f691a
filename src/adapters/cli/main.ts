import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createAsk } from '../../app/ask.js';
import { answer } from '../../app/default-engine.js';
import { type CommonConfig, parseCommonConfig } from '../../config/common.js';
import { loadDotEnv } from '../../config/env.js';
import type { Ask, AskRequest } from '../../contract/ask.js';
import { commandLine, exitQuietlyOnBrokenPipe } from '../../ops/command-line.js';
import { renderTerminal } from './render.js';
import { TerminalSession } from './session.js';

const USAGE = `usage: npm run ask -- [options] ["question"]

  "question"            answer one question and exit
  (no question)         a conversation: follow-ups ("en in 2023?") work, a question back can be
                        answered with its number or its words; Ctrl-D quits
  --json                print the answer as the contract's JSON (chart: a URL or null)
  --jsonl               read one question per line on stdin, print one JSON answer per line
  --today YYYY-MM-DD    the reference date for "vorig jaar", "last month"
  --chart FILE.png      also write the answer's chart to FILE.png
  -h, --help            this text`;

/** One line for the user, no stack trace, and the exit code that says what kind of problem it was. */
function stop(message: string, code: number): never {
  process.stderr.write(`ask: ${message}\n`);
  process.exit(code);
}

const { values, positionals } = commandLine('ask', USAGE, {
  options: {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    today: { type: 'string' },
    chart: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});
const { today, chart: chartPath } = values;
if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) stop('--today needs a date as YYYY-MM-DD', 2);
if (chartPath !== undefined) {
  if (!/\.png$/i.test(chartPath)) stop(`--chart needs a file name ending in .png (got "${chartPath}")`, 2);
  const folder = dirname(resolve(chartPath));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {}
  if (!isFolder) stop(`--chart: the folder ${folder} does not exist`, 2);
}
exitQuietlyOnBrokenPipe();

function readConfig(): CommonConfig {
  try {
    loadDotEnv();
    return parseCommonConfig(process.env);
  } catch (err) {
    stop((err as Error).message, 2);
  }
}

const config = readConfig();
const wantsChart = Boolean(values.json || values.jsonl || chartPath);
// The chart renderer is loaded only when the answer's chart is printed or written.
const charts = wantsChart
  ? (await import('../../charts/index.js')).createChartProvider({ quickchartUrl: config.quickchartUrl })
  : undefined;
const ask: Ask = createAsk({
  answer,
  charts,
  // The terminal is the user's own: no rate limit, and no log line per question on its output.
  logger: { info: () => {}, error: (fields) => console.error(`ask: ${JSON.stringify(fields)}`) },
  limits: { maxQuestionLength: config.maxQuestionLength, ratePerMinute: 0 },
});
const request = (question: string, conversationId: string): AskRequest => ({
  question,
  adapter: 'cli',
  userId: 'terminal',
  conversationId,
  ...(today ? { today } : {}),
});
const question = positionals.join(' ');

if (values.jsonl) {
  // Every line stands alone: one line's reading is never the next line's follow-up context.
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    const { answer: a } = await ask(request(line, `cli:line:${n++}`));
    process.stdout.write(`${JSON.stringify(a)}\n`);
  }
} else if (!question && !values.json && !chartPath) {
  const color = Boolean(process.stdout.isTTY);
  const session = new TerminalSession(ask, { color, ...(today ? { today } : {}) });
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'ind> ' });
  console.log(
    'Stel een vraag over de IND-cijfers (of "help"); Ctrl-D stopt. / Ask about the IND figures; Ctrl-D quits.',
  );
  rl.prompt();
  for await (const line of rl) {
    if (line.trim()) process.stdout.write((await session.turn(line)).text);
    rl.prompt();
  }
} else {
  const asked = await ask(request(question, 'cli:once'));
  if (chartPath) {
    if (!asked.chart) console.error('ask: this answer has no chart.');
    else {
      try {
        await writeFile(chartPath, await asked.chart.png());
      } catch (err) {
        stop(`--chart: ${chartPath} could not be written (${(err as NodeJS.ErrnoException).code ?? err})`, 1);
      }
    }
  }
  process.stdout.write(
    values.json
      ? `${JSON.stringify(asked.answer)}\n`
      : renderTerminal(asked.answer, { color: Boolean(process.stdout.isTTY) }),
  );
}
