import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../schema.js';
import { buildDataset, type Coverage } from './build.js';
import type { Description } from './description.js';
import { serializeDataset } from './serialize.js';

/**
 * Builds the dataset and replaces figures.json atomically (write a temporary file, then rename), so
 * a failed run leaves the previous dataset intact.
 */
export function runIngest(
  dataDir: string,
  descriptions?: Description[],
): { dataset: Dataset; coverage: Coverage[] } {
  const result = buildDataset(dataDir, descriptions);
  mkdirSync(dataDir, { recursive: true });
  const tmp = join(dataDir, `.figures.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, serializeDataset(result.dataset));
    renameSync(tmp, join(dataDir, 'figures.json'));
  } finally {
    rmSync(tmp, { force: true });
  }
  return result;
}
