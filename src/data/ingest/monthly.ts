import { MONTH_NAMES } from '../months.js';
import type { MonthlyDescription } from './description.js';
import { IngestError, Ledger } from './ledger.js';
import type { Parsed, ParsedObservation } from './parsed.js';
import { applySkips, extractProse } from './prose.js';
import { cells, normLabel, parseCell, VALUE_CELL } from './text.js';

const MONTHS = MONTH_NAMES.nl;

interface Block {
  line: number;
  periods: string[];
  rows: number[];
}

/**
 * Parses a monthly publication (Maandcijfers). Its extraction put every table's numbers first, as
 * blocks under a year and a row of month names, and the titles and row labels after them, out of
 * order. The description says, block by block, which table and which measures the number rows are;
 * this parser checks the shape (one value per month, the promised number of rows, the table title
 * present in the text) and refuses the file when it does not hold.
 */
export function parseMonthly(desc: MonthlyDescription, text: string): Parsed {
  const file = desc.publication.file;
  const ledger = new Ledger(file, text.split(/\r?\n/));
  // Blocks first: their year lines ("2024") look like the year labels that skip rules drop.
  const blocks = findBlocks(ledger);
  applySkips(ledger, desc.skip);
  const observations: ParsedObservation[] = extractProse(ledger, desc.prose ?? []);

  if (blocks.length !== desc.blocks.length) {
    const at = blocks[Math.min(blocks.length, desc.blocks.length)]?.line ?? ledger.lines.length;
    throw new IngestError(
      file,
      at,
      `found ${blocks.length} number blocks, the description has ${desc.blocks.length}`,
    );
  }
  const labelText = ledger.lines.map(normLabel);
  desc.blocks.forEach((spec, b) => {
    const block = blocks[b]!;
    if (!labelText.includes(normLabel(spec.title))) {
      throw new IngestError(
        file,
        null,
        `table title "${spec.title}" (block ${b + 1}) does not occur in the file`,
      );
    }
    if (block.rows.length !== spec.rows.length) {
      throw new IngestError(
        file,
        block.line,
        `block ${b + 1} (${spec.title}) has ${block.rows.length} number rows, the description ${spec.rows.length}`,
      );
    }
    block.rows.forEach((rowLine, r) => {
      const measure = spec.rows[r]!;
      const series = measure.includes('.') ? measure : `${spec.subject}.${measure}`;
      cells(ledger.lines[rowLine - 1]!).forEach((cell, k) => {
        const value = parseCell(cell.text);
        ledger.mark(rowLine, cell.start, cell.end, 'value');
        observations.push({
          series,
          period: block.periods[k]!,
          value,
          ...(value === null ? { reason: cell.text } : {}),
          line: rowLine,
          printed: cell.text,
        });
      });
    });
  });
  return { observations, rankings: [], ledger };
}

/** A block: a year line, a line of month names, then rows with exactly one value per month. */
function findBlocks(ledger: Ledger): Block[] {
  const blocks: Block[] = [];
  const { lines } = ledger;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(19|20)\d{2}\s*$/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const names = cells(lines[j] ?? '').map((c) => c.text.toLowerCase());
    if (names.length < 2 || !names.every((n) => MONTHS.includes(n))) continue;
    const periods = monthPeriods(Number(lines[i]!.trim()), names);
    ledger.markLine(i + 1, 'year', 'year of the first month column');
    ledger.markLine(j + 1, 'label', 'month names');
    const block: Block = { line: i + 1, periods, rows: [] };
    for (j = j + 1; j < lines.length; j++) {
      const cs = cells(lines[j]!);
      if (cs.length === 0) continue;
      if (cs.length !== periods.length || !cs.every((c) => VALUE_CELL.test(c.text))) break;
      block.rows.push(j + 1);
    }
    blocks.push(block);
    i = j - 1;
  }
  return blocks;
}

/** December 2024, January ... December -> 2024-12, 2025-01 ... 2025-12 (the year rolls over). */
function monthPeriods(firstYear: number, names: string[]): string[] {
  let year = firstYear;
  let previous = -1;
  return names.map((name) => {
    const month = MONTHS.indexOf(name);
    if (month <= previous) year++;
    previous = month;
    return `${year}-${String(month + 1).padStart(2, '0')}`;
  });
}
