import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, FIGURES_FILE } from '../paths.js';
import { buildDataset } from './build.js';
import { serializeDataset } from './serialize.js';

/** `npm run ingest`: raw publications -> data/figures.json, written atomically. */
function main(): void {
  const started = performance.now();
  try {
    const { dataset, coverage } = buildDataset(DATA_DIR);
    const json = serializeDataset(dataset);
    mkdirSync(DATA_DIR, { recursive: true });
    const tmp = join(DATA_DIR, `.figures.${process.pid}.tmp`);
    writeFileSync(tmp, json);
    renameSync(tmp, FIGURES_FILE);
    const tokens = coverage.reduce((n, c) => n + c.tokens.length, 0);
    const values = coverage.reduce((n, c) => n + c.tokens.filter((t) => t.role === 'value').length, 0);
    console.log(
      `ingest: ${dataset.publications.length} publications, ${dataset.series.length} series, ${dataset.observations.length} observations ` +
        `(${dataset.observations.filter((o) => o.current).length} current), ${dataset.rankings.length} top-3 lists; ` +
        `${values} of ${tokens} number tokens ingested, the rest skipped with a reason; ${(performance.now() - started).toFixed(0)} ms`,
    );
  } catch (err) {
    console.error(`ingest failed: ${(err as Error).message}`);
    console.error('data/figures.json was left as it was.');
    process.exit(1);
  }
}

main();
