import { createInterface } from 'node:readline';
import { answer } from '../../app/default-engine.js';
import type { Answer } from '../../contract/answer.js';
import { renderTerminal } from './render.js';
import { TerminalSession } from './session.js';

/**
 * `npm run ask -- "vraag"` prints the answer for a person (no question: an interactive conversation
 * in which follow-ups work); `--json` the contract's JSON; `--jsonl`
 * reads one question per line on stdin and prints one JSON answer per line; `--today YYYY-MM-DD`
 * fixes the reference date; `--chart out.png` writes the answer's chart.
 */
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const today = option('--today');
if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--today needs a date as YYYY-MM-DD');
  process.exit(2);
}
const chartPath = option('--chart');
const question = args
  .filter((a, i) => !a.startsWith('--') && !['--today', '--chart'].includes(args[i - 1] ?? ''))
  .join(' ');
const opts = today ? { today } : {};

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

/** The contract's chart field: a QuickChart URL (QUICKCHART_URL or the public service) when one fits. */
async function withChartUrl(a: Answer): Promise<Answer> {
  const { chartForAnswer, URL_LIMITS } = await import('../../charts/index.js');
  const url = chartForAnswer(a, { maxUrlLength: URL_LIMITS.web })?.url;
  return url ? { ...a, chart: { url } } : a;
}

if (flag('--jsonl')) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const line of lines) out.push(JSON.stringify(await withChartUrl(answer(line, opts))));
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
} else if (!question && !flag('--json') && !chartPath) {
  const session = new TerminalSession(
    (q, context) => answer(q, { ...opts, context }),
    Boolean(process.stdout.isTTY),
  );
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
  const a = flag('--json') ? await withChartUrl(answer(question, opts)) : answer(question, opts);
  if (chartPath) {
    const { writeChartPng } = await import('../../charts/index.js');
    const written = await writeChartPng(a, chartPath);
    if (!written) console.error('This answer has no chart.');
  }
  process.stdout.write(
    flag('--json') ? `${JSON.stringify(a)}\n` : renderTerminal(a, Boolean(process.stdout.isTTY)),
  );
}
