import type { Unit } from '../schema.js';

/**
 * What is counted about a subject. Aliases are the words people use for it; the query engine builds
 * its vocabulary from this table, so a new synonym is one edit here. `family` groups measures that
 * answer the same question under another printed name (a subject has "Procedures" where another has
 * "Aanvragen"), so a question about applications finds intrekkingsprocedures too.
 */
export interface MeasureDef {
  unit: Unit;
  nl: string;
  en: string;
  family?: 'intake' | 'output' | 'pending' | 'timeliness';
  aliases: { nl: string[]; en: string[] };
  /** Words that tell this measure from its siblings (asylum vs regular) without naming it alone. */
  qualifiers?: string[];
  /** Age buckets of open cases, in months: [from, to) with null for open-ended. */
  age?: [number, number | null];
}

const bucket = (from: number, to: number | null): MeasureDef => {
  const months = (n: number, nl: boolean) =>
    n === 1 ? (nl ? '1 maand' : '1 month') : nl ? `${n} maanden` : `${n} months`;
  const nl =
    to === null
      ? `openstaand, ouder dan ${months(from, true)}`
      : from === 0
        ? `openstaand, tot ${months(to, true)}`
        : `openstaand, ${from}-${to} maanden oud`;
  const en =
    to === null
      ? `pending, older than ${months(from, false)}`
      : from === 0
        ? `pending, under ${months(to, false)}`
        : `pending, ${from}-${to} months old`;
  return { unit: 'count', nl, en, aliases: { nl: [], en: [] }, age: [from, to] };
};

