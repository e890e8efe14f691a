import type { AnnualDescription } from '../description.js';
import { penaltyPayments } from './shared.js';

const euros = (series: string) => ({
  series,
  value: 'value',
  period: { fixed: '2020' },
  unit: 'eur' as const,
  scale: 'scale',
});

/**
 * The 2020 layout differs: upper-case headings, categories that later disappeared (Start-ups, Brexit,
 * eerste and tweede aanvragen asiel, e-mails) and a finance and staffing page in prose.
 */
export const jaarcijfers2020: AnnualDescription = {
  layout: 'annual',
  publication: {
    id: 'jaarcijfers-2020',
    title: 'Jaarcijfers 2020',
    date: '2021-04',
    file: 'raw/jaarcijfers-2020.txt',
    kind: 'annual',
  },
  partialRows: [
    'type eu/eer, terugtrekkingsakkoord bepaalde tijd',
    'type eu/eer, terugtrekkingsakkoord onbepaalde tijd',
    "document 'grensarbeider' op grond van het terugtrekkingsakkoord",
    'extra locatie utrecht en amsterdam (biometrie brexit)',
    'totaal aantal bezorgde documenten via ipkd',
    'totaal aantal bezorgde documenten via postnl',
  ],
  skip: [
    {
      match: /^³ Exclusief Nareis 8 EVRM bij AMV \(2020: 3\.400 aanvragen/,
      reason: 'repeats the Nareis 8 EVRM figures of footnote 1',
    },
    { match: /^⁶ .*Het gaat hier om verblijfsdocumenten/, reason: 'footnote 6 text' },
    {
      match: /^⁷ .*Voor dit document komen in aanmerking Britse grensarbeiders/,
      reason: 'footnote 7 text (dates)',
    },
    {
      match: /^waren en die deze werkzaamheden als grensarbeider ook na 31 december 2020/,
      reason: 'footnote 7 text, continued (dates)',
    },
    { match: /^Corona-maatregelen nagenoeg stilgelegen in 2020/, reason: 'footnote 8 text (a year)' },
    {
      match: /^¹⁰ .*In 2020 is het percentage tijdig afgehandelde ingebrekestellingen gedaald naar 20%/,
      reason: 'footnote 10 text: repeats the 20% of the table and gives a year',
    },
    {
      match: /^maatregelen in het voorjaar van 2020 geen gehoren konden plaatsvinden/,
      reason: 'footnote 10 text (a year)',
    },
    {
      match: /^14 dagen na indiening van een ingebrekestelling/,
      reason: 'footnote 10 text (the 14-day term)',
    },
    { match: /^(BATEN|KOSTEN|LASTEN|PERSONELE BEZETTING) \d{4}$/, reason: 'heading of the finance page' },
    { match: /^April \d{4}$/, reason: 'publication date' },
  ],
  prose: [
    {
      match:
        /^¹ Inclusief Nareis 8 EVRM bij AMV \((?<year>\d{4}): (?<a>[\d.]+) aanvragen, (?<b>[\d.]+) beslissingen, (?<c>\d+)% inwilligingen\)/d,
      figures: [
        { series: 'nareis-8evrm.aanvragen', value: 'a', period: { group: 'year' }, unit: 'count' },
        { series: 'nareis-8evrm.beslissingen', value: 'b', period: { group: 'year' }, unit: 'count' },
        { series: 'nareis-8evrm.inwilligingen', value: 'c', period: { group: 'year' }, unit: 'percent' },
      ],
      rest: 'part of the name "Nareis 8 EVRM"',
    },
    {
      match: /^⁵ Het aantal afgehandelde calls is inclusief (?<value>[\d.]+) calls van de afsprakenlijn/d,
      figures: [{ series: 'afsprakenlijn.calls', value: 'value', period: { fixed: '2020' }, unit: 'count' }],
    },
    penaltyPayments(
      /\(ingebrekestellingen en beroepen niet tijdig beslissen\) over (?<year>\d{4}) is € (?<value>[\d.,]+) (?<scale>miljoen)/d,
    ),
    {
      after: /^BATEN 2020$/,
      match: /^€ (?<value>[\d.,]+) (?<scale>miljoen)$/d,
      figures: [euros('financien.baten')],
    },
    {
      match: /^Dit bedrag bestaat voor een groot deel \((?<value>\d+)%\) uit een/d,
      figures: [
        {
          series: 'financien.bijdrage-departement',
          value: 'value',
          period: { fixed: '2020' },
          unit: 'percent',
        },
      ],
    },
    {
      match: /^De kosten van de IND bestaan voor € (?<value>[\d.,]+) (?<scale>miljoen) uit/d,
      figures: [euros('financien.personele-kosten')],
    },
    {
      match: /^personele kosten \((?<value>\d+)% van de totale kosten\)/d,
      figures: [
        {
          series: 'financien.personele-kosten-aandeel',
          value: 'value',
          period: { fixed: '2020' },
          unit: 'percent',
        },
      ],
    },
    {
      after: /^LASTEN 2020$/,
      match: /^€ (?<value>[\d.,]+) (?<scale>miljoen)$/d,
      figures: [euros('financien.lasten')],
    },
    {
      match: /negatief resultaat behaald van € (?<value>[\d.,]+) (?<scale>miljoen)/d,
      figures: [{ ...euros('financien.resultaat'), negative: true }],
    },
    {
      match: /^De ambtelijke bezetting bedroeg eind (?<year>\d{4}) (?<value>[\d.]+) fte/d,
      figures: [{ series: 'personeel.ambtelijk', value: 'value', period: { group: 'year' }, unit: 'fte' }],
    },
    {
      match: /^Het aantal externe medewerkers per 31-12-(?<year>\d{4}) was (?<value>[\d.]+) fte/d,
      figures: [{ series: 'personeel.extern', value: 'value', period: { group: 'year' }, unit: 'fte' }],
      rest: 'the date 31-12',
    },
  ],
  notes: [
    {
      series: 'ingebrekestellingen.tijdigheid',
      period: '2020',
      nl: 'In 2020 daalde het percentage tijdig afgehandelde ingebrekestellingen naar 20% omdat door de coronamaatregelen in het voorjaar geen gehoren konden plaatsvinden.',
      en: 'In 2020 the share handled on time fell to 20% because no hearings could take place in spring under the COVID-19 measures.',
    },
    {
      series: 'telefonie.calls',
      period: '2020',
      nl: 'Inclusief 41.677 calls van de afsprakenlijn.',
      en: 'Including 41,677 calls to the appointment line.',
    },
    {
      series: 'ind-loket.klantcontacten',
      period: '2020',
      nl: 'Exclusief expatcentra; klantcontacten voor DNA-afname en het infoloket lagen in 2020 door de coronamaatregelen nagenoeg stil.',
      en: 'Excluding expat centres; DNA sampling and information desk contacts almost stopped in 2020 under the COVID-19 measures.',
    },
    {
      series: 'personeel.extern',
      period: '2020',
      nl: 'Inclusief de Taskforce.',
      en: 'Including the Taskforce.',
    },
  ],
};
