// The figures of one answer as CSV: exactly its facts, raw numbers (no thousands separators), so a
// spreadsheet reads them as numbers.

export const CSV_COLUMNS = ['series', 'label', 'period', 'value', 'unit', 'source'];

export function factsToCsv(facts) {
  const rows = [CSV_COLUMNS, ...facts.map((fact) => CSV_COLUMNS.map((column) => fact[column]))];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  // A text cell starting with = + - @ would be run as a formula by spreadsheet programs.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A file name from how the question was read: "ind-cijfers-naturalisatie-aanvragen-2024.csv". */
export function csvFileName(answer) {
  const slug = String(answer.reading ?? answer.question ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `ind-cijfers${slug ? `-${slug}` : ''}.csv`;
}
