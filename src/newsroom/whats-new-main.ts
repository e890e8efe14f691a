import { committedDataset } from '../data/default.js';
import type { Fetch } from './post.js';
import { type RunIo, runWhatsNew } from './whats-new-run.js';

/** `npm run whats-new [-- --since "<publication>"] [--lang nl|en] [--post]`: see whats-new-run.ts. */
const argv = process.argv.slice(2);

// The chart renderer is loaded only when posting needs a chart.
let chart: RunIo['chart'];
if (argv.includes('--post')) {
  const { chartForAnswer } = await import('../charts/index.js');
  chart = (answer, maxUrlLength) => {
    const drawn = chartForAnswer(answer, { maxUrlLength });
    return drawn ? { url: drawn.url, alt: drawn.alt } : null;
  };
}

process.exitCode = await runWhatsNew(argv, {
  dataset: committedDataset(),
  env: process.env,
  fetch: globalThis.fetch as unknown as Fetch,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ...(chart ? { chart } : {}),
});
