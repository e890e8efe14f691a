import { readFileSync } from 'node:fs';
import { FIGURES_FILE } from './paths.js';
import type { Dataset } from './schema.js';

let cached: Dataset | null = null;

/**
 * The committed dataset, parsed without re-validation: ingest validates it before writing and a
 * test validates the committed file, so the hot path (a CLI question) skips zod's start-up cost.
 * Long-running processes validate once at start with loadDataset().
 */
export function committedDataset(): Dataset {
  cached ??= JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Dataset;
  return cached;
}
