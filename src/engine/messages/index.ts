import type { Language } from '../../data/schema.js';
import { EN_MESSAGES } from './en.js';
import { NL_MESSAGES } from './nl.js';
import type { Messages } from './types.js';

export type { Messages } from './types.js';

const TABLES: Record<Language, Messages> = { nl: NL_MESSAGES, en: EN_MESSAGES };

/** The message table of a language. */
export const messages = (lang: Language): Messages => TABLES[lang];
