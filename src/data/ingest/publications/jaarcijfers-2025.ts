import type { AnnualDescription } from '../description.js';
import { penaltyPayments } from './shared.js';

export const jaarcijfers2025: AnnualDescription = {
  layout: 'annual',
  publication: {
    id: 'jaarcijfers-2025',
    title: 'Jaarcijfers 2025',
    date: '2026-02',
    file: 'raw/jaarcijfers-2025.txt',
    kind: 'annual',
  },
  rankingYear: '2025',
  skip: [
    { match: /^Jaarcijfers - \d{4}$/, reason: 'publication title' },
    { match: /^aanvragen \d{4}$/, reason: 'heading of the top-3 column' },
    { match: /^Top 3 nationaliteiten\s*$/, reason: 'heading of the top-3 column' },
    {
      match: /^\d Deelproduct Nareis & 8 EVRM/,
      reason: 'footnote 1 text (a definition note, kept in the catalogue)',
    },
    { match: /^\d Deze aantallen komen terug in onderstaande sporen/, reason: 'footnote 2 text' },
    { match: /^\d Dit betreft de beoordeling van 1e asielaanvragen/, reason: 'footnote 3 text' },
    {
      match: /^\d Het betreft hier het aantal personen dat in het kader van nareis/,
      reason: 'footnote 4 text',
    },
    { match: /^\d Inclusief expatcenters/, reason: 'footnote 5 text' },
  ],
  prose: [
    penaltyPayments(
      /Het totaalbedrag aan betaalde dwangsommen .* is in (?<year>\d{4}) € (?<value>[\d.,]+) (?<scale>mln)/d,
      'footnote number',
    ),
  ],
};
