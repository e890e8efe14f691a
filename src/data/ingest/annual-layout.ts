/**
 * How the annual publications print their tables: which section title is which subject and which
 * row label is which measure. Shared by every Jaarcijfers description; keys are normalized labels
 * (see normLabel). A row value is a measure of the section's subject, or a full "subject.measure".
 */
export interface SectionLayout {
  subject: string;
  rows?: Record<string, string>;
}

export const DEFAULT_ROWS: Record<string, string> = {
  aanvragen: 'aanvragen',
  beslissingen: 'beslissingen',
  'in behandeling': 'in-behandeling',
  inwilligingen: 'inwilligingen',
  'tijdigheid beslissingen': 'tijdigheid',
  'doorlooptijd beslissingen (in weken)': 'doorlooptijd',
};

const COURT_ROWS = {
  'aantal ontvangen gerechtelijke procedures': 'ontvangen',
  'aantal afgehandelde gerechtelijke procedures': 'afgehandeld',
  'percentage instandhoudingen asiel': 'instandhouding-asiel',
  'percentage instandhoudingen regulier': 'instandhouding-regulier',
};

const LINE_ROWS = {
  'totaal aantal afgehandelde calls': 'calls',
  'totaal aantal e-mails per jaar afgehandeld': 'emails',
  'gemiddelde aantal e-mails per maand afgehandeld': 'emails-per-maand',
};

const DESK_ROWS = {
  'ind-loket (o.a. biometrie, afgegeven documenten, loketafspraken)': 'klantcontacten',
  'ind-loket (o.a. biometrie, uitreiken documenten, loketafspraken)': 'klantcontacten',
  'totaal aantal uitgereikte stickers oekraine': 'stickers-oekraine.aantal',
  'extra locatie utrecht en amsterdam (biometrie brexit)': 'loket-brexit.klantcontacten',
  'totaal aantal bezorgde documenten via ipkd': 'bezorging-ipkd.aantal',
  'totaal aantal bezorgde documenten via postnl': 'bezorging-postnl.aantal',
  totaal: 'klantcontacten-totaal.klantcontacten',
};

const DOCUMENT_ROWS = {
  'vreemdelingen identiteitsbewijzen': 'doc-vreemdelingen-id.aantal',
  'verblijfsdocument (eu-kaarten)': 'doc-eu-kaarten.aantal',
  'verblijfsvergunningen regulier bepaalde tijd': 'doc-vv-regulier-bepaald.aantal',
  'verblijfsvergunning regulier bepaalde tijd': 'doc-vv-regulier-bepaald.aantal',
  'verblijfsvergunningen regulier onbepaalde tijd': 'doc-vv-regulier-onbepaald.aantal',
  'verblijfsvergunning regulier onbepaalde tijd': 'doc-vv-regulier-onbepaald.aantal',
  'verblijfsvergunningen asiel bepaalde tijd': 'doc-vv-asiel-bepaald.aantal',
  'verblijfsvergunning asiel bepaalde tijd': 'doc-vv-asiel-bepaald.aantal',
  'verblijfsvergunningen asiel onbepaalde tijd': 'doc-vv-asiel-onbepaald.aantal',
  'verblijfsvergunning asiel onbepaalde tijd': 'doc-vv-asiel-onbepaald.aantal',
  'w-document': 'doc-w.aantal',
  'w2-document': 'doc-w2.aantal',
  'verblijfsdocument onderdaan eu/eer': 'doc-eu-onderdaan.aantal',
  'verblijfsdocument familielid onderdaan eu/eer': 'doc-eu-familielid.aantal',
  'verblijfsdocument langdurig ingezetene': 'doc-langdurig-ingezetene.aantal',
  'type eu/eer, terugtrekkingsakkoord bepaalde tijd': 'doc-ta-bepaald.aantal',
  'type eu/eer, terugtrekkingsakkoord onbepaalde tijd': 'doc-ta-onbepaald.aantal',
  "document 'grensarbeider' op grond van het terugtrekkingsakkoord": 'doc-grensarbeider.aantal',
  'o-documenten': 'doc-o.aantal',
};

