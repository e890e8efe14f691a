import type { Language } from './schema.js';

/**
 * The months' full names, January first: what the Maandcijfers print above their columns (Dutch)
 * and how answers name a month. One list for the ingest and the engine; the charts print their
 * own short names, and the lexicon reads the many ways a question writes a month.
 */
export const MONTH_NAMES: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
