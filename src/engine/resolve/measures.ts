import { measureDef } from '../../data/catalog/measures.js';

/**
 * When several measures are named ("beslissingen op aanvragen", "doorlooptijd van beslissingen"),
 * the more specific one is meant; the others describe it. Measures in one group are equally
 * specific: only a qualifier (asiel / regulier) tells them apart.
 */
const PRIORITY: string[][] = [
  ['eerste-vrije-dag'],
  ['doorlooptijd'],
  ['tijdigheid'],
  ['inwilligingen'],
  ['gegrond'],
  ['percentage-ingetrokken'],
  ['instandhouding-asiel', 'instandhouding-regulier'],
  ['hoger-beroep-asiel', 'hoger-beroep-regulier'],
  ['aanwezig'],
  ['ingereisd'],
  ['in-behandeling'],
  ['opdracht'],
  ['emails-per-maand'],
  ['emails'],
  ['calls'],
  ['klantcontacten'],
  ['personele-kosten-aandeel'],
  ['bijdrage-departement'],
  ['personele-kosten'],
  ['resultaat'],
  ['baten'],
  ['lasten'],
  ['bedrag'],
  ['ambtelijk'],
  ['extern'],
  ['totaal'],
  ['beslissingen'],
  ['afgehandeld'],
  ['aantal-afspraken'],
  ['aanvragen'],
  ['ontvangen'],
  ['procedures'],
  ['aantal'],
];

export const rank = (measure: string): number => {
  const i = PRIORITY.findIndex((group) => group.includes(measure));
  return i < 0 ? PRIORITY.length : i;
};

/**
 * Measures that name what a more specific one is about: "doorlooptijd van beslissingen", "aantal
 * aanvragen tijdig". Any other measure named beside the chosen one is a second question, left
 * unexplained ("target ... processing time") instead of dropped.
 */
export const DESCRIBING: ReadonlySet<string> = new Set([
  'aanvragen',
  'ontvangen',
  'procedures',
  'beslissingen',
  'afgehandeld',
  'in-behandeling',
  'inwilligingen',
  'aantal-afspraken',
  'aantal',
  'totaal',
]);

/** Measure words that also occur as plain words ("cases", "aantal", "totaal") and never overrule a default. */
export const WEAK: ReadonlySet<string> = new Set(['aantal', 'totaal', 'procedures']);

/** Measures too common to say which subject is meant when no subject is named. */
export const GENERIC: ReadonlySet<string> = new Set([
  'aanvragen',
  'beslissingen',
  'in-behandeling',
  'inwilligingen',
  'tijdigheid',
  'procedures',
  'ontvangen',
  'afgehandeld',
  'aantal',
  'totaal',
  'opdracht',
  'doorlooptijd',
]);

/** With no measure named, the first of these a subject has is its headline figure. */
export const DEFAULTS = [
  'aanvragen',
  'procedures',
  'ontvangen',
  'klantcontacten',
  'calls',
  'totaal',
  'bedrag',
  'aantal',
];

export const familyOf = (measure: string) => measureDef(measure)?.family;
export const ageOf = (measure: string) => measureDef(measure)?.age;
