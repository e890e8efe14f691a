/**
 * The engine's front door: everything outside src/engine imports from here (a test enforces it).
 * The engine is given its dataset; it reads no files and sends nothing.
 */
import type { Language } from '../data/schema.js';
import { compileLexicon, type Lexicon } from './lexicon/compile.js';
import { clean } from './understand/text.js';
import { understand } from './understand/understand.js';

export type { Answer, Fact, Note, Reading } from '../contract/index.js';
export { emptyAnswer } from './compose/base.js';
export { buildFigures } from './compose/figures.js';
export { DataIndex } from './data-index.js';
export {
  type AnswerOptions,
  createEngine,
  type Engine,
  type EngineOptions,
  MAX_QUESTION_LENGTH,
} from './engine.js';
export { formatChange, formatNumber, formatPeriod, formatRelative, formatValue } from './format.js';
export { compileLexicon, type Lexicon } from './lexicon/compile.js';
export { fromSnapshot, type LexiconSnapshot, toSnapshot } from './lexicon/snapshot.js';
export { messages } from './messages/index.js';

let lexicon: Lexicon | null = null;

/** A text's language as the engine reads it (Dutch on a tie), for replies made outside the engine. */
export function detectLanguage(text: string): Language {
  lexicon ??= compileLexicon();
  return understand(clean(text).slice(0, 500), {
    today: '2000-01-01',
    context: null,
    lexicon,
    publications: [],
  }).lang;
}
