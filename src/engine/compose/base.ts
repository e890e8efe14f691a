import type { Answer } from '../../contract/index.js';
import type { Language } from '../../data/schema.js';
import { messages } from '../messages/index.js';

/** An answer with every field at its empty value; builders fill in what they know. */
export function emptyAnswer(
  question: string,
  language: Language,
  kind: Answer['kind'],
  text: string,
): Answer {
  return {
    question,
    language,
    kind,
    text,
    reading: null,
    unexplained: [],
    headline: null,
    facts: [],
    trend: [],
    change: null,
    notes: [],
    sources: [],
    chart: null,
    suggestions: [],
    context: null,
    quote: null,
  };
}

export const sourceLine = (sources: string[], lang: Language): string => messages(lang).source(sources);
