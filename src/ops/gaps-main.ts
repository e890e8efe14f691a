import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { commandLine, exitQuietlyOnBrokenPipe } from './command-line.js';
import { createGapCounter, formatGaps } from './gaps.js';

const USAGE = `usage: npm run gaps -- <log file>     (or: npm start > bot.log, then npm run gaps -- bot.log)
       <logs> | npm run gaps

Lists the questions the bot could not answer (not found, clarification, error, too long), grouped
and most frequent first, from the JSON log lines the bot writes when its output is not a terminal.`;

/** `npm run gaps [-- file.log]` (or logs on stdin): what users asked that the bot could not answer. */
const { positionals } = commandLine('gaps', USAGE, {
  options: { help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file && process.stdin.isTTY) {
  console.error(USAGE);
  process.exit(2);
}
exitQuietlyOnBrokenPipe();
const input = file ? createReadStream(file) : process.stdin;
input.on('error', (err: Error) => {
  console.error(`gaps: cannot read ${file}: ${err.message}`);
  process.exit(1);
});
const counter = createGapCounter();
for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) counter.add(line);
process.stdout.write(formatGaps(counter.report()));
