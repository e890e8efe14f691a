import type { SubjectDef } from './types.js';

/** Court cases, appeals, hearings. */
export const JURIDISCH = {
  'beroep-verblijf': {
    domain: 'juridisch',
    nl: 'Gerechtelijke procedures omtrent verblijf',
    en: 'Court cases about residence',
    aliases: {
      nl: [
        'gerechtelijke procedures omtrent verblijf',
        'gerechtelijke procedures',
        'rechtszaken',
        'beroepen',
        'beroepszaken',
        'beroep',
        'rechter',
        'rechtbank',
        'procedures omtrent verblijf',
        'omtrent verblijf',
        'over verblijf',
        'verblijfszaken',
      ],
      en: [
        'court cases about residence',
        'court cases',
        'court proceedings',
        'appeals',
        'litigation',
        'lawsuits',
        'court',
        'judicial proceedings',
        'legal proceedings',
        'court case',
        'about residence',
        'on residence',
        'residence cases',
        'concerning residence',
      ],
    },
    breaks: [
      {
        until: '2020',
        note: {
          nl: 'De Jaarcijfers 2020 noemden voor 2018-2020 alle gerechtelijke procedures, zonder de latere splitsing in procedures omtrent verblijf en andere procedures.',
          en: 'For 2018-2020 the Jaarcijfers 2020 gave all court cases, without the later split into cases about residence and other cases.',
        },
      },
    ],
  },
  'beroep-overig': {
    domain: 'juridisch',
    nl: 'Gerechtelijke procedures anders dan omtrent verblijf (o.a. bewaring en naturalisatie)',
    en: 'Court cases other than about residence (incl. detention and naturalisation)',
    aliases: {
      nl: [
        'andere gerechtelijke procedures',
        'anders dan omtrent verblijf',
        'anders dan verblijf',
        'andere gerechtelijke procedures',
        'overige gerechtelijke procedures',
        'bewaring',
        'vreemdelingenbewaring',
        'gerechtelijke procedures',
        'rechtszaken',
        'beroepszaken',
      ],
      en: [
        'other court cases',
        'other than residence',
        'other court cases',
        'detention',
        'other than about residence',
        'non-residence',
        'other than residence cases',
        'court cases',
        'court case',
        'court proceedings',
      ],
    },
  },
  'hoger-beroep': {
    domain: 'juridisch',
    nl: 'Hoger beroep door de IND na gegrond beroep',
    en: 'Appeals by the IND after losing a court case',
    aliases: {
      nl: ['hoger beroep', 'hoger beroepen', 'in hoger beroep', 'gegrond beroep'],
      en: ['higher appeal', 'appealed', 'appeal after losing', 'after losing', 'further appeal', 'appeal'],
    },
  },
  zitting: {
    domain: 'juridisch',
    nl: 'Aanwezigheid IND op zitting',
    en: 'IND present at court hearings',
    aliases: {
      nl: ['zitting', 'zittingen', 'op zitting', 'aanwezig op zitting'],
      en: ['hearing', 'hearings', 'court hearings', 'sessions'],
    },
  },
} satisfies Record<string, SubjectDef>;
