/**
 * The engine's front door: everything outside src/engine imports from here (a test enforces it).
 * The engine is given its dataset; it reads no files and sends nothing.
 */
export type { Answer, Fact, Note, Reading } from '../contract/index.js';
export { emptyAnswer } from './answer-base.js';
export { type AnswerOptions, createEngine, type Engine, MAX_QUESTION_LENGTH } from './engine.js';
export { formatNumber, formatPeriod, formatValue } from './format.js';
export { detectLanguage } from './language.js';
export { fold, tokenize } from './normalize.js';
