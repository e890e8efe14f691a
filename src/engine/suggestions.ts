import type { Language, Series } from '../data/schema.js';
import type { DataIndex } from './data-index.js';
import { formatPeriod } from './format.js';

/** A question the engine answers with exactly this series and period (used for suggestions and buttons). */
export function questionFor(series: Series, period: string | null, lang: Language): string {
  const label = series.label[lang].replace(' · ', ' ').replace(/\s*\([^)]*\)\s*$/, '');
  return period ? `${label} ${formatPeriod(period, lang)}` : label;
}

/** Up to `n` suggestions about a subject: its main measures in the latest year. */
export function subjectSuggestions(subject: string, idx: DataIndex, lang: Language, n = 3): string[] {
  const list = idx.bySubject.get(subject) ?? [];
  return list
    .filter((s) => !s.measure.startsWith('open-'))
    .slice(0, n)
    .map((s) => {
      const periods = idx.periods(s.id);
      return questionFor(s, periods[periods.length - 1] ?? null, lang);
    });
}

/** Where to start when nothing matched: the headline series, latest year. */
export function starterSuggestions(idx: DataIndex, lang: Language): string[] {
  return [
    'naturalisatie.aanvragen',
    'asiel-eerste.aanvragen',
    'kennis-talent.beslissingen',
    'spoor-4.in-behandeling',
  ]
    .map((id) => idx.series.get(id))
    .filter((s): s is Series => !!s)
    .map((s) => {
      const years = idx.periods(s.id, 'year');
      return questionFor(s, years[years.length - 1] ?? null, lang);
    });
}
