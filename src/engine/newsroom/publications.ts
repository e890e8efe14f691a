import type { Publication } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';

/** A publication named in a question, and where its name is, so the rest can be read without it. */
export interface NamedPublication {
  publication: Publication;
  at: number;
  end: number;
}

const ANNUAL =
  /\b(?:de\s+|the\s+)?(?:ind[- ])?(?:jaarcijfers|jaarverslag|jaarrapport|annual (?:figures|report|statistics))\s*(?:van\s+|of\s+|over\s+|for\s+)?((?:19|20)\d\d)\b/;
const MONTHLY =
  /\b(?:de\s+|the\s+)?(?:ind[- ])?(?:maandcijfers|maandrapportage|monthly (?:figures|report|statistics))(?:\s+(?:ind\s+)?(?:van\s+|of\s+|for\s+)?([a-z]+)?\s*((?:19|20)\d\d))?/;

const MONTHS: Record<string, string> = {
  januari: '01',
  january: '01',
  februari: '02',
  february: '02',
  maart: '03',
  march: '03',
  april: '04',
  mei: '05',
  may: '05',
  juni: '06',
  june: '06',
  juli: '07',
  july: '07',
  augustus: '08',
  august: '08',
  september: '09',
  oktober: '10',
  october: '10',
  november: '11',
  december: '12',
};

/** Finds "Jaarcijfers 2023", "annual figures 2024", "Maandcijfers december 2025" in folded text. */
export function namedPublication(text: string, idx: DataIndex): NamedPublication | null {
  const annual = ANNUAL.exec(text);
  if (annual) {
    const p = idx.publications.get(`jaarcijfers-${annual[1]}`);
    return p ? { publication: p, at: annual.index, end: annual.index + annual[0].length } : null;
  }
  const monthly = MONTHLY.exec(text);
  if (monthly) {
    const all = [...idx.publications.values()].filter((p) => p.kind === 'monthly');
    const month = monthly[1] ? MONTHS[monthly[1]] : undefined;
    const wanted = monthly[2] ? `maandcijfers-${monthly[2]}${month ? `-${month}` : ''}` : 'maandcijfers-';
    const p = all.filter((x) => x.id.startsWith(wanted)).sort((a, b) => b.date.localeCompare(a.date))[0];
    return p ? { publication: p, at: monthly.index, end: monthly.index + monthly[0].length } : null;
  }
  return null;
}

/** Publications oldest first. */
export const byDate = (idx: DataIndex): Publication[] =>
  [...idx.publications.values()].sort((a, b) => a.date.localeCompare(b.date));

/** The year an annual publication reports on: Jaarcijfers 2023 -> 2023. */
export const reportYear = (p: Publication): string | null => /(?:19|20)\d\d/.exec(p.id)?.[0] ?? null;
