import { MEASURES, type MeasureDef } from '../data/catalog/measures.js';
import { SUBJECTS, type SubjectDef } from '../data/catalog/subjects.js';
import { Speller } from './lexicon/speller.js';
import { fold, tokenize } from './normalize.js';

export type Concept =
  | { type: 'subject'; id: string; loose?: boolean }
  | { type: 'measure'; id: string }
  | { type: 'qualifier'; measure: string }
  | { type: 'tag'; subject: string };

export interface Vocabulary {
  /** Phrase (space-joined tokens) -> the concepts it names. */
  phrases: Map<string, Concept[]>;
  /** Longest phrase, in tokens: bounds the matcher's look-ahead. */
  longest: number;
  /** Every proper prefix of a phrase ("kennis en" of "kennis en talent"): where look-ahead may go on. */
  prefixes: Set<string>;
  /** Every single word that occurs in a phrase, most frequent first: the typo corrector's dictionary. */
  words: string[];
  wordSet: Set<string>;
  speller: Speller;
}

/**
 * Builds the matcher's vocabulary from the catalogue (subjects, measures and their aliases in both
 * languages): one table, so adding a synonym there is all it takes.
 */
export function buildVocabulary(
  subjects: Record<string, SubjectDef> = SUBJECTS,
  measures: Record<string, MeasureDef> = MEASURES,
): Vocabulary {
  const phrases = new Map<string, Concept[]>();
  const add = (alias: string, concept: Concept) => {
    const key = tokenize(fold(alias)).join(' ');
    if (!key) return;
    const list = phrases.get(key) ?? [];
    if (!list.some((c) => JSON.stringify(c) === JSON.stringify(concept))) list.push(concept);
    phrases.set(key, list);
  };
  for (const [id, s] of Object.entries(subjects)) {
    const loose = new Set(s.loose ?? []);
    for (const alias of [...s.aliases.nl, ...s.aliases.en])
      add(alias, loose.has(alias) ? { type: 'subject', id, loose: true } : { type: 'subject', id });
    for (const tag of s.tags ?? []) add(tag, { type: 'tag', subject: id });
  }
  for (const [id, m] of Object.entries(measures)) {
    for (const alias of [...m.aliases.nl, ...m.aliases.en]) add(alias, { type: 'measure', id });
    for (const q of m.qualifiers ?? []) add(q, { type: 'qualifier', measure: id });
  }
  const counts = new Map<string, number>();
  let longest = 1;
  for (const key of phrases.keys()) {
    const words = key.split(' ');
    longest = Math.max(longest, words.length);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    const parts = key.split(' ');
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
  }
  return { phrases, longest, prefixes, words, wordSet: new Set(words), speller: new Speller(words) };
}
