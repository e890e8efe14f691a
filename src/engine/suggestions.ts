import { SUBJECTS, type SubjectDef } from '../data/catalog/subjects.js';
import type { Language, Series } from '../data/schema.js';
import type { DataIndex } from './data-index.js';
import { formatPeriod } from './format.js';

/** A subject's plain name: its first alias ("familie en gezin", "track 4"). */
export function subjectName(subject: string, lang: Language): string {
  return (SUBJECTS as Record<string, SubjectDef>)[subject]?.aliases[lang][0] ?? subject;
}

/** A question the engine answers with exactly this series and period (used for suggestions and buttons). */
export function questionFor(series: Series, period: string | null, lang: Language): string {
  // The subject's first alias is its plain name; its label's parenthetical detail ("incl. Nareis en
  // Visa kort verblijf") would name other subjects.
  const subject = (SUBJECTS as Record<string, SubjectDef>)[series.subject];
  const name = subject?.aliases[lang][0] ?? series.name[lang].subject;
  const measure = series.name[lang].measure.replace(/[()]/g, '');
  const text = `${name.charAt(0).toUpperCase()}${name.slice(1)} ${measure}`;
  return period ? `${text} ${formatPeriod(period, lang)}` : text;
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
