import type { LexiconWords } from '../types.js';
import { EN_CLAIMS } from './claims.js';
import { EN_CORE } from './core.js';
import { EN_PERIODS } from './periods.js';

/** English. Subjects and measures are in the catalogue (src/data/catalog); this is everything else. */
export const EN: LexiconWords = { ...EN_CORE, ...EN_PERIODS, ...EN_CLAIMS };
