import { exportRows, toCsv } from './export.js';
import { loadDataset } from './load.js';

/** `npm run export -- --format csv|json [--history] [--verbose]`: the dataset as a table on stdout. */
const args = process.argv.slice(2);
const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'csv';
if (format !== 'csv' && format !== 'json') {
  console.error('usage: npm run export -- --format csv|json [--history] [--verbose]');
  process.exit(2);
}
const started = performance.now();
const dataset = loadDataset();
const loadMs = performance.now() - started;
const rows = exportRows(dataset, args.includes('--history'));
process.stdout.write(format === 'csv' ? toCsv(rows) : `${JSON.stringify(rows, null, 1)}\n`);
if (args.includes('--verbose')) {
  console.error(`export: ${rows.length} rows; dataset loaded and validated in ${loadMs.toFixed(1)} ms`);
}
