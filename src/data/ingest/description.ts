import type { Bilingual, Publication, Unit } from '../schema.js';
import type { SectionLayout } from './annual-layout.js';

/** A figure printed in prose (a footnote, a finance paragraph), found by a regex with named groups. */
export interface ProseFigure {
  /** Must match exactly one line of the file; use the `d` flag so group offsets are known. */
  match: RegExp;
  /** When the same wording occurs more than once: take the first match after the line matching this. */
  after?: RegExp;
  figures: {
    series: string;
    /** Named group holding the value. */
    value: string;
    /** Named group holding the year, or the period itself. */
    period: { group: string } | { fixed: string };
    unit: Unit;
    /** Named group with a scale word ("mln", "miljoen") for euro amounts. */
    scale?: string;
    negative?: boolean;
  }[];
  /** Why the other number tokens on that line are not figures. */
  rest?: string;
}

export interface SkipRule {
  match: RegExp;
  reason: string;
}

export interface SeriesNote extends Bilingual {
  series: string;
  period?: string;
}

interface Common {
  publication: Publication;
  /** Lines that hold no figure (titles, page numbers, footnote prose), with the reason. */
  skip: SkipRule[];
  prose?: ProseFigure[];
  /** Footnotes that apply to one series (and optionally one period) in this publication. */
  notes?: SeriesNote[];
}

export interface AnnualDescription extends Common {
  layout: 'annual';
  /** The year of the top-3 nationality lists. */
  rankingYear?: string;
  /** Extraction errors in labels and names (OCR), fixed before matching: [printed, meant]. */
  fixes?: [string, string][];
  /** Section titles particular to this publication (normalized, see normLabel). */
  sections?: Record<string, SectionLayout>;
  /** Row labels (normalized) printed with fewer values than the table has years: they fill the first columns. */
  partialRows?: string[];
}

export interface MonthlyBlock {
  /** The table's title as printed in the label part of the file (checked to be there). */
  title: string;
  subject: string;
  /** One measure per number row, in the printed order. */
  rows: string[];
}

export interface MonthlyDescription extends Common {
  layout: 'monthly';
  blocks: MonthlyBlock[];
}

export type Description = AnnualDescription | MonthlyDescription;
