import type { Answer, Reading } from '../contract/index.js';
import { MAX_QUESTION_LENGTH } from '../contract/limits.js';
import type { Dataset, Language } from '../data/schema.js';
import { ANSWERERS, type Ctx } from './answerers/index.js';
import { declineAnswer } from './compose/fallbacks.js';
import { DataIndex } from './data-index.js';
import { compileLexicon, type Lexicon } from './lexicon/compile.js';
import { messages } from './messages/index.js';
import { suggestFor } from './suggest.js';
import { clean } from './understand/text.js';
import { understand } from './understand/understand.js';

export interface AnswerOptions {
  /** Reference date (YYYY-MM-DD) for "vorig jaar", "last month"; defaults to the real today. */
  today?: string;
  /** The previous reading in this conversation, for follow-ups ("en in 2023?"). */
  context?: Reading | null;
}

export interface EngineOptions {
  /**
   * Told about a bug while answering (the question still gets an answer without figures). The app
   * logs it and `npm run gaps` counts it; tests fail on it.
   */
  onError?: (error: unknown, question: string) => void;
  /** A lexicon compiled before (a snapshot restored by the app); compiled here when absent. */
  lexicon?: Lexicon;
}

/** The longest question read; a longer one is declined, saying so, without reading it. */
export { MAX_QUESTION_LENGTH };

export interface Engine {
  answer(question: unknown, options?: AnswerOptions): Answer;
  /** Up to `limit` answerable questions that fit what has been typed so far (autocomplete). */
  suggest(prefix: string, language?: Language, limit?: number): string[];
  /** The question's language as the engine reads it. */
  languageOf(text: string): Language;
  readonly index: DataIndex;
  readonly lexicon: Lexicon;
}

const isoToday = () => new Date().toISOString().slice(0, 10);

/**
 * The query engine: a question as typed, in Dutch or English, in; one typed answer out. Pure: the
 * dataset is passed in, nothing is read or sent. The question is read once (understand), then the
 * answerers are asked in order; an answer carries figures only when its reading explains every word.
 */
export function createEngine(dataset: Dataset, engineOptions: EngineOptions = {}): Engine {
  const index = new DataIndex(dataset);
  const lexicon = engineOptions.lexicon ?? compileLexicon();
  const publications = dataset.publications;
  const languageOf = (text: string): Language =>
    understand(clean(text).slice(0, 500), { today: isoToday(), context: null, lexicon, publications }).lang;

  const answer = (question: unknown, options: AnswerOptions = {}): Answer => {
    const raw = typeof question === 'string' ? clean(question) : '';
    const today = /^\d{4}-\d{2}-\d{2}$/.test(options.today ?? '') ? options.today! : isoToday();
    if (raw.length > MAX_QUESTION_LENGTH) {
      const lang = languageOf(raw);
      return declineAnswer(raw.slice(0, 200), lang, messages(lang).tooLong(MAX_QUESTION_LENGTH), index);
    }
    const read = (text: string) =>
      understand(text, { today, context: options.context ?? null, lexicon, publications });
    let lang: Language = 'nl';
    try {
      const q = read(raw);
      lang = q.lang;
      const ctx: Ctx = { idx: index, lexicon, read };
      for (const a of ANSWERERS) {
        const out = a.answer(q, ctx);
        if (out) return out;
      }
      return declineAnswer(raw, lang, messages(lang).nothingMatched, index);
    } catch (error) {
      // A bug must not cost the reader an answer, and must never produce a number; it is reported.
      engineOptions.onError?.(error, raw);
      return declineAnswer(raw, lang, messages(lang).nothingMatched, index);
    }
  };
  const engine: Engine = {
    answer,
    suggest: (prefix, language, limit = 25) => suggestFor(engine, prefix, language, limit),
    languageOf,
    index,
    lexicon,
  };
  return engine;
}
