import { committedDataset } from '../data/default.js';
import type { Answer } from './contract.js';
import { type AnswerOptions, createEngine, type Engine } from './engine.js';
import { suggestFor } from './suggest.js';

export type { Answer, Fact, Note, Reading } from './contract.js';
export { type AnswerOptions, createEngine, type Engine, MAX_QUESTION_LENGTH } from './engine.js';

let engine: Engine | null = null;
const defaultEngine = (): Engine => {
  engine ??= createEngine(committedDataset());
  return engine;
};

/** Answers a question from the committed dataset. Never throws. */
export const answer = (question: unknown, options?: AnswerOptions): Answer =>
  defaultEngine().answer(question, options);

/** Up to `limit` questions the engine can answer that fit what the user has typed so far. */
export const suggestQuestions = (prefix: string, language?: 'nl' | 'en', limit = 25): string[] =>
  suggestFor(defaultEngine(), prefix, language, limit);
