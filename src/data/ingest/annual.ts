import {
  DEFAULT_ROWS,
  NATIONALITIES,
  RANKING_CATEGORIES,
  SECTIONS,
  type SectionLayout,
} from './annual-layout.js';
import type { AnnualDescription } from './description.js';
import { IngestError, Ledger } from './ledger.js';
import type { Parsed, ParsedObservation, ParsedRanking } from './parsed.js';
import { applySkips, extractProse } from './prose.js';
import { type Cell, cells, normLabel, parseCell, VALUE_CELL } from './text.js';

const YEAR = /^(19|20)\d{2}$/;
const RANK_CELL = /^[123]\.$/;
const RANK_LINE = /^\s*([123])\.\s+(\S.*?)\s*$/;

/** Category labels of top-3 lists keep their digits ("Spoor 1"); only decoration is dropped. */
const normCategory = (s: string) => normLabel(`${s.replace(/\*+/g, '')} x`).replace(/ x$/, '');

interface Section {
  title: string;
  layout: SectionLayout;
}

/**
 * Parses an annual publication (Jaarcijfers): tables with a header of years, rows of a label and one
 * value per year, and top-3 nationality lists either at the ends of rows or as separate blocks. It
 * handles space- and tab-separated extractions alike, because it reads cells from the right.
 */
export function parseAnnual(desc: AnnualDescription, text: string): Parsed {
  const file = desc.publication.file;
  const ledger = new Ledger(file, text.split(/\r?\n/));
  applySkips(ledger, desc.skip);
  const observations: ParsedObservation[] = extractProse(ledger, desc.prose ?? []);
  const rankings: ParsedRanking[] = [];
  const sections = { ...SECTIONS, ...desc.sections };
  const fix = (s: string) => (desc.fixes ?? []).reduce((acc, [from, to]) => acc.replaceAll(from, to), s);
  const partial = new Set(desc.partialRows ?? []);

  let years: string[] = [];
  let section: Section | null = null;
  let inlineRanking: ParsedRanking | null = null;

  const startRanking = (label: string, line: number): ParsedRanking => {
    const subject = RANKING_CATEGORIES[normCategory(fix(label))];
    if (!subject) throw new IngestError(file, line, `unknown top-3 category "${label.trim()}"`);
    if (!desc.rankingYear)
      throw new IngestError(file, line, 'top-3 list found but the description has no rankingYear');
    const ranking: ParsedRanking = { subject, period: desc.rankingYear, line, entries: [] };
    rankings.push(ranking);
    return ranking;
  };
  const addRank = (ranking: ParsedRanking | null, rank: number, name: string, line: number) => {
    if (!ranking) throw new IngestError(file, line, `rank "${rank}. ${name}" outside a top-3 list`);
    const nl = fix(name).trim();
    const en = NATIONALITIES[nl];
    if (!en) throw new IngestError(file, line, `unknown nationality "${nl}" (add it to NATIONALITIES)`);
    ranking.entries.push({ rank, nl, en, line });
  };

  for (let i = 0; i < ledger.lines.length; i++) {
    const line = i + 1;
    const raw = ledger.lines[i]!;
    if (ledger.isMarked(line)) continue;
    const cs = cells(raw);
    if (cs.length === 0) continue;

    // A top-3 block: a category label, then "1. X", "2. Y", "3. Z" on their own lines.
    const next = nextNonBlank(ledger.lines, i + 1);
    if (
      RANKING_CATEGORIES[normCategory(fix(raw))] &&
      next !== null &&
      /^\s*1\.\s/.test(ledger.lines[next]!)
    ) {
      const ranking = startRanking(raw, line);
      ledger.mark(line, 0, raw.length, 'label');
      let j = next;
      while (j < ledger.lines.length && ranking.entries.length < 3) {
        const m = RANK_LINE.exec(ledger.lines[j]!);
        if (m) {
          addRank(ranking, Number(m[1]), m[2]!, j + 1);
          ledger.mark(j + 1, 0, ledger.lines[j]!.length, 'rank');
        } else if (ledger.lines[j]!.trim()) break;
        j++;
      }
      if (ranking.entries.length !== 3) throw new IngestError(file, line, 'a top-3 list needs three ranks');
      i = j - 1;
      continue;
    }

    const header = readHeader(cs);
    if (header) {
      const title = normLabel(fix(raw.slice(0, header.years[0]!.start)));
      for (const y of header.years) ledger.mark(line, y.start, y.end, 'year');
      years = header.years.map((y) => y.text);
      if (title) {
        const layout = sections[title];
        if (!layout)
          throw new IngestError(
            file,
            line,
            `unknown section "${title}" (add it to the layout or a skip rule)`,
          );
        section = { title, layout };
        ledger.mark(line, 0, header.years[0]!.start, 'label');
      }
      inlineRanking = null;
      if (header.after) {
        ledger.mark(line, header.after.start, raw.length, 'label');
        inlineRanking = startRanking(raw.slice(header.after.start), line);
      }
      continue;
    }

    const titleOnly = normLabel(fix(raw));
    if (!cs.some((c) => VALUE_CELL.test(c.text)) && sections[titleOnly]) {
      section = { title: titleOnly, layout: sections[titleOnly]! };
      ledger.mark(line, 0, raw.length, 'label');
      inlineRanking = null;
      continue;
    }

    if (!section) continue;
    const row = readRow(cs, years.length);
    if (!row) continue;
    const label = raw.slice(0, row.values[0]!.start);
    const key = normLabel(fix(label));
    const complete = row.values.length === years.length;
    if (!complete && !partial.has(key)) continue;
    const measure = { ...DEFAULT_ROWS, ...section.layout.rows }[key];
    if (!measure)
      throw new IngestError(file, line, `row "${key}" is not in the layout of section "${section.title}"`);
    const series = measure.includes('.') ? measure : `${section.layout.subject}.${measure}`;
    ledger.mark(line, 0, row.values[0]!.start, 'label');
    row.values.forEach((cell, k) => {
      const value = parseCell(cell.text);
      ledger.mark(line, cell.start, cell.end, 'value');
      observations.push({
        series,
        period: years[k]!,
        value,
        ...(value === null ? { reason: cell.text } : {}),
        line,
        printed: cell.text,
      });
    });
    if (row.rank) {
      ledger.mark(line, row.rank.cell.start, raw.length, 'rank');
      addRank(inlineRanking, Number(row.rank.cell.text[0]), row.rank.name, line);
    }
  }

  for (const r of rankings) {
    if (r.entries.length !== 3)
      throw new IngestError(file, r.line, `top-3 list for ${r.subject} has ${r.entries.length} ranks`);
  }
  return { observations, rankings, ledger };
}

