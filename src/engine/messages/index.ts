import type { Language } from '../../data/schema.js';
import type { ClaimMessages } from './claim-types.js';
import { EN_CLAIMS } from './claims-en.js';
import { NL_CLAIMS } from './claims-nl.js';
import { EN_MESSAGES } from './en.js';
import { NL_MESSAGES } from './nl.js';
import type { Messages } from './types.js';

export type { ClaimMessages } from './claim-types.js';
export type { Messages } from './types.js';

const TABLES: Record<Language, Messages> = { nl: NL_MESSAGES, en: EN_MESSAGES };

/** The message table of a language. */
export const messages = (lang: Language): Messages => TABLES[lang];

const CLAIMS: Record<Language, ClaimMessages> = { nl: NL_CLAIMS, en: EN_CLAIMS };

/** The claim-check sentences of a language. */
export const claimMessages = (lang: Language): ClaimMessages => CLAIMS[lang];