export const MEASURES = {
  aanvragen: {
    unit: 'count',
    nl: 'aanvragen',
    en: 'applications',
    family: 'intake',
    aliases: {
      nl: [
        'aanvragen',
        'aanvraag',
        'aangevraagd',
        'ingediend',
        'instroom',
        'binnengekomen',
        'binnen',
        'aanvr',
        'verzoeken',
        'ontving',
        'ontvingen',
      ],
      en: [
        'applications',
        'application',
        'applied',
        'apps',
        'app',
        'intake',
        'lodged',
        'submitted',
        'requests',
        'applicants',
        'filed',
      ],
    },
  },
  procedures: {
    unit: 'count',
    nl: 'procedures',
    en: 'procedures',
    family: 'intake',
    aliases: { nl: ['procedures', 'zaken'], en: ['procedures', 'cases'] },
  },
  ontvangen: {
    unit: 'count',
    nl: 'ontvangen',
    en: 'received',
    family: 'intake',
    aliases: {
      nl: ['ontvangen', 'ingekomen', 'aangespannen', 'ontving', 'ontvingen', 'kreeg', 'kregen'],
      en: ['received', 'receive', 'incoming', 'filed'],
    },
  },
  beslissingen: {
    unit: 'count',
    nl: 'beslissingen',
    en: 'decisions',
    family: 'output',
    aliases: {
      nl: [
        'beslissingen',
        'beslissing',
        'besluiten',
        'besluit',
        'beslist',
        'besliste',
        'besloten',
        'beslissen',
      ],
      en: ['decisions', 'decision', 'decided', 'decide', 'rulings'],
    },
  },
  afgehandeld: {
    unit: 'count',
    nl: 'afgehandeld',
    en: 'closed',
    family: 'output',
    aliases: {
      nl: [
        'afgehandeld',
        'afgehandelde',
        'afhandeling',
        'afgedaan',
        'handelde af',
        'handelde',
        'handelden',
        'afhandelen',
        'afgerond',
      ],
      en: ['closed', 'handled', 'dealt with', 'processed', 'completed', 'settled', 'disposed'],
    },
  },
  'in-behandeling': {
    unit: 'count',
    nl: 'in behandeling (openstaand)',
    en: 'pending',
    family: 'pending',
    aliases: {
      nl: [
        'in behandeling',
        'openstaand',
        'openstaande',
        'open',
        'voorraad',
        'achterstand',
        'wachtend',
        'nog niet beslist',
        'lagen er',
        'stonden open',
        'onbeslist',
      ],
      en: [
        'pending',
        'backlog',
        'open',
        'outstanding',
        'waiting',
        'stock',
        'in progress',
        'awaiting',
        'undecided',
        'still waiting',
      ],
    },
  },
  inwilligingen: {
    unit: 'percent',
    nl: 'inwilligingspercentage',
    en: 'approval rate',
    aliases: {
      nl: [
        'inwilligingen',
        'inwilliging',
        'ingewilligd',
        'inwilligingspercentage',
        'toegekend',
        'toegewezen',
        'goedgekeurd',
        'positief',
        'genaturaliseerd',
        'genaturaliseerden',
        'nederlander geworden',
        'nederlanders geworden',
        'verleend',
        'verleende',
        'toegekende',
      ],
      en: [
        'approval rate',
        'approved',
        'approval',
        'granted',
        'grant rate',
        'acceptance rate',
        'approvals',
        'success rate',
        'accepted',
        'naturalised',
        'naturalized',
        'became dutch',
        'granted citizenship',
        'approved applications',
      ],
    },
  },
  tijdigheid: {
    unit: 'percent',
    nl: 'tijdig',
    en: 'on time',
    family: 'timeliness',
    aliases: {
      nl: [
        'tijdigheid',
        'tijdig',
        'op tijd',
        'binnen de termijn',
        'binnen de wettelijke termijn',
        'tijdig afgehandeld',
      ],
      en: ['on time', 'timely', 'timeliness', 'within the deadline', 'within the time limit', 'in time'],
    },
  },
  doorlooptijd: {
    unit: 'weeks',
    nl: 'doorlooptijd (weken)',
    en: 'processing time (weeks)',
    aliases: {
      nl: ['doorlooptijd', 'doorlooptijden', 'behandelduur', 'hoe lang', 'weken', 'duur'],
      en: ['processing time', 'how long', 'lead time', 'turnaround', 'weeks', 'duration', 'throughput time'],
    },
  },
  opdracht: {
    unit: 'count',
    nl: 'opdracht IND (maandelijkse productieafspraak)',
    en: 'IND target (monthly production agreement)',
    aliases: {
      nl: ['opdracht', 'productieafspraak', 'productienorm', 'doel'],
      en: ['target', 'quota', 'production target'],
    },
  },
  ingereisd: {
    unit: 'count',
    nl: 'ingereisde nareizigers',
    en: 'family members who arrived',
    aliases: {
      nl: [
        'ingereisd',
        'ingereisde',
        'ingereisde nareizigers',
        'aangekomen',
        'naar nederland gekomen',
        'gearriveerd',
        'naar nederland',
        'naar nederland kwamen',
        'reisden in',
        'reisden',
        'inreizen',
        'inreis',
        'ingereist',
      ],
      en: ['arrived', 'arrivals', 'arrival', 'entered', 'came to the netherlands', 'to the netherlands'],
    },
  },
  'percentage-ingetrokken': {
    unit: 'percent',
    nl: 'percentage beslissingen tot intrekking',
    en: 'share of decisions that revoked',
    aliases: {
      nl: [
        'intrekkingspercentage',
        'percentage ingetrokken',
        'percentage beslissingen tot intrekking',
        'tot intrekking',
      ],
      en: ['revocation rate', 'share revoked', 'share of decisions that revoked', 'decisions that revoked'],
    },
  },
  gegrond: {
    unit: 'percent',
    nl: 'gegrondverklaringen',
    en: 'objections found well-founded',
    aliases: {
      nl: ['gegrond', 'gegrondverklaringen', 'gegrondverklaring', 'gegrond verklaard'],
      en: [
        'well-founded',
        'well founded',
        'successful objections',
        'sustained',
        'found justified',
        'upheld',
        'objection upheld',
        'objections upheld',
      ],
    },
  },
  'instandhouding-asiel': {
    unit: 'percent',
    nl: 'instandhoudingen asiel',
    en: 'asylum decisions upheld in court',
    aliases: {
      nl: [
        'instandhoudingen asiel',
        'instandhouding asiel',
        'instandhoudingspercentage asiel',
        'instandhoudingen',
        'instandhouding',
        'in stand gehouden',
        'stand gehouden',
        'gewonnen',
        'won',
      ],
      en: [
        'upheld asylum',
        'asylum upheld',
        'upheld',
        'decision upheld',
        'decisions upheld',
        'win',
        'won',
        'wins',
        'winning',
      ],
    },
    qualifiers: ['asiel', 'asylum', 'asielzaken', 'asylum cases'],
  },
  'instandhouding-regulier': {
    unit: 'percent',
    nl: 'instandhoudingen regulier',
    en: 'regular decisions upheld in court',
    aliases: {
      nl: [
        'instandhoudingen regulier',
        'instandhouding regulier',
        'instandhoudingspercentage regulier',
        'instandhoudingen',
        'instandhouding',
        'in stand gehouden',
        'stand gehouden',
        'gewonnen',
        'won',
      ],
      en: [
        'upheld regular',
        'regular upheld',
        'upheld',
        'decision upheld',
        'decisions upheld',
        'win',
        'won',
        'wins',
        'winning',
      ],
    },
    qualifiers: ['regulier', 'regular', 'reguliere', 'non-asylum', 'non asylum', 'niet-asiel'],
  },
  'hoger-beroep-regulier': {
    unit: 'percent',
    nl: 'hoger beroep na gegrond beroep (regulier)',
    en: 'appeals by the IND after a lost case (regular)',
    aliases: {
      nl: ['hoger beroep regulier', 'hoger beroep'],
      en: ['regular appeals', 'appeal', 'appealed', 'appeals'],
    },
    qualifiers: ['regulier', 'regular', 'reguliere', 'non-asylum', 'non asylum', 'niet-asiel'],
  },
  'hoger-beroep-asiel': {
    unit: 'percent',
    nl: 'hoger beroep na gegrond beroep (asiel)',
    en: 'appeals by the IND after a lost case (asylum)',
    aliases: {
      nl: ['hoger beroep asiel', 'hoger beroep'],
      en: ['asylum appeals', 'appeal', 'appealed', 'appeals'],
    },
    qualifiers: ['asiel', 'asylum', 'asielzaken'],
  },
  aanwezig: {
    unit: 'percent',
    nl: 'aanwezig op zitting',
    en: 'present at hearings',
    aliases: { nl: ['aanwezig', 'aanwezigheid'], en: ['present', 'attendance', 'attended'] },
  },
  calls: {
    unit: 'count',
    nl: 'afgehandelde calls',
    en: 'calls handled',
    aliases: {
      nl: ['calls', 'gesprekken', 'telefoontjes', 'gebeld', 'bellers', 'oproepen'],
      en: ['calls', 'phone calls', 'called', 'callers'],
    },
  },
  emails: {
    unit: 'count',
    nl: 'afgehandelde e-mails per jaar',
    en: 'e-mails handled per year',
    aliases: {
      nl: ['e-mails', 'emails', 'mails', 'e-mail', 'email', 'mailtjes'],
      en: ['e-mails', 'emails', 'mails', 'email', 'e-mail'],
    },
  },
  'emails-per-maand': {
    unit: 'count',
    nl: 'afgehandelde e-mails per maand (gemiddeld)',
    en: 'e-mails handled per month (average)',
    aliases: {
      nl: [
        'e-mails per maand',
        'mails per maand',
        'e-mails per maand afgehandeld',
        'afgehandelde e-mails per maand',
      ],
      en: ['e-mails per month', 'emails per month', 'e-mails handled per month', 'emails handled per month'],
    },
  },
  aantal: {
    unit: 'count',
    nl: 'aantal',
    en: 'number',
    aliases: {
      nl: ['uitgereikt', 'uitgereikte', 'afgegeven', 'verstrekt', 'aantal'],
      en: ['issued', 'number', 'handed out', 'delivered'],
    },
  },
  klantcontacten: {
    unit: 'count',
    nl: 'klantcontacten',
    en: 'customer contacts',
    aliases: {
      nl: ['klantcontacten', 'bezoekers', 'contacten'],
      en: ['customer contacts', 'contacts', 'visitors', 'visits'],
    },
  },
  bedrag: {
    unit: 'eur',
    nl: 'betaald bedrag',
    en: 'amount paid',
    aliases: {
      nl: ['bedrag', 'betaald', 'betaalde', 'uitbetaald', 'euro', 'miljoen'],
      en: ['amount', 'paid', 'pay', 'euros', 'million'],
    },
  },
  ambtelijk: {
    unit: 'fte',
    nl: 'ambtelijke bezetting',
    en: 'civil servants',
    aliases: {
      nl: ['ambtelijk', 'ambtelijke', 'ambtenaren', 'eigen personeel', 'in dienst'],
      en: ['civil servants', 'own staff', 'employed', 'internal staff'],
    },
  },
  extern: {
    unit: 'fte',
    nl: 'externe medewerkers',
    en: 'external staff',
    aliases: {
      nl: ['extern', 'externe', 'externen', 'inhuur', 'ingehuurd'],
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
      nl: ['lasten', 'uitgaven', 'totale kosten', 'kosten'],
      en: ['expenses', 'expenditure', 'spending', 'costs', 'total costs'],
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
  'aantal-afspraken': {
    unit: 'count',
    nl: 'aantal afspraken',
    en: 'appointments',
    aliases: {
      nl: ['afspraken', 'afspraak', 'aantal afspraken'],
      en: ['appointments', 'appointment', 'bookings'],
    },
  },
  'eerste-vrije-dag': {
    unit: 'days',
    nl: 'eerste afspraakmogelijkheid (dagen)',
    en: 'first available appointment (days)',
    aliases: {
      nl: [
        'eerste afspraakmogelijkheid',
        'eerste vrije plek',
        'eerste vrije afspraak',
        'wachttijd',
        'dagen',
        'wachten',
      ],
      en: [
        'first available',
        'first free slot',
        'first available appointment',
        'waiting time',
        'wait',
        'days',
        'earliest',
      ],
    },
  },
  'open-tot-1m': bucket(0, 1),
  'open-tot-3m': bucket(0, 3),
  'open-tot-6m': bucket(0, 6),
  'open-1-3m': bucket(1, 3),
  'open-1-6m': bucket(1, 6),
  'open-3-6m': bucket(3, 6),
  'open-6-12m': bucket(6, 12),
  'open-6-15m': bucket(6, 15),
  'open-boven-3m': bucket(3, null),
  'open-boven-6m': bucket(6, null),
  'open-boven-12m': bucket(12, null),
  'open-boven-15m': bucket(15, null),
} satisfies Record<string, MeasureDef>;

export type MeasureId = keyof typeof MEASURES;
export const measureDef = (id: string): MeasureDef | undefined =>
  (MEASURES as Record<string, MeasureDef>)[id];