function nextNonBlank(lines: string[], from: number): number | null {
  for (let j = from; j < lines.length; j++) if (lines[j]!.trim()) return j;
  return null;
}

/** A header: a run of consecutive descending years, optionally followed by a top-3 category label. */
function readHeader(cs: Cell[]): { years: Cell[]; after: Cell | null } | null {
  const first = cs.findIndex((c) => YEAR.test(c.text));
  if (first < 0) return null;
  const years = [cs[first]!];
  for (let k = first + 1; k < cs.length && YEAR.test(cs[k]!.text); k++) {
    if (Number(cs[k]!.text) !== Number(years[years.length - 1]!.text) - 1) return null;
    years.push(cs[k]!);
  }
  const rest = cs.slice(first + years.length);
  if (rest[0] && VALUE_CELL.test(rest[0].text)) return null;
  return { years, after: rest[0] ?? null };
}

/** A row: label, up to `columns` value cells, and optionally "k. Nationality" at the end. */
function readRow(
  cs: Cell[],
  columns: number,
): { values: Cell[]; rank: { cell: Cell; name: string } | null } | null {
  let end = cs.length;
  let rank: { cell: Cell; name: string } | null = null;
  const r = cs.findIndex((c, k) => k > 0 && RANK_CELL.test(c.text) && VALUE_CELL.test(cs[k - 1]!.text));
  if (r > 0 && r < cs.length - 1 && cs.slice(r + 1).every((c) => !VALUE_CELL.test(c.text))) {
    rank = {
      cell: cs[r]!,
      name: cs
        .slice(r + 1)
        .map((c) => c.text)
        .join(' '),
    };
    end = r;
  }
  const values: Cell[] = [];
  for (let k = end - 1; k > 0 && values.length < columns && VALUE_CELL.test(cs[k]!.text); k--)
    values.unshift(cs[k]!);
  if (values.length === 0 || end - values.length < 1) return null;
  return { values, rank };
}
