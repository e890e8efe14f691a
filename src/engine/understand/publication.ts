import type { Publication } from '../../data/schema.js';
import type { NamedPublication } from './query.js';
import type { View } from './view.js';

const marker = (view: View, i: number, kind: 'publicationAnnual' | 'publicationMonthly') =>
  view.senses(i).some((s) => s.kind === 'marker' && s.marker === kind);

/**
 * "Jaarcijfers 2023", "the annual figures for 2024", "Maandcijfers december 2025": a publication
 * named in the question. Its name is taken, so its year is not read as the period asked.
 */
export function readPublication(view: View, publications: Publication[]): NamedPublication | null {
  for (let i = 0; i < view.length; i++) {
    const annual = marker(view, i, 'publicationAnnual');
    const monthly = !annual && marker(view, i, 'publicationMonthly');
    if (!annual && !monthly) continue;
    const phrase = view.lex[i]!;
    let j = view.next(phrase.end - 1);
    if (/^(ind|van|of|over|for|de|the)$/.test(view.text(j))) j = view.next(j);
    if (/^(van|of|over|for)$/.test(view.text(j))) j = view.next(j);
    let month: number | null = null;
    const m = view.sense(j, 'month');
    if (monthly && m) {
      month = m.month;
      j = view.next(j);
    }
    const year = /^\d{4}$/.test(view.text(j)) ? view.text(j) : null;
    // "(maandcijfers)", "monthly figures": figures per month, not one edition of the publication.
    if (monthly && !year) continue;
    const end = year ? j + 1 : month ? j : phrase.end;
    const wanted = annual
      ? year && `jaarcijfers-${year}`
      : `maandcijfers-${year ?? ''}${year && month ? `-${String(month).padStart(2, '0')}` : ''}`;
    if (!wanted) continue;
    const found = publications
      .filter((p) => (annual ? p.id === wanted : p.kind === 'monthly' && p.id.startsWith(wanted)))
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    if (!found) continue;
    const start = phrase.start;
    view.take(start, end, 'publication');
    return { publication: found, start, end };
  }
  return null;
}
