import { commandLine } from '../../ops/command-line.js';
import { DATA_DIR } from '../paths.js';
import { runIngest } from './run.js';

const USAGE = `usage: npm run ingest -- [--data DIR]

  Parses the raw publications in DIR/raw (default data/) into DIR/figures.json; stops with
  file:line on anything it cannot account for, leaving figures.json as it was.`;

/** `npm run ingest [-- --data DIR]`: raw publications -> data/figures.json. */
const { values } = commandLine('ingest', USAGE, {
  options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const dataDir = values.data ?? DATA_DIR;
const started = performance.now();
try {
  const { dataset, coverage } = runIngest(dataDir);
  const tokens = coverage.flatMap((c) => c.tokens);
  const ingested = tokens.filter((t) => t.role === 'value').length;
  console.log(
    `ingest: ${dataset.publications.length} publications, ${dataset.series.length} series, ` +
      `${dataset.observations.length} observations (${dataset.observations.filter((o) => o.current).length} current), ` +
      `${dataset.rankings.length} top-3 lists; ${ingested} of ${tokens.length} number tokens ingested, ` +
      `the other ${tokens.length - ingested} skipped with a reason; ${(performance.now() - started).toFixed(0)} ms`,
  );
} catch (err) {
  console.error(`ingest failed: ${(err as Error).message}`);
  console.error('figures.json was left as it was.');
  process.exit(1);
}
