import type { Answer } from '../../src/contract/index.js';
import { committedDataset } from '../../src/data/default.js';
import { type AnswerOptions, createEngine } from '../../src/engine/engine.js';
import type { Query } from '../../src/engine/understand/query.js';
import { understand } from '../../src/engine/understand/understand.js';

/** The engine over the committed dataset; a bug inside it fails the test instead of being hidden. */
export const engine = createEngine(committedDataset(), {
  onError: (error) => {
    throw error;
  },
});
export const TODAY = '2026-11-22';
export const ask = (q: string, opts: AnswerOptions = {}): Answer =>
  engine.answer(q, { today: TODAY, ...opts });
export const values = (a: Answer) => a.facts.map((f) => [f.period, f.value]);

/** The engine's reading of a question, for tests of the parse on its own. */
export const read = (q: string, today = TODAY): Query =>
  understand(q, {
    today,
    context: null,
    lexicon: engine.lexicon,
    publications: engine.index.dataset.publications,
  });
