import type { Bilingual, DefinitionBreak, Series } from '../schema.js';

/**
 * What a figure is about. Labels use the IND's own English terms where it has them. Aliases are
 * matched by the query engine (after lower-casing and accent folding), so a new synonym is one edit
 * here. Notes are footnotes and caveats that travel with every figure of the subject.
 */
export interface SubjectDef {
  domain: Series['domain'];
  nl: string;
  en: string;
  aliases: { nl: string[]; en: string[] };
  /**
   * Words that describe the subject without naming it ("residence permit", "asylum", "fixed term"):
   * two or more of them together point at it.
   */
  tags?: string[];
  /** Aliases that name the subject only loosely ("asiel"): a more specific subject named as strongly wins. */
  loose?: string[];
  notes?: Bilingual[];
  breaks?: DefinitionBreak[];
}

const NAREIS_8EVRM_SEPARATE: Bilingual = {
  nl: "Nareis 8 EVRM bij AMV valt sinds de Jaarcijfers 2023 onder 'Nareizigers', niet onder Familie & Gezin.",
  en: "Since Jaarcijfers 2023, family reunification under art. 8 ECHR for unaccompanied minors is counted under 'Nareizigers', not Family & Partner.",
};

const PERMIT = [
  'verblijfsvergunning',
  'verblijfsvergunningen',
  'vergunning',
  'vergunningen',
  'residence permit',
  'residence permits',
  'permit',
  'permits',
];
const FIXED = ['bepaalde tijd', 'fixed term', 'fixed-term', 'temporary', 'tijdelijk', 'tijdelijke'];
const PERMANENT = ['onbepaalde tijd', 'permanent', 'permanente', 'indefinite', 'duurzaam'];
const ASYLUM = ['asiel', 'asylum'];
const REGULAR = ['regulier', 'reguliere', 'regular', 'non-asylum'];
const DOCUMENT = [
  'document',
  'documenten',
  'documents',
  'verblijfsdocument',
  'verblijfsdocumenten',
  'residence document',
  'residence documents',
  'pasjes',
  'cards',
];

const doc = (
  nl: string,
  en: string,
  aliasesNl: string[],
  aliasesEn: string[],
  tags: string[],
  notes?: Bilingual[],
): SubjectDef => ({
  domain: 'dienstverlening',
  nl,
  en,
  aliases: { nl: aliasesNl, en: aliasesEn },
  tags,
  ...(notes ? { notes } : {}),
});

