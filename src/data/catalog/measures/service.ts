import type { MeasureDef } from './types.js';

/** Service figures: calls, e-mails, desk contacts, appointments, documents, amounts paid. */
export const SERVICE = {
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
      nl: ['uitgereikt', 'uitgereikte', 'afgegeven', 'verstrekt', 'aantal', 'uitgegeven', 'verstrekte'],
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
    // Not "euro" or "miljoen": a unit names no figure, and "600 miljoen euro uitgegeven" is no
    // penalty payment.
    aliases: {
      nl: ['bedrag', 'betaald', 'betaalde', 'uitbetaald', 'uitgekeerd', 'uitgekeerde', 'betaalde de ind'],
      en: ['amount', 'paid', 'pay', 'paid out', 'payout', 'payouts'],
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
        'eerste vrije',
        'vrije plek',
        'vrij plekje',
        'wachttijd',
        'dagen',
        'wachten',
      ],
      en: [
        'first available',
        'first free slot',
        'earliest free',
        'free',
        'first free',
        'free slot',
        'slot',
        'first available appointment',
        'waiting time',
        'wait',
        'days',
        'earliest',
      ],
    },
  },
} satisfies Record<string, MeasureDef>;
