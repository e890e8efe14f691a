import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { languageOf, NOTICES } from '../../app/messages.js';
import type { Ask, Asked, AskRequest } from '../../contract/ask.js';
import { readCommandLine } from '../../ops/command-line.js';
import { renderTerminal } from './render.js';
import { TerminalSession } from './session.js';

export const USAGE = `usage: npm run ask -- [options] ["question"]

  "question"            answer one question and exit
  (no question)         a conversation: follow-ups ("en in 2023?") work, a question back can be
                        answered with its number or its words; Ctrl-D quits
  --json                print the answer as the contract's JSON (chart: a URL or null)
  --jsonl               read one question per line on stdin, print one JSON answer per line
  --today YYYY-MM-DD    the reference date for "vorig jaar", "last month"
  --chart FILE.png      also write the answer's chart to FILE.png
  -h, --help            this text`;

const ARGS = {
  options: {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    today: { type: 'string' },
    chart: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
} as const;

export interface CliIo {
  /** The ask layer; `charts` says whether the answers' charts are needed (printed or written). */
  makeAsk(options: { charts: boolean }): Ask | Promise<Ask>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** Why --chart cannot write where it was pointed, or null when it can try. */
function chartTargetProblem(path: string): string | null {
  if (!/\.png$/i.test(path)) return `--chart needs a file name ending in .png (got "${path}")`;
  const folder = dirname(resolve(path));
  try {
    if (statSync(folder).isDirectory()) return null;
  } catch {}
  return `--chart: the folder ${folder} does not exist`;
}

/**
 * `npm run ask`: one question, a conversation, or one JSON answer per input line, all through the
 * ask layer. Returns the exit code: 0 answered, 1 an answer or chart could not be made, 2 a usage
 * problem (said in one line, never with a stack trace).
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr.write(`ask: ${message}\n`);
    return code;
  };
  const read = readCommandLine(ARGS, args);
  if (read.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (read.kind === 'error') return fail(`${read.message}\n${USAGE}`, 2);
  const { values, positionals } = read;
  const { today, chart: chartPath } = values;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today))
    return fail('--today needs a date as YYYY-MM-DD', 2);
  const problem = chartPath === undefined ? null : chartTargetProblem(chartPath);
  if (problem) return fail(problem, 2);

  const ask = await io.makeAsk({ charts: Boolean(values.json || values.jsonl || chartPath) });
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
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const line of lines) {
      const { answer } = await ask(request(line, `cli:line:${n++}`));
      io.stdout.write(`${JSON.stringify(answer)}\n`);
    }
    return 0;
  }
  const color = Boolean(io.stdout.isTTY);
  if (!question && !values.json && !chartPath) {
    const session = new TerminalSession(ask, { color, ...(today ? { today } : {}) });
    const rl = createInterface({ input: io.stdin, output: io.stdout, prompt: 'ind> ' });
    io.stdout.write(
      'Stel een vraag over de IND-cijfers (of "help"); Ctrl-D stopt. / Ask about the IND figures; Ctrl-D quits.\n',
    );
    rl.prompt();
    for await (const line of rl) {
      if (line.trim()) io.stdout.write((await session.turn(line)).text);
      rl.prompt();
    }
    return 0;
  }
  let asked: Asked;
  try {
    asked = await ask(request(question, 'cli:once'));
  } catch {
    return fail(NOTICES[languageOf(question)].failed, 1);
  }
  io.stdout.write(
    values.json ? `${JSON.stringify(asked.answer)}\n` : renderTerminal(asked.answer, { color }),
  );
  if (!chartPath) return 0;
  if (!asked.chart) return fail('this answer has no chart.', 0);
  try {
    await writeFile(chartPath, await asked.chart.png());
  } catch (err) {
    return fail(
      `--chart: ${chartPath} could not be written (${(err as NodeJS.ErrnoException).code ?? err})`,
      1,
    );
  }
  return 0;
}
