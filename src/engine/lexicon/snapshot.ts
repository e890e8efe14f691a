import type { Language } from '../../data/schema.js';
import type { Lexicon, PhraseTable } from './compile.js';
import type { Tagged } from './senses.js';
import { Speller } from './speller.js';

/**
 * The compiled lexicon as plain data, and back: compiling it costs a terminal question more than
 * answering it, so the app keeps a snapshot beside the build and the engine restores it.
 */
export interface LexiconSnapshot {
  version: 1;
  domain: [string, Tagged[]][];
  words: [string, Tagged[]][];
  known: [string, Language[]][];
  domainWords: string[];
  realWords: string[];
  spelling: string[];
}

const tableOf = (phrases: [string, Tagged[]][]): PhraseTable => {
  const map = new Map(phrases);
  const prefixes = new Set<string>();
  let longest = 1;
  for (const key of map.keys()) {
    const parts = key.split(' ');
    if (parts.length > longest) longest = parts.length;
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  }
  return { phrases: map, prefixes, longest };
};

export function toSnapshot(lex: Lexicon): LexiconSnapshot {
  return {
    version: 1,
    domain: [...lex.domain.phrases],
    words: [...lex.words.phrases],
    known: [...lex.known].map(([w, langs]) => [w, [...langs]]),
    domainWords: [...lex.domainWords],
    realWords: [...lex.realWords],
    spelling: lex.speller.words,
  };
}

export function fromSnapshot(s: LexiconSnapshot): Lexicon {
  return {
    domain: tableOf(s.domain),
    words: tableOf(s.words),
    known: new Map(s.known.map(([w, langs]) => [w, new Set(langs)])),
    domainWords: new Set(s.domainWords),
    realWords: new Set(s.realWords),
    speller: new Speller(s.spelling),
  };
}
