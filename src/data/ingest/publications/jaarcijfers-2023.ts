import type { AnnualDescription } from '../description.js';
import { penaltyPayments } from './shared.js';

/** An OCR'd extraction: labels and names carry recognition errors, fixed below; numbers are as printed. */
export const jaarcijfers2023: AnnualDescription = {
  layout: 'annual',
  publication: {
    id: 'jaarcijfers-2023',
    title: 'Jaarcijfers 2023',
    date: '2024-02',
    file: 'raw/jaarcijfers-2023.txt',
    kind: 'annual',
  },
  rankingYear: '2023',
  fixes: [
    ['0.b.v.', 'o.b.v.'],
    ['0.a.', 'o.a.'],
    ['Eritese', 'Eritrese'],
    ['Oekraiense', 'Oekraïense'],
    ['Verblijffsdocument', 'Verblijfsdocument'],
    ['Spoor2', 'Spoor 2'],
  ],
  skip: [
    { match: /^Jaarcijfers - \d{4}$/, reason: 'publication title' },
    { match: /^Top 3 nationaliteiten$/, reason: 'heading of the top-3 column' },
    {
      match: /^Regulier verblijf Jaar aanvragen \d{4}$/,
      reason: 'page heading with the year of the top-3 column',
    },
    {
      match: /^Behandeling asielaanvragen Jaar aanvragen \d{4}$/,
      reason: 'page heading with the year of the top-3 column',
    },
    {
      match: /^\? Deze aantallen komen terug in onderstaande sporen/,
      reason: 'footnote 2 text (marker garbled by OCR)',
    },
    { match: /^\*Dit betreft de beoordeling van 1e asielaanvragen/, reason: 'footnote 3 text' },
    { match: /^EVRM aanvraag\. Hiervoor wordt na inwilliging/, reason: 'footnote 4 text, continued' },
    {
      match: /^“Het betreft hier het aantal personen dat in het kader van nareis/,
      reason: 'footnote 4 text',
    },
    { match: /^5 Het gaat hier om verblijfsdocumenten voor bepaalde tijd/, reason: 'footnote 5 text' },
    {
      match: /^6 Voor dit document komen in aanmerking Britse grensarbeiders/,
      reason: 'footnote 6 text (dates)',
    },
    {
      match: /^ook na 31 december 2020 in Nederland willen voortzetten/,
      reason: 'footnote 6 text, continued (dates)',
    },
    {
      match: /^\* Deelproduct Nareis & 8 EVRM/,
      reason: 'footnote 1 text (a definition note, kept in the catalogue)',
    },
    { match: /^7 Deze cijfers zijn exclusief de werkzaamheden/, reason: 'footnote 7 text' },
  ],
  prose: [
    // OCR garbled this footnote ("Het lbedrag aan t Ide d en ... min."): it is the total of penalty
    // payments, in millions ("min" is "mln").
    penaltyPayments(
      /\(ingebrek i en beroepen niet tijdig beslissen\) is in (?<year>\d{4}) € (?<value>[\d.,]+) (?<scale>min)\./d,
    ),
  ],
  notes: [
    {
      series: 'ind-loket.klantcontacten',
      nl: 'Jaarcijfers 2023: exclusief de werkzaamheden van de expatcentra en de centrale uitreikdagen aan studenten.',
      en: 'Jaarcijfers 2023: excluding expat centres and central collection days for students.',
    },
  ],
};
