import { DATA_DIR } from '../paths.js';
import { runIngest } from './run.js';

/** `npm run ingest [-- --data DIR]`: raw publications -> data/figures.json. */
const i = process.argv.indexOf('--data');
const dataDir = i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : DATA_DIR;
const started = performance.now();
try {
  const { dataset, coverage } = runIngest(dataDir);
  const tokens = coverage.flatMap((c) => c.tokens);
  const values = tokens.filter((t) => t.role === 'value').length;
  console.log(
    `ingest: ${dataset.publications.length} publications, ${dataset.series.length} series, ` +
      `${dataset.observations.length} observations (${dataset.observations.filter((o) => o.current).length} current), ` +
      `${dataset.rankings.length} top-3 lists; ${values} of ${tokens.length} number tokens ingested, ` +
      `the other ${tokens.length - values} skipped with a reason; ${(performance.now() - started).toFixed(0)} ms`,
  );
} catch (err) {
  console.error(`ingest failed: ${(err as Error).message}`);
  console.error('figures.json was left as it was.');
  process.exit(1);
}
