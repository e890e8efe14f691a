import { commandLine, exitQuietlyOnBrokenPipe } from '../ops/command-line.js';
import { exportRows, toCsv } from './export.js';
import { DatasetError, loadDataset } from './load.js';

const USAGE = `usage: npm run export -- [--format csv|json] [--history] [--verbose]

  --format csv|json   the table as CSV (default) or JSON, on standard output
  --history           every publication's value, superseded ones with current: false
  --verbose           also print the load and validation time (on standard error)
  -h, --help          this text`;

/** `npm run export`: the dataset as a table on stdout. */
const { values } = commandLine('export', USAGE, {
  options: {
    format: { type: 'string', default: 'csv' },
    history: { type: 'boolean' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const format = values.format;
if (format !== 'csv' && format !== 'json') {
  process.stderr.write(`export: --format must be csv or json (got "${format}")\n${USAGE}\n`);
  process.exit(2);
}
exitQuietlyOnBrokenPipe();
const started = performance.now();
let dataset: ReturnType<typeof loadDataset>;
try {
  dataset = loadDataset();
} catch (err) {
  if (!(err instanceof DatasetError)) throw err;
  process.stderr.write(`export: ${err.message}\n`);
  process.exit(1);
}
const loadMs = performance.now() - started;
const rows = exportRows(dataset, Boolean(values.history));
process.stdout.write(format === 'csv' ? toCsv(rows) : `${JSON.stringify(rows, null, 1)}\n`);
if (values.verbose) {
  console.error(`export: ${rows.length} rows; dataset loaded and validated in ${loadMs.toFixed(1)} ms`);
}
