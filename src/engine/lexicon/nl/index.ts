import type { LexiconWords } from '../types.js';
import { NL_CLAIMS } from './claims.js';
import { NL_CORE } from './core.js';
import { NL_PERIODS } from './periods.js';

/** Dutch. Subjects and measures are in the catalogue (src/data/catalog); this is everything else. */
export const NL: LexiconWords = { ...NL_CORE, ...NL_PERIODS, ...NL_CLAIMS };
