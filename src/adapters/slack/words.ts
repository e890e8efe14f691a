import type { Language } from '../../app/messages.js';

export type { Language } from '../../app/messages.js';

/** Every word the Slack adapter itself puts on screen, in both languages. */
export const WORDS = {
  nl: {
    readAs: 'Gelezen als',
    notes: 'Let op',
    revision: 'Herzien',
    source: 'Bron',
    quote: 'Om te citeren',
    chartFailed: 'De grafiek kon niet worden getoond; de cijfers hierboven zijn compleet.',
    tryThese: 'Probeer bijvoorbeeld',
    helpTitle: 'IND-cijfers',
    helpHow:
      'Stel een vraag in gewone taal, in het Nederlands of Engels. Je krijgt het exacte gepubliceerde cijfer met bron, kanttekeningen en waar mogelijk een grafiek.',
    helpWhere:
      '`/ind <vraag>` in elk kanaal · noem de app (`@ind-cijfers <vraag>`) en het antwoord komt in de draad · of stuur de app een direct bericht.',
    helpFollowUp: 'Een vervolgvraag zoals "en in 2023?" gaat verder waar je was (in dezelfde draad of DM).',
    asked: 'Gevraagd',
  },
  en: {
    readAs: 'Read as',
    notes: 'Note',
    revision: 'Revised',
    source: 'Source',
    quote: 'To quote',
    chartFailed: 'The chart could not be shown; the figures above are complete.',
    tryThese: 'Try for example',
    helpTitle: 'IND figures',
    helpHow:
      'Ask a question in plain English or Dutch. You get the exact published figure with its source, caveats and, where it helps, a chart.',
    helpWhere:
      '`/ind <question>` in any channel · mention the app (`@ind-cijfers <question>`) and it answers in the thread · or send the app a direct message.',
    helpFollowUp: 'A follow-up such as "and in 2023?" carries on where you were (in the same thread or DM).',
    asked: 'Asked',
  },
} as const satisfies Record<Language, Record<string, string>>;

/**
 * "", "help", "hulp", "?" (optionally with a language: "help en") ask for help rather than a figure.
 * Returns the language to show help in, or null when the text is a question.
 */
export function helpRequest(text: string): Language | null {
  const t = text.trim().toLowerCase();
  if (t === '' || t === '?') return 'nl';
  const m = /^(help|hulp|uitleg|\?)(?:\s+(en|english|engels|nl|dutch|nederlands))?[.!?]*$/.exec(t);
  if (!m) return null;
  // "help" is a Dutch word too, so only an explicit language switches help to English.
  return m[2] && ['en', 'english', 'engels'].includes(m[2]) ? 'en' : 'nl';
}
