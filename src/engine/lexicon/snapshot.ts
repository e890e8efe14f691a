import type { Language } from '../../data/schema.js';
import type { Lexicon, PhraseTable } from './compile.js';
import type { Tagged } from './senses.js';
import { Speller } from './speller.js';

/**
 * The compiled lexicon as plain data, and back: compiling it costs a terminal question more than
 * answering it, so the app keeps a snapshot beside the build and the engine restores it.
 */
export interface LexiconSnapshot {
  version: 2;
  /** Each distinct sense once (a few hundred serve thousands of phrases); phrases name them by index. */
  senses: Tagged[];
  domain: [string, number[]][];
  words: [string, number[]][];
  known: [string, Language[]][];
  domainWords: string[];
  realWords: string[];
  spelling: string[];
}

const tableOf = (phrases: [string, number[]][], senses: Tagged[]): PhraseTable => {
  const map = new Map(phrases.map(([phrase, ids]) => [phrase, ids.map((id) => senses[id]!)]));
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
  const senses: Tagged[] = [];
  const index = new Map<string, number>();
  const idOf = (sense: Tagged): number => {
    const key = JSON.stringify(sense);
    let id = index.get(key);
    if (id === undefined) {
      id = senses.push(sense) - 1;
      index.set(key, id);
    }
    return id;
  };
  const entries = (table: PhraseTable): [string, number[]][] =>
    [...table.phrases].map(([phrase, tags]) => [phrase, tags.map(idOf)]);
  return {
    version: 2,
    domain: entries(lex.domain),
    words: entries(lex.words),
    senses,
    known: [...lex.known].map(([w, langs]) => [w, [...langs]]),
    domainWords: [...lex.domainWords],
    realWords: [...lex.realWords],
    spelling: lex.speller.words,
  };
}

export function fromSnapshot(s: LexiconSnapshot): Lexicon {
  return {
    domain: tableOf(s.domain, s.senses),
    words: tableOf(s.words, s.senses),
    known: new Map(s.known.map(([w, langs]) => [w, new Set(langs)])),
    domainWords: new Set(s.domainWords),
    realWords: new Set(s.realWords),
    speller: new Speller(s.spelling),
  };
}
