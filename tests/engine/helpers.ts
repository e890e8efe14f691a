import type { Answer } from '../../src/contract/answer.js';
import { committedDataset } from '../../src/data/default.js';
import { type AnswerOptions, createEngine } from '../../src/engine/engine.js';

export const engine = createEngine(committedDataset());
export const TODAY = '2026-11-22';
export const ask = (q: string, opts: AnswerOptions = {}): Answer =>
  engine.answer(q, { today: TODAY, ...opts });
export const values = (a: Answer) => a.facts.map((f) => [f.period, f.value]);
