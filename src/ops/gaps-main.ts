import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { formatGaps, summarizeGaps } from './gaps.js';

/** `npm run gaps [-- file.log]` (or logs on stdin): what users asked that the bot could not answer. */
const file = process.argv[2];
const input = file ? createReadStream(file) : process.stdin;
input.on('error', (err: Error) => {
  console.error(`gaps: cannot read ${file}: ${err.message}`);
  process.exit(1);
});
const lines: string[] = [];
for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) lines.push(line);
process.stdout.write(formatGaps(summarizeGaps(lines)));
