import { readFileSync } from 'node:fs';
import { AppError } from '../errors.js';
import { FIGURES_FILE } from './paths.js';
import { type Dataset, DatasetSchema } from './schema.js';

/** The dataset cannot be read or a record breaks the schema; the message names the file and record. */
export class DatasetError extends AppError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('dataset', message, options);
  }
}

/** Reads and validates the dataset; a bad record is named with its position and identity. */
export function loadDataset(file: string = FIGURES_FILE): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DatasetError(
      `${file}: cannot read the dataset (${(err as Error).message}); run npm run ingest`,
      { cause: err },
    );
  }
  return validateDataset(json, file);
}

export function validateDataset(json: unknown, file = 'dataset'): Dataset {
  const result = DatasetSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const [table, index] = issue.path as [string, number];
  const record = (json as Record<string, unknown[]>)?.[table]?.[index] as Record<string, unknown> | undefined;
  const who = record
    ? ` (${['id', 'series', 'subject', 'period', 'publication']
        .filter((k) => k in record)
        .map((k) => `${k} ${record[k]}`)
        .join(', ')})`
    : '';
  throw new DatasetError(`${file}: bad record ${issue.path.join('.')}${who}: ${issue.message}`);
}