export const SECTIONS: Record<string, SectionLayout> = {
  'familie & gezin': { subject: 'familie-gezin' },
  'kennis & talent': { subject: 'kennis-talent' },
  studenten: { subject: 'studie' },
  arbeidsmigranten: { subject: 'arbeid' },
  'start-ups': { subject: 'start-ups' },
  brexit: { subject: 'brexit' },
  'verlengingen van de geldigheidsduur (verblijfsvergunning asiel en regulier)': { subject: 'verlenging' },
  'intrekkingen (verblijf en vvr)': {
    subject: 'intrekking',
    rows: { procedures: 'procedures', intrekkingen: 'percentage-ingetrokken' },
  },
  'bezwaar regulier (incl. bezwaar bij nareis en visa kort verblijf)': {
    subject: 'bezwaar',
    rows: { procedures: 'procedures', gegrondverklaringen: 'gegrond' },
  },
  'regulier verblijf voor onbepaalde tijd': { subject: 'onbepaalde-tijd' },
  'omwisseling, vervanging en vermissing verblijfsdocumenten': { subject: 'omwisseling' },
  naturalisatie: { subject: 'naturalisatie' },
  'nieuwe asielaanvragen': { subject: 'asiel-eerste', rows: { 'eerste asielaanvragen': 'aanvragen' } },
  'eerste aanvragen asiel': { subject: 'asiel-eerste' },
  'tweede en volgende aanvraag asiel': { subject: 'asiel-tweede' },
  'spoor 1 - asielaanvragen voor een ander europees land o.b.v. de dublin verordening': {
    subject: 'spoor-1',
  },
  'spoor 2 - veilig land van herkomst of asiel in een ander land': { subject: 'spoor-2' },
  'spoor 4 - algemene of verlengde asielprocedure': { subject: 'spoor-4' },
  nareizigers: {
    subject: 'nareis-mvv',
    rows: { 'aanvragen mvv nareis': 'aanvragen', 'ingereisde nareizigers': 'ingereisd' },
  },
  'nareis 8 evrm bij amv': { subject: 'nareis-8evrm' },
  'gerechtelijke procedures omtrent verblijf': { subject: 'beroep-verblijf', rows: COURT_ROWS },
  'gerechtelijke procedures': { subject: 'beroep-verblijf', rows: COURT_ROWS },
  '(gerechtelijke) procedures anders dan omtrent verblijf, o.a. omtrent bewaring en naturalisatie': {
    subject: 'beroep-overig',
    rows: COURT_ROWS,
  },
  'andere gerechtelijke procedures, o.a. omtrent bewaring en naturalisatie': {
    subject: 'beroep-overig',
    rows: COURT_ROWS,
  },
  'percentage hoger beroep door ind na gegrond beroep': {
    subject: 'hoger-beroep',
    rows: { 'hoger beroep regulier': 'hoger-beroep-regulier', 'hoger beroep asiel': 'hoger-beroep-asiel' },
  },
  'percentage aanwezig op zitting': { subject: 'zitting', rows: { aanwezig: 'aanwezig' } },
  telefonie: { subject: 'telefonie', rows: LINE_ROWS },
  ketenservicelijn: { subject: 'ketenservicelijn', rows: LINE_ROWS },
  documenten: { subject: 'documenten', rows: DOCUMENT_ROWS },
  'klantcontacten ind-loketten': { subject: 'ind-loket', rows: DESK_ROWS },
  'ind caribisch nederland': {
    subject: 'caribisch-nederland',
    rows: { 'aanvragen en verzoeken': 'aanvragen', afgehandeld: 'afgehandeld' },
  },
  ingebrekestellingen: {
    subject: 'ingebrekestellingen',
    rows: { 'aantal ontvangen': 'ontvangen', 'tijdig afgehandeld': 'tijdigheid' },
  },
  klachten: {
    subject: 'klachten',
    rows: {
      'aanvragen en verzoeken': 'ontvangen',
      'aantal ontvangen': 'ontvangen',
      'tijdig afgehandeld': 'tijdigheid',
    },
  },
  'personele bezetting in fte (stand einde periode)': {
    subject: 'personeel',
    rows: {
      'ambtelijke bezetting': 'ambtelijk',
      'externe medewerkers': 'extern',
      'totale bezetting': 'totaal',
    },
  },
};

/** Labels of the top-3 nationality lists (case-folded, footnote stars dropped). */
export const RANKING_CATEGORIES: Record<string, string> = {
  'familie & gezin': 'familie-gezin',
  'familie en gezin': 'familie-gezin',
  'kennis en talent': 'kennis-talent',
  'kennis & talent': 'kennis-talent',
  studenten: 'studie',
  arbeidsmigranten: 'arbeid',
  naturalisatie: 'naturalisatie',
  'spoor 1': 'spoor-1',
  'spoor 2': 'spoor-2',
  spoor2: 'spoor-2',
  'spoor 4': 'spoor-4',
  nareis: 'nareis-mvv',
  'nareis 8 evrm': 'nareis-8evrm',
};

/** Nationalities as printed (adjective) with the English term. */
export const NATIONALITIES: Record<string, string> = {
  Indiase: 'Indian',
  Turkse: 'Turkish',
  'Amerikaans burger': 'American citizen',
  Chinese: 'Chinese',
  Oekraïense: 'Ukrainian',
  Filipijnse: 'Filipino',
  Syrische: 'Syrian',
  Eritrese: 'Eritrean',
  Algerijnse: 'Algerian',
  Marokkaanse: 'Moroccan',
  Somalische: 'Somali',
  Iraakse: 'Iraqi',
  Jemenitische: 'Yemeni',
  Senegalese: 'Senegalese',
  Russische: 'Russian',
  Tunesische: 'Tunisian',
};
