import type { Unit } from '../../schema.js';

/**
 * What is counted about a subject. Aliases are the words people use for it; the query engine builds
 * its vocabulary from this table, so a new synonym is one edit here. `family` groups measures that
 * answer the same question under another printed name (a subject has "Procedures" where another has
 * "Aanvragen"), so a question about applications finds intrekkingsprocedures too.
 */
export interface MeasureDef {
  unit: Unit;
  nl: string;
  en: string;
  family?: 'intake' | 'output' | 'pending' | 'timeliness';
  aliases: { nl: string[]; en: string[] };
  /** Words that tell this measure from its siblings (asylum vs regular) without naming it alone. */
  qualifiers?: string[];
  /** Age buckets of open cases, in months: [from, to) with null for open-ended. */
  age?: [number, number | null];
}
