import { createInterface } from 'node:readline';
import { answer } from '../../engine/index.js';
import { renderTerminal } from './render.js';

/**
 * `npm run ask -- "vraag"` prints the answer for a person; `--json` the contract's JSON; `--jsonl`
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

if (flag('--jsonl')) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const line of lines) out.push(JSON.stringify(answer(line, opts)));
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
} else {
  const a = answer(question, opts);
  if (chartPath) {
    const { writeChartPng } = await import('../../charts/index.js');
    const written = await writeChartPng(a, chartPath);
    if (!written) console.error('This answer has no chart.');
  }
  process.stdout.write(
    flag('--json') ? `${JSON.stringify(a)}\n` : renderTerminal(a, Boolean(process.stdout.isTTY)),
  );
}
