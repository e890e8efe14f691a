import type { MeasureDef } from './types.js';

/** The IND's staffing (FTE) and finances. */
export const ORGANISATION = {
  ambtelijk: {
    unit: 'fte',
    nl: 'ambtelijke bezetting',
    en: 'civil servants',
    aliases: {
      nl: ['ambtelijk', 'ambtelijke', 'ambtenaren', 'eigen personeel', 'eigen medewerkers', 'in dienst'],
      en: [
        'civil servants',
        'civil servant',
        'civil service',
        'civil service staff',
        'own staff',
        'own employees',
        'employed',
        'internal staff',
      ],
    },
  },
  extern: {
    unit: 'fte',
    nl: 'externe medewerkers',
    en: 'external staff',
    aliases: {
      nl: [
        'extern',
        'externe',
        'externen',
        'inhuur',
        'ingehuurd',
        'externe krachten',
        'ingehuurde krachten',
        'inhuurkrachten',
      ],
      en: ['external', 'externals', 'contractors', 'hired'],
    },
  },
  totaal: {
    unit: 'fte',
    nl: 'totale bezetting',
    en: 'total staff',
    aliases: {
      nl: ['totaal', 'totale bezetting', 'totale', 'in totaal'],
      en: ['total', 'overall', 'in total', 'total staff'],
    },
  },
  baten: {
    unit: 'eur',
    nl: 'baten',
    en: 'income',
    aliases: { nl: ['baten', 'inkomsten', 'opbrengsten'], en: ['income', 'revenue', 'revenues', 'earnings'] },
  },
  'bijdrage-departement': {
    unit: 'percent',
    nl: 'aandeel bijdrage departement in de baten',
    en: "ministry's contribution as share of income",
    aliases: {
      nl: ['bijdrage departement', 'bijdrage van het departement', 'bijdrage'],
      en: ['ministry contribution', 'contribution'],
    },
  },
  'personele-kosten': {
    unit: 'eur',
    nl: 'personele kosten',
    en: 'personnel costs',
    aliases: {
      nl: [
        'personele kosten',
        'personeelskosten',
        'loonkosten',
        'salariskosten',
        'uitgaven aan personeel',
        'kosten van personeel',
        'kostte het personeel',
      ],
      en: [
        'personnel costs',
        'staff costs',
        'salaries',
        'wages',
        'payroll',
        'spend on personnel',
        'spent on personnel',
        'spending on personnel',
        'spend on staff',
        'spent on staff',
        'personnel spending',
      ],
    },
  },
  'personele-kosten-aandeel': {
    unit: 'percent',
    nl: 'aandeel personele kosten in de totale kosten',
    en: 'personnel costs as share of total costs',
    aliases: { nl: ['aandeel personele kosten'], en: ['share of personnel costs'] },
  },
  lasten: {
    unit: 'eur',
    nl: 'lasten',
    en: 'expenses',
    aliases: {
      nl: [
        'lasten',
        'uitgaven',
        'totale kosten',
        'kosten',
        'uitgegeven',
        'besteed',
        'gaf uit',
        'gaf de ind uit',
        'kostte de ind',
        'kost de ind',
      ],
      en: ['expenses', 'expenditure', 'spending', 'costs', 'total costs', 'spend', 'spent', 'spends'],
    },
  },
  resultaat: {
    unit: 'eur',
    nl: 'resultaat',
    en: 'result',
    aliases: {
      nl: ['resultaat', 'tekort', 'verlies', 'negatief resultaat', 'exploitatieresultaat', 'overschot'],
      en: ['result', 'deficit', 'loss', 'shortfall', 'surplus', 'net result'],
    },
  },
} satisfies Record<string, MeasureDef>;
