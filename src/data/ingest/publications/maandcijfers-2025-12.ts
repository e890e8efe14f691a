import type { MonthlyDescription } from '../description.js';

const ASYLUM_ROWS = [
  'aanvragen',
  'beslissingen',
  'opdracht',
  'in-behandeling',
  'open-tot-1m',
  'open-1-6m',
  'open-6-15m',
  'open-boven-15m',
];
const PERMIT_ROWS = [
  'aanvragen',
  'beslissingen',
  'in-behandeling',
  'open-tot-1m',
  'open-1-3m',
  'open-boven-3m',
];

/**
 * The extraction printed every table's number rows first (under "2024" and a row of month names) and
 * the titles and row labels afterwards, out of order. Which block is which table was established by
 * the totals (e.g. the twelve 2025 months of block 1 sum to the 24.070 eerste asielaanvragen of
 * Jaarcijfers 2025) and is proven in tests: age buckets sum to the open cases, and the nareis total
 * equals MVV plus 8 EVRM, for every month.
 */
export const maandcijfers202512: MonthlyDescription = {
  layout: 'monthly',
  publication: {
    id: 'maandcijfers-2025-12',
    title: 'Maandcijfers IND december 2025',
    date: '2026-01',
    file: 'raw/maandcijfers-2025-12.txt',
    kind: 'monthly',
  },
  blocks: [
    { title: 'Asiel - Eerste aanvragen', subject: 'asiel-eerste', rows: ASYLUM_ROWS },
    { title: 'Dublinprocedure (Spoor 1)', subject: 'spoor-1', rows: ASYLUM_ROWS },
    { title: 'Veilige landen procedure (Spoor 2)', subject: 'spoor-2', rows: ASYLUM_ROWS },
    { title: 'Algemene en verlengde asielprocedure', subject: 'spoor-4', rows: ASYLUM_ROWS },
    { title: 'Nareizigers asiel (MVV Nareis)', subject: 'nareis-mvv', rows: ASYLUM_ROWS },
    { title: 'Nareizigers asiel (Nareis 8EVRM bij AMV)', subject: 'nareis-8evrm', rows: ASYLUM_ROWS },
    { title: 'Totaal nareizigers asiel', subject: 'nareis-totaal', rows: ASYLUM_ROWS },
    {
      title: 'Verblijfsvergunning familie en gezin',
      subject: 'familie-gezin',
      rows: ['aanvragen', 'beslissingen', 'in-behandeling', 'open-tot-3m', 'open-3-6m', 'open-boven-6m'],
    },
    { title: 'Verblijfsvergunning kennis en talent', subject: 'kennis-talent', rows: PERMIT_ROWS },
    { title: 'Verblijfsvergunning studie', subject: 'studie', rows: PERMIT_ROWS },
    { title: 'Verblijfsvergunning arbeidsmigranten', subject: 'arbeid', rows: PERMIT_ROWS },
    {
      title: 'Naturalisatie',
      subject: 'naturalisatie',
      rows: ['aanvragen', 'beslissingen', 'in-behandeling', 'open-tot-6m', 'open-6-12m', 'open-boven-12m'],
    },
    {
      title: 'Uitreiken verblijfsdocumenten en afnemen biometrie',
      subject: 'afspraken-documenten',
      rows: [
        'afspraken-documenten.aantal-afspraken',
        'afspraken-documenten.eerste-vrije-dag',
        'afspraken-biometrie.aantal-afspraken',
        'afspraken-biometrie.eerste-vrije-dag',
      ],
    },
  ],
  skip: [
    { match: /^\d{4}\s*$/, reason: 'year above a table title in the label part' },
    { match: /^(Tot|Boven) \d+ maand(en)?\s*$/, reason: 'age bucket label' },
    { match: /^\d+ - \d+ maanden\s*$/, reason: 'age bucket label' },
    { match: /^Nareizigers asiel \(Nareis 8EVRM bij AMV\)$/, reason: 'table title ("8 EVRM")' },
    { match: /^Bovenstaande tabel toont .*\(spoor [14]\)/i, reason: 'table note naming tracks' },
    { match: /^Dit is exclusief de procedures voor Dublin \(spoor 1\)/, reason: 'table note naming tracks' },
    { match: /^(Dublinprocedure \(Spoor 1\)|Veilige landen procedure \(Spoor 2\))$/, reason: 'table title' },
    { match: /^Maandcijfers IND December \d{4}$/, reason: 'publication title' },
    { match: /^Bron: IND \(Metis\) \d\/\d\s*$/, reason: 'source line with page number' },
  ],
  notes: [
    {
      series: 'spoor-4.aanvragen',
      nl: 'Maandcijfers: eerste asielaanvragen in de algemene en verlengde asielprocedure plus herhaalde aanvragen, zij-instroom en hervestiging; exclusief spoor 1 en spoor 2.',
      en: 'Monthly figures: first asylum applications in the general and extended procedure plus repeat applications, side entry and resettlement; excluding tracks 1 and 2.',
    },
    {
      series: 'naturalisatie.beslissingen',
      nl: 'Maandcijfers tellen beslissingen op de beslisdatum van de IND; na een positieve beslissing volgt nog de naturalisatieceremonie bij de gemeente.',
      en: 'Monthly figures count decisions by the IND decision date; after approval the naturalisation ceremony at the municipality still has to take place.',
    },
  ],
};
