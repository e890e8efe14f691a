import type { Bilingual } from '../../schema.js';
import type { SubjectDef } from './types.js';

const NAREIS_8EVRM_SEPARATE: Bilingual = {
  nl: "Nareis 8 EVRM bij AMV valt sinds de Jaarcijfers 2023 onder 'Nareizigers', niet onder Familie & Gezin.",
  en: "Since Jaarcijfers 2023, family reunification under art. 8 ECHR for unaccompanied minors is counted under 'Nareizigers', not Family & Partner.",
};

/** Regular residence and naturalisation. */
export const REGULIER = {
  'familie-gezin': {
    domain: 'regulier',
    nl: 'Familie & Gezin',
    en: 'Family & Partner',
    aliases: {
      nl: [
        'familie en gezin',
        'familie & gezin',
        'f&g',
        'fam & gezin',
        'fam en gezin',
        'fam.',
        'fg',
        'gezinshereniging',
        'gezinsmigratie',
        'gezinsmigranten',
        'gezinsvorming',
        'familie',
        'gezin',
        'partner',
        'partners',
      ],
      en: [
        'family and partner',
        'family & partner',
        'family',
        'partner',
        'family reunification',
        'family migration',
        'spouses',
        'family members',
      ],
    },
    notes: [NAREIS_8EVRM_SEPARATE],
    breaks: [
      {
        until: '2020',
        note: {
          nl: 'Tot en met 2020 telde Familie & Gezin ook Nareis 8 EVRM bij AMV mee (2020: 3.400 aanvragen); vanaf 2021 niet meer.',
          en: 'Up to 2020 Family & Partner included family reunification under art. 8 ECHR for unaccompanied minors (2020: 3,400 applications); from 2021 it does not.',
        },
      },
    ],
  },
  'kennis-talent': {
    domain: 'regulier',
    nl: 'Kennis & Talent',
    en: 'Knowledge & Talent',
    aliases: {
      nl: [
        'kennis en talent',
        'kennis & talent',
        'k&t',
        'kt',
        'kennismigranten',
        'kennismigrant',
        'kennismigratie',
        'hoogopgeleiden',
        'talent',
      ],
      en: [
        'knowledge and talent',
        'knowledge & talent',
        'knowledge migrants',
        'highly skilled migrants',
        'highly skilled',
        'skilled migrants',
        'talent',
      ],
    },
  },
  studie: {
    domain: 'regulier',
    nl: 'Studie',
    en: 'Study',
    aliases: {
      nl: ['studie', 'studenten', 'student', 'studeren'],
      en: ['study', 'students', 'student', 'studying', 'studies'],
    },
  },
  arbeid: {
    domain: 'regulier',
    nl: 'Arbeidsmigranten',
    en: 'Labour migrants',
    aliases: {
      nl: [
        'arbeidsmigranten',
        'arbeidsmigrant',
        'arbeidsmigratie',
        'arbeid',
        'werkvergunning',
        'werkvergunningen',
        'arbeidsmigratie aanvragen',
      ],
      en: [
        'labour migrants',
        'labor migrants',
        'labour migrant',
        'labour migration',
        'labor migration',
        'labour',
        'labor',
        'work',
        'workers',
        'employment',
        'work permit',
        'work permits',
        'migrant workers',
      ],
    },
  },
  'start-ups': {
    domain: 'regulier',
    nl: 'Start-ups',
    en: 'Start-ups',
    aliases: {
      nl: ['start-ups', 'startups', 'start-up', 'startup', 'start ups', 'start up'],
      en: ['start-ups', 'startups', 'start-up', 'startup', 'start ups', 'start up'],
    },
  },
  brexit: {
    domain: 'regulier',
    nl: 'Brexit (verblijf op grond van het terugtrekkingsakkoord)',
    en: 'Brexit (residence under the Withdrawal Agreement)',
    aliases: { nl: ['brexit', 'britten'], en: ['brexit', 'british', 'uk nationals'] },
  },
  verlenging: {
    domain: 'regulier',
    nl: 'Verlengingen van de geldigheidsduur (asiel en regulier)',
    en: 'Extensions of validity (asylum and regular)',
    aliases: {
      nl: ['verlengingen', 'verlenging', 'verlengen', 'verlengd', 'geldigheidsduur'],
      en: ['extensions', 'extension', 'renewals', 'renewal', 'extend', 'renew'],
    },
  },
  intrekking: {
    domain: 'regulier',
    nl: 'Intrekkingen (verblijf en VVR)',
    en: 'Revocations (residence permits and VVR)',
    aliases: {
      nl: ['intrekkingen', 'intrekking', 'ingetrokken', 'intrekken', 'verblijf en vvr'],
      en: ['revocations', 'revocation', 'revoked', 'withdrawals', 'withdrawal', 'residence permits and vvr'],
    },
  },
  bezwaar: {
    domain: 'regulier',
    nl: 'Bezwaar regulier (incl. Nareis en Visa kort verblijf)',
    en: 'Objections, regular (incl. family reunification of refugees and short-stay visas)',
    aliases: {
      nl: ['bezwaar', 'bezwaren', 'bezwaarzaken', 'bezwaarschriften', 'bezwaarschrift'],
      en: ['objections', 'objection', 'objection cases'],
    },
  },
  'onbepaalde-tijd': {
    domain: 'regulier',
    nl: 'Regulier verblijf voor onbepaalde tijd',
    en: 'Regular permanent residence',
    aliases: {
      nl: [
        'onbepaalde tijd',
        'verblijf voor onbepaalde tijd',
        'permanent verblijf',
        'verblijfsvergunning onbepaalde tijd',
        'regulier onbepaalde tijd',
      ],
      en: ['permanent residence', 'indefinite residence', 'permanent residency', 'indefinite'],
    },
  },
  omwisseling: {
    domain: 'regulier',
    nl: 'Omwisseling, vervanging en vermissing verblijfsdocumenten',
    en: 'Exchange, replacement and loss of residence documents',
    aliases: {
      nl: ['omwisseling', 'omwisselingen', 'vervanging', 'vermissing', 'vermist', 'kwijt'],
      en: ['exchange', 'replacement', 'replacements', 'lost documents', 'loss'],
    },
  },
  naturalisatie: {
    domain: 'naturalisatie',
    nl: 'Naturalisatie',
    en: 'Naturalisation',
    aliases: {
      nl: [
        'naturalisatie',
        'naturalisaties',
        'naturaliseren',
        'genaturaliseerd',
        'nederlanderschap',
        'nederlander worden',
        'nederlander geworden',
        'nederlanders geworden',
        'naturalisatieverzoeken',
      ],
      en: [
        'naturalisation',
        'naturalization',
        'naturalise',
        'naturalize',
        'naturalised',
        'citizenship',
        'dutch citizens',
        'dutch nationality',
        'became dutch',
        'become dutch',
        'naturalized',
      ],
    },
  },
} satisfies Record<string, SubjectDef>;
