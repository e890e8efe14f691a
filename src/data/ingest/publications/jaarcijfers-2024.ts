import type { AnnualDescription } from '../description.js';
import { penaltyPayments } from './shared.js';

export const jaarcijfers2024: AnnualDescription = {
  layout: 'annual',
  publication: {
    id: 'jaarcijfers-2024',
    title: 'Jaarcijfers 2024',
    date: '2025-02',
    file: 'raw/jaarcijfers-2024.txt',
    kind: 'annual',
  },
  rankingYear: '2024',
  fixes: [['Gegroundverklaringen', 'Gegrondverklaringen']],
  skip: [
    { match: /^Jaarcijfers - \d{4}$/, reason: 'publication title' },
    { match: /^Top 3 nationaliteiten aanvragen \d{4}$/, reason: 'heading of the top-3 lists' },
    {
      match: /^¹ Deelproduct Nareis & 8 EVRM/,
      reason: 'footnote 1 text (a definition note, kept in the catalogue)',
    },
    { match: /^² Deze aantallen komen terug in onderstaande sporen/, reason: 'footnote 2 text' },
    { match: /^³ Dit betreft de beoordeling van 1e asielaanvragen/, reason: 'footnote 3 text' },
    {
      match: /^⁴ Het betreft hier het aantal personen dat in het kader van nareis/,
      reason: 'footnote 4 text',
    },
  ],
  prose: [
    penaltyPayments(
      /Het totaalbedrag aan betaalde dwangsommen .* is in (?<year>\d{4}) € (?<value>[\d.,]+) (?<scale>mln)/d,
    ),
  ],
};
