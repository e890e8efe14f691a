import { committedDataset } from '../data/default.js';
import { exitQuietlyOnBrokenPipe } from '../ops/command-line.js';
import { runWhatsNew } from './run.js';

/** `npm run whats-new [-- --since "<publication>"] [--lang nl|en] [--post]`: see run.ts. */
exitQuietlyOnBrokenPipe();
process.exitCode = await runWhatsNew(process.argv.slice(2), {
  dataset: committedDataset(),
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
