import type { SubjectDef } from './types.js';

/** Service: phone lines, desks, appointments, notices of default, penalty payments, complaints. */
export const DIENSTVERLENING = {
  telefonie: {
    domain: 'dienstverlening',
    nl: 'Telefonie (IND-telefoonlijn)',
    en: 'Telephone (IND phone line)',
    mainFor: ['calls', 'emails', 'emails-per-maand'],
    aliases: {
      nl: [
        'telefonie',
        'telefoon',
        'tel',
        'telefonisch',
        'telefoonlijn',
        'bellen',
        'algemene lijn',
        'algemene telefoonlijn',
        'hoofdlijn',
      ],
      en: [
        'telephone',
        'phone',
        'phone line',
        'telephony',
        'call centre',
        'call center',
        'general line',
        'main line',
        'general phone line',
      ],
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
        until: '2021',
        publication: 'jaarcijfers-2024',
        note: {
          nl: 'Tot en met de Jaarcijfers 2023 exclusief expatcentra en centrale uitreikdagen aan studenten; vanaf de Jaarcijfers 2024 (die ook 2022 en 2023 zo geven) inclusief expatcenters, servicepunten en studentenuitreiking.',
          en: 'Up to Jaarcijfers 2023 excluding expat centres and central student collection days; from Jaarcijfers 2024 (which also restate 2022 and 2023 this way) including expat centres, service points and student collection days.',
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
    parts: ['ind-loket', 'bezorging-ipkd', 'bezorging-postnl'],
    aliases: {
      nl: ['totaal klantcontacten', 'loketten en bezorging', 'loket en bezorging'],
      en: ['total customer contacts', 'desks and deliveries', 'desks and delivery'],
    },
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
      nl: [
        'ingebrekestellingen',
        'ingebrekestelling',
        'in gebreke stellingen',
        'ingebrekestellen',
        'te laat beslissen',
        'niet tijdig beslissen',
        'te late beslissing',
        'te late beslissingen',
      ],
      en: [
        'notices of default',
        'notice of default',
        'default notices',
        'notices of liability',
        'formal notices of default',
        'late decision',
        'late decisions',
      ],
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
        'ophalen',
        'ophalen verblijfsdocument',
      ],
      en: [
        'collect residence document',
        'collecting a residence document',
        'collecting',
        'collect',
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