export const SUBJECTS = {
  'familie-gezin': {
    domain: 'regulier',
    nl: 'Familie & Gezin',
    en: 'Family & Partner',
    aliases: {
      nl: [
        'familie en gezin',
        'familie & gezin',
        'f&g',
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
      nl: ['intrekkingen', 'intrekking', 'ingetrokken', 'intrekken'],
      en: ['revocations', 'revocation', 'revoked', 'withdrawals', 'withdrawal'],
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
      ],
    },
  },
  'asiel-eerste': {
    domain: 'asiel',
    nl: 'Eerste asielaanvragen',
    en: 'First asylum applications',
    loose: [
      'asielaanvragen',
      'asielaanvraag',
      'asielverzoeken',
      'asielzoekers',
      'asiel',
      'asylum',
      'asylum applications',
      'asylum requests',
      'asylum claims',
      'asylum seekers',
    ],
    aliases: {
      nl: [
        'eerste asielaanvragen',
        'eerste asielaanvraag',
        'eerste aanvragen asiel',
        'asielaanvragen',
        'asielaanvraag',
        'asielverzoeken',
        'asielzoekers',
        'asiel',
      ],
      en: [
        'first asylum applications',
        'first-time asylum',
        'first time asylum',
        'asylum applications',
        'asylum seekers',
        'asylum requests',
        'asylum claims',
        'asylum',
      ],
    },
    notes: [
      {
        nl: 'Deze aantallen komen terug in de sporen 1, 2 en 4.',
        en: 'These applications are also counted in tracks 1, 2 and 4.',
      },
    ],
  },
  'asiel-tweede': {
    domain: 'asiel',
    nl: 'Tweede en volgende asielaanvragen',
    en: 'Second and subsequent asylum applications',
    aliases: {
      nl: [
        'tweede en volgende',
        'tweede of volgende',
        'tweede asielaanvragen',
        'volgende asielaanvragen',
        'herhaalde asielaanvragen',
        'opvolgende asielaanvragen',
        'tweede aanvraag',
      ],
      en: [
        'second and subsequent',
        'subsequent asylum',
        'repeat asylum',
        'repeated asylum',
        'second asylum',
        'follow-up asylum',
      ],
    },
  },
  'spoor-1': {
    domain: 'asiel',
    nl: 'Spoor 1 (Dublin)',
    en: 'Track 1 (Dublin)',
    aliases: {
      nl: [
        'spoor 1',
        'dublin',
        'dublinzaken',
        'dublinprocedure',
        'dublinclaimanten',
        'dublinverordening',
        'dublin verordening',
      ],
      en: ['track 1', 'dublin', 'dublin procedure', 'dublin cases', 'dublin regulation'],
    },
  },
  'spoor-2': {
    domain: 'asiel',
    nl: 'Spoor 2 (veilig land van herkomst of asiel in ander land)',
    en: 'Track 2 (safe country of origin or protection elsewhere)',
    aliases: {
      nl: [
        'spoor 2',
        'veilig land',
        'veilige landen',
        'veilige landen procedure',
        'veilig land van herkomst',
      ],
      en: ['track 2', 'safe country', 'safe countries', 'safe country of origin', 'safe countries procedure'],
    },
  },
  'spoor-4': {
    domain: 'asiel',
    nl: 'Spoor 4 (algemene of verlengde asielprocedure)',
    en: 'Track 4 (general or extended asylum procedure)',
    aliases: {
      nl: [
        'spoor 4',
        'algemene asielprocedure',
        'verlengde asielprocedure',
        'algemene of verlengde asielprocedure',
        'algemene en verlengde asielprocedure',
        'aa en va',
      ],
      en: [
        'track 4',
        'general asylum procedure',
        'extended asylum procedure',
        'general or extended asylum procedure',
        'regular asylum procedure',
      ],
    },
    notes: [
      {
        nl: 'Spoor 4 omvat eerste asielaanvragen, herhaalde aanvragen, zij-instroom (na beroep en spoorwisseling) en hervestiging; zij-instroom en herhaalde aanvragen zaten eerder al in de eerste asielaanvragen.',
        en: 'Track 4 covers first asylum applications, repeat applications, side entry (after appeal or a change of track) and resettlement; side entry and repeat applications were counted before among first asylum applications.',
      },
    ],
  },
  'nareis-mvv': {
    domain: 'asiel',
    nl: 'Nareis (MVV)',
    en: 'Family reunification of refugees (MVV)',
    aliases: {
      nl: [
        'nareis',
        'nareizigers',
        'nareiziger',
        'mvv nareis',
        'mvv',
        'nareisaanvragen',
        'gezinsleden van statushouders',
      ],
      en: [
        'family reunification of refugees',
        'refugee family reunification',
        'reunification of refugees',
        'mvv',
        'mvv nareis',
        'nareis',
        'family members of refugees',
        'family reunification',
        'mvv family reunification',
      ],
    },
    notes: [
      {
        nl: 'Exclusief Nareis 8 EVRM bij AMV. Ingereisde nareizigers: personen die in het kader van nareis naar Nederland kwamen en een afgeleide asielvergunning kregen.',
        en: 'Excludes family reunification under art. 8 ECHR for unaccompanied minors. Arrivals: people who came to the Netherlands through family reunification and received a derived asylum permit.',
      },
    ],
  },
  'nareis-8evrm': {
    domain: 'asiel',
    nl: 'Nareis 8 EVRM bij AMV',
    en: 'Family reunification under art. 8 ECHR (unaccompanied minors)',
    aliases: {
      nl: [
        'nareis 8 evrm',
        '8 evrm',
        '8evrm',
        'artikel 8 evrm',
        'amv',
        'nareis 8 evrm bij amv',
        'alleenstaande minderjarige vreemdelingen',
        'alleenstaande minderjarigen',
      ],
      en: ['art 8 echr', 'article 8 echr', '8 echr', 'echr', 'unaccompanied minors', '8 evrm', 'amv'],
    },
    notes: [
      {
        nl: 'Na inwilliging volgt een reguliere verblijfsvergunning; tot en met 2020 stond dit deelproduct bij Familie & Gezin.',
        en: 'Approval leads to a regular residence permit; up to 2020 this was counted under Family & Partner.',
      },
    ],
  },
  'nareis-totaal': {
    domain: 'asiel',
    nl: 'Totaal nareizigers (MVV en 8 EVRM)',
    en: 'All family reunification of refugees (MVV and art. 8 ECHR)',
    aliases: {
      nl: ['totaal nareizigers', 'nareis totaal', 'totale nareis', 'alle nareizigers'],
      en: ['all family reunification', 'total family reunification', 'family reunification total'],
    },
  },
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
  telefonie: {
    domain: 'dienstverlening',
    nl: 'Telefonie (IND-telefoonlijn)',
    en: 'Telephone (IND phone line)',
    aliases: {
      nl: ['telefonie', 'telefoon', 'telefonisch', 'telefoonlijn', 'bellen'],
      en: ['telephone', 'phone', 'phone line', 'telephony', 'call centre', 'call center'],
    },
  },
  afsprakenlijn: {
    domain: 'dienstverlening',
    nl: 'Afsprakenlijn',
    en: 'Appointment line',
    aliases: { nl: ['afsprakenlijn'], en: ['appointment line', 'appointments line'] },
  },
  ketenservicelijn: {
    domain: 'dienstverlening',
    nl: 'Ketenservicelijn',
    en: 'Chain service line (KSL)',
    aliases: {
      nl: ['ketenservicelijn', 'ksl', 'keten servicelijn'],
      en: ['ksl', 'chain service line', 'partner service line', 'service line'],
    },
  },
  'doc-vreemdelingen-id': doc(
    'Vreemdelingen identiteitsbewijzen',
    'Identity documents for foreign nationals',
    ['vreemdelingen identiteitsbewijzen', 'identiteitsbewijzen', 'vreemdelingenidentiteitsbewijs'],
    ['identity documents', 'id documents', 'identity cards'],
    [...DOCUMENT, 'identiteitsbewijs', 'identity', 'vreemdelingen', 'foreign nationals'],
  ),
  'doc-eu-kaarten': doc(
    'Verblijfsdocumenten (EU-kaarten)',
    'Residence documents (EU cards)',
    ['eu-kaarten', 'eu kaarten', 'eu-kaart', 'verblijfsdocument eu-kaarten'],
    ['eu residence cards', 'eu cards', 'eu-cards', 'residence cards'],
    [...DOCUMENT, 'eu', 'kaart', 'kaarten', 'card', 'cards'],
  ),
  'doc-vv-regulier-bepaald': doc(
    'Verblijfsvergunningen regulier bepaalde tijd',
    'Residence permits, regular, fixed term',
    ['verblijfsvergunningen regulier bepaalde tijd', 'regulier bepaalde tijd'],
    ['regular fixed-term permits', 'fixed-term regular permits'],
    [...PERMIT, ...REGULAR, ...FIXED],
  ),
  'doc-vv-regulier-onbepaald': doc(
    'Verblijfsvergunningen regulier onbepaalde tijd',
    'Residence permits, regular, permanent',
    ['verblijfsvergunningen regulier onbepaalde tijd', 'regulier onbepaalde tijd'],
    ['regular permanent permits'],
    [...PERMIT, ...REGULAR, ...PERMANENT],
  ),
  'doc-vv-asiel-bepaald': doc(
    'Verblijfsvergunningen asiel bepaalde tijd',
    'Residence permits, asylum, fixed term',
    ['verblijfsvergunningen asiel bepaalde tijd', 'asiel bepaalde tijd'],
    ['asylum fixed-term permits', 'fixed-term asylum permits'],
    [...PERMIT, ...ASYLUM, ...FIXED],
  ),
  'doc-vv-asiel-onbepaald': doc(
    'Verblijfsvergunningen asiel onbepaalde tijd',
    'Residence permits, asylum, permanent',
    ['verblijfsvergunningen asiel onbepaalde tijd', 'asiel onbepaalde tijd'],
    ['asylum permanent permits', 'permanent asylum permits'],
    [...PERMIT, ...ASYLUM, ...PERMANENT],
  ),
  'doc-w': doc(
    'W-documenten',
    'W documents (asylum seekers)',
    ['w-document', 'w-documenten', 'w document'],
    ['w documents', 'w-documents', 'w document'],
    [...DOCUMENT, 'asielzoekers', 'asylum seekers'],
  ),
  'doc-w2': doc(
    'W2-documenten',
    'W2 documents',
    ['w2-document', 'w2-documenten', 'w2 document'],
    ['w2 documents', 'w2-documents'],
    [...DOCUMENT],
  ),
  'doc-eu-onderdaan': doc(
    'Verblijfsdocumenten onderdaan EU/EER',
    'Residence documents, EU/EEA nationals',
    ['onderdaan eu/eer', 'onderdaan eu', 'eu-onderdanen'],
    ['eu nationals', 'eea nationals'],
    [...DOCUMENT, 'eu', 'eer', 'eea', 'onderdaan', 'onderdanen', 'nationals', 'citizens'],
  ),
  'doc-eu-familielid': doc(
    'Verblijfsdocumenten familielid onderdaan EU/EER',
    'Residence documents, family members of EU/EEA nationals',
    [
      'familieleden van eu-onderdanen',
      'familieleden eu-onderdanen',
      'familielid eu-onderdaan',
      'familielid onderdaan eu/eer',
      'familielid eu',
      'familieleden eu-onderdanen',
    ],
    ['family members of eu citizens', 'family members of eu nationals'],
    [...DOCUMENT, 'eu', 'eer', 'eea', 'familielid', 'familieleden', 'family members', 'family member'],
  ),
  'doc-langdurig-ingezetene': doc(
    'Verblijfsdocumenten langdurig ingezetene',
    'Residence documents, long-term residents',
    ['langdurig ingezetene', 'langdurig ingezetenen'],
    ['long-term residents', 'long-term resident'],
    [...DOCUMENT, ...PERMIT, 'langdurig', 'long-term', 'ingezetene', 'ingezetenen', 'residents'],
  ),
  'doc-ta-bepaald': doc(
    'Verblijfsdocumenten terugtrekkingsakkoord, bepaalde tijd',
    'Withdrawal Agreement residence documents, fixed term',
    ['terugtrekkingsakkoord bepaalde tijd'],
    ['withdrawal agreement fixed term'],
    [...DOCUMENT, 'terugtrekkingsakkoord', 'withdrawal agreement', 'brexit', 'britten', 'british', ...FIXED],
    [
      {
        nl: 'Voor VK-onderdanen en hun familieleden die korter dan vijf jaar in Nederland verblijven.',
        en: 'For UK nationals and their family members who have lived in the Netherlands for less than five years.',
      },
    ],
  ),
  'doc-ta-onbepaald': doc(
    'Verblijfsdocumenten terugtrekkingsakkoord, onbepaalde tijd (duurzaam verblijf)',
    'Withdrawal Agreement residence documents, permanent',
    ['terugtrekkingsakkoord onbepaalde tijd', 'duurzaam verblijf'],
    ['withdrawal agreement permanent'],
    [
      ...DOCUMENT,
      'terugtrekkingsakkoord',
      'withdrawal agreement',
      'brexit',
      'britten',
      'british',
      ...PERMANENT,
    ],
    [
      {
        nl: 'Voor VK-onderdanen en hun familieleden die vijf jaar of langer in Nederland verblijven.',
        en: 'For UK nationals and their family members who have lived in the Netherlands for five years or more.',
      },
    ],
  ),
  'doc-grensarbeider': doc(
    "Documenten 'grensarbeider' (terugtrekkingsakkoord)",
    'Frontier worker documents (Withdrawal Agreement)',
    ['grensarbeider', 'grensarbeiders'],
    ['frontier worker', 'frontier workers', 'cross-border workers'],
    [...DOCUMENT, 'terugtrekkingsakkoord', 'withdrawal agreement', 'brexit', 'british'],
    [
      {
        nl: 'Voor Britse grensarbeiders die vóór 1 januari 2021 in Nederland werkten en dat na 31 december 2020 voortzetten.',
        en: 'For British frontier workers who worked in the Netherlands before 1 January 2021 and continue after 31 December 2020.',
      },
    ],
  ),
  'doc-o': doc(
    'O-documenten',
    'O documents',
    ['o-document', 'o-documenten', 'o document'],
    ['o documents', 'o-documents'],
    [...DOCUMENT],
  ),
  'ind-loket': {
    domain: 'dienstverlening',
    nl: 'Klantcontacten IND-loketten',
    en: 'Customer contacts at IND desks',
    aliases: {
      nl: ['ind-loket', 'ind-loketten', 'ind loket', 'loket', 'loketten', 'balie', 'desk'],
      en: [
        'ind desk',
        'ind desks',
        'desk',
        'desks',

        'counter',
        'service desk',
        'front desk',
      ],
    },
    breaks: [
      {
        until: '2023',
        note: {
          nl: 'Tot en met de Jaarcijfers 2023 exclusief expatcentra en centrale uitreikdagen aan studenten; vanaf de Jaarcijfers 2024 inclusief expatcenters, servicepunten en studentenuitreiking.',
          en: 'Up to Jaarcijfers 2023 excluding expat centres and central student collection days; from Jaarcijfers 2024 including expat centres, service points and student collection days.',
        },
      },
    ],
  },
  'stickers-oekraine': {
    domain: 'dienstverlening',
    nl: 'Uitgereikte stickers Oekraïne',
    en: 'Ukraine stickers issued',
    tags: [
      'oekraine',
      'oekrainers',
      'oekraiense',
      'ukraine',
      'ukrainians',
      'ukrainian',
      'sticker',
      'stickers',
      'uitgereikt',
      'issued',
    ],
    aliases: {
      nl: ['stickers oekraine', 'stickers', 'sticker', 'oekraine stickers'],
      en: ['ukraine stickers', 'stickers', 'sticker'],
    },
  },
  'loket-brexit': {
    domain: 'dienstverlening',
    nl: 'Extra locatie Utrecht en Amsterdam (biometrie Brexit)',
    en: 'Extra locations Utrecht and Amsterdam (Brexit biometrics)',
    aliases: { nl: ['extra locatie', 'biometrie brexit'], en: ['extra locations', 'brexit biometrics'] },
  },
  'bezorging-ipkd': {
    domain: 'dienstverlening',
    nl: 'Bezorgde documenten via IPKD',
    en: 'Documents delivered by IPKD (government courier)',
    aliases: { nl: ['ipkd', 'koeriersdienst'], en: ['ipkd', 'courier'] },
  },
  'bezorging-postnl': {
    domain: 'dienstverlening',
    nl: 'Bezorgde documenten via PostNL',
    en: 'Documents delivered by PostNL',
    aliases: { nl: ['postnl', 'per post'], en: ['postnl', 'by post', 'mail delivery'] },
  },
  'klantcontacten-totaal': {
    domain: 'dienstverlening',
    nl: 'Klantcontacten IND-loketten en bezorging, totaal',
    en: 'Customer contacts at desks and deliveries, total',
    aliases: { nl: ['totaal klantcontacten'], en: ['total customer contacts'] },
  },
  'caribisch-nederland': {
    domain: 'dienstverlening',
    nl: 'IND Caribisch Nederland',
    en: 'IND Caribbean Netherlands',
    aliases: {
      nl: [
        'caribisch nederland',
        'ind cn',
        'ind caribisch nederland',
        'bonaire',
        'sint eustatius',
        'saba',
        'bes-eilanden',
        'caribisch',
      ],
      en: ['caribbean netherlands', 'ind cn', 'caribbean', 'bonaire', 'bes islands'],
    },
  },
  ingebrekestellingen: {
    domain: 'dienstverlening',
    nl: 'Ingebrekestellingen',
    en: 'Notices of default',
    aliases: {
      nl: ['ingebrekestellingen', 'ingebrekestelling', 'in gebreke stellingen', 'ingebrekestellen'],
      en: ['notices of default', 'notice of default', 'default notices', 'notices of liability'],
    },
  },
  dwangsommen: {
    domain: 'dienstverlening',
    nl: 'Betaalde dwangsommen',
    en: 'Penalty payments paid',
    aliases: {
      nl: ['dwangsommen', 'dwangsom', 'boetes'],
      en: ['penalty payments', 'penalty payment', 'penalties', 'penalty sums', 'fines'],
    },
    notes: [
      {
        nl: 'Totaalbedrag aan betaalde dwangsommen bij ingebrekestellingen en beroepen niet tijdig beslissen.',
        en: 'Total penalty payments for notices of default and appeals against late decisions.',
      },
    ],
  },
  klachten: {
    domain: 'dienstverlening',
    nl: 'Klachten',
    en: 'Complaints',
    aliases: { nl: ['klachten', 'klacht', 'klaagden'], en: ['complaints', 'complaint', 'complained'] },
  },
  personeel: {
    domain: 'bedrijfsvoering',
    nl: 'Personele bezetting (fte, stand einde jaar)',
    en: 'Staffing (FTE, end of year)',
    aliases: {
      nl: [
        'personeel',
        'bezetting',
        'personele bezetting',
        'fte',
        'medewerkers',
        'personeelsbestand',
        'werknemers',
        'formatie',
        'werken bij de ind',
        'werken er bij de ind',
        'werkzaam',
        'werken',
      ],
      en: [
        'staff',
        'staffing',
        'fte',
        'employees',
        'personnel',
        'workforce',
        'headcount',
        'people working',
        'work at the ind',
        'work for the ind',
        'working at the ind',
        'work at',
      ],
    },
  },
  financien: {
    domain: 'bedrijfsvoering',
    nl: 'Financiën',
    en: 'Finances',
    aliases: {
      nl: ['financien', 'financiën', 'begroting', 'geld', 'jaarrekening'],
      en: ['finances', 'financial', 'budget', 'money', 'accounts'],
    },
  },
  'afspraken-documenten': {
    domain: 'dienstverlening',
    nl: 'Afspraken afhalen verblijfsdocument',
    en: 'Appointments to collect a residence document',
    aliases: {
      nl: [
        'afhalen verblijfsdocument',
        'verblijfsdocument afhalen',
        'afhaalafspraak',
        'afhalen',
        'verblijfsdocumenten',
        'uitreiken verblijfsdocumenten',
      ],
      en: [
        'collect residence document',
        'document collection',
        'collecting documents',
        'collection',
        'residence documents',
        'pick up',
      ],
    },
  },
  'afspraken-biometrie': {
    domain: 'dienstverlening',
    nl: 'Afspraken biometrie',
    en: 'Biometrics appointments',
    aliases: {
      nl: ['biometrie', 'biometrische gegevens', 'vingerafdrukken', 'pasfoto', 'biometrieafspraak'],
      en: ['biometrics', 'biometric', 'fingerprints', 'biometric data'],
    },
  },
} satisfies Record<string, SubjectDef>;

export type SubjectId = keyof typeof SUBJECTS;
export const subjectDef = (id: string): SubjectDef | undefined =>
  (SUBJECTS as Record<string, SubjectDef>)[id];
