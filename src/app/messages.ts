import { detectLanguage, messages } from '../engine/index.js';

/*
 * The app's own notices (what the user reads when there is no answer from the engine), one text
 * per language, for every front end: the ask layer, Slack, Discord, the web chat and the terminal
 * all show these words, so a failure reads the same wherever it happens.
 */

export type Language = 'nl' | 'en';

interface Notices {
  /** Answering failed; never says why (that goes to the log). */
  failed: string;
  rateLimited: string;
  /** The engine's own wording: a question over the limit reads the same whoever declines it. */
  tooLong: (max: number) => string;
}

export const NOTICES: Record<Language, Notices> = {
  nl: {
    failed:
      'Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders.',
    rateLimited: 'U stelt veel vragen kort na elkaar. Wacht u even en probeer het over een minuut opnieuw.',
    tooLong: (max) => messages('nl').tooLong(max),
  },
  en: {
    failed: 'Something went wrong answering this question. Please try again or rephrase it.',
    rateLimited:
      "You're asking a lot of questions in a short time. Please wait a moment and try again in a minute.",
    tooLong: (max) => messages('en').tooLong(max),
  },
};

/** The language of a text as the engine reads it; enough of it to tell, not all of a flood. */
export const languageOf = (text: string): Language => detectLanguage(text.slice(0, 1000));
