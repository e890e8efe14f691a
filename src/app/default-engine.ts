import type { Answer } from '../contract/index.js';
import { committedDataset } from '../data/default.js';
import { type AnswerOptions, createEngine, type Engine } from '../engine/index.js';
import { cachedLexicon } from './lexicon-cache.js';

let engine: Engine | null = null;

/** The engine over the committed dataset, built on first use (the engine itself reads no files). */
export const defaultEngine = (): Engine => {
  engine ??= createEngine(committedDataset(), { lexicon: cachedLexicon() });
  return engine;
};

/** Answers a question from the committed dataset. Never throws. */
export const answer = (question: unknown, options?: AnswerOptions): Answer =>
  defaultEngine().answer(question, options);

/** Up to `limit` questions the engine can answer that fit what the user has typed so far. */
export const suggestQuestions = (prefix: string, language?: 'nl' | 'en', limit = 25): string[] =>
  defaultEngine().suggest(prefix, language, limit);
