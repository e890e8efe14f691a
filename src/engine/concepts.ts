import type { Concept, Vocabulary } from './vocabulary.js';

export interface ConceptMatch {
  concept: Concept;
  /** Token positions in the question, [start, end). */
  start: number;
  end: number;
  /** How many words the phrase has: longer phrases are stronger evidence. */
  weight: number;
  /** Found only after a typo correction. */
  fuzzy: boolean;
}

interface Word {
  word: string;
  at: number;
  fuzzy: boolean;
}

/** Words too common to be typo-corrected into a subject ("there" must not become "thee"). */
const COMMON = new Set(
  (
    'the and for with what which where when were was have has had how many much did does that this than there their they them from about into over under after before between while would could should ' +
    'het een van voor met wat welke waar wanneer waren was hebben heeft hoeveel deed doet dat dit dan daar zijn haar hun naar over onder tussen tijdens zou kunnen moeten werd worden nog ook niet maar ' +
    'aantal total number year years jaar jaren maand month months maanden please thanks bedankt graag ' +
    'januari februari maart april juni juli augustus september oktober november december january february march june july august october ' +
    'vorig vorige afgelopen laatste latest recent recente percent procent percentage last before previous past ' +
    'end eind begin start first eerste ' +
    'werden wordt worden geworden waren zijn was is zal zullen kunnen kon konden mag moet moeten heeft hadden had ' +
    'welk welke wie wat waar hoe hoeveel hoelang hoevaak ieder elke alle totaal meer minder meeste minste ' +
    'does doing done were been being have having will would could should might must which while whose ' +
    'people mensen personen persons percentage procent there their these those other another about where'
  ).split(' '),
);

const PLURAL_VARIANTS = (w: string): string[] => [
  `${w}s`,
  `${w}en`,
  `${w}n`,
  w.replace(/s$/, ''),
  w.replace(/en$/, ''),
  w.replace(/es$/, ''),
  w.replace(/n$/, ''),
  w.replace(/'s$/, ''),
];

/**
 * Finds the subjects, measures and qualifiers a question names: words are first made canonical
 * (plural variants, Dutch compounds split into known words, typos corrected against the vocabulary),
 * then the longest known phrases are taken left to right.
 */
export function findConcepts(tokens: string[], vocab: Vocabulary): ConceptMatch[] {
  const words = canonicalWords(tokens, vocab);
  const matches: ConceptMatch[] = [];
  for (let i = 0; i < words.length; ) {
    // Grow the phrase word by word while it is still the start of some known phrase; keep the longest hit.
    let key = '';
    let taken = 0;
    for (let n = 1; i + n <= words.length && n <= vocab.longest; n++) {
      key = n === 1 ? words[i]!.word : `${key} ${words[i + n - 1]!.word}`;
      if (vocab.phrases.has(key)) taken = n;
      if (!vocab.prefixes.has(key)) break;
    }
    if (taken > 0) {
      const slice = words.slice(i, i + taken);
      for (const concept of vocab.phrases.get(slice.map((w) => w.word).join(' '))!) {
        matches.push({
          concept,
          start: slice[0]!.at,
          end: slice[taken - 1]!.at + 1,
          weight: taken,
          fuzzy: slice.some((w) => w.fuzzy),
        });
      }
    }
    i += taken || 1;
  }
  return matches;
}

/** Canonical forms per token, per vocabulary: people reuse words, so most lookups are repeats. */
const seen = new WeakMap<Vocabulary, Map<string, Word[]>>();

function canonicalWords(tokens: string[], vocab: Vocabulary): Word[] {
  let cache = seen.get(vocab);
  if (!cache) {
    cache = new Map();
    seen.set(vocab, cache);
  }
  const out: Word[] = [];
  tokens.forEach((token, at) => {
    let forms = cache.get(token);
    if (!forms) {
      forms = canonical(token, 0, vocab);
      if (cache.size > 20_000) cache.clear();
      cache.set(token, forms);
    }
    for (const f of forms) out.push({ word: f.word, at, fuzzy: f.fuzzy });
  });
  return out;
}

/** One token as vocabulary words: itself, a plural variant, its parts, or a typo's correction. */
function canonical(token: string, at: number, vocab: Vocabulary): Word[] {
  if (vocab.wordSet.has(token) || /^\d/.test(token) || token.length < 3)
    return [{ word: token, at, fuzzy: false }];
  const plural =
    COMMON.has(token) || token.length < 5
      ? undefined
      : PLURAL_VARIANTS(token).find((v) => vocab.wordSet.has(v));
  if (plural) return [{ word: plural, at, fuzzy: false }];
  if (token.includes('-')) {
    // "mvv-nareiszaken", "ind-medewerkers": each part on its own.
    const parts = token.split('-').filter(Boolean);
    if (parts.length > 1) return parts.flatMap((p) => canonical(p, at, vocab));
  }
  const compound = splitCompound(token, vocab, false) ?? splitCompound(token, vocab, true);
  if (compound) return compound.map((word) => ({ word, at, fuzzy: false }));
  const fixed = COMMON.has(token) ? null : vocab.speller.correct(token);
  return [{ word: fixed ?? token, at, fuzzy: fixed !== null }];
}

function known(word: string, vocab: Vocabulary): string | null {
  if (vocab.wordSet.has(word)) return word;
  if (word.length < 5) return null;
  return PLURAL_VARIANTS(word).find((v) => vocab.wordSet.has(v)) ?? null;
}

/** naturalisatieaanvragen -> naturalisatie + aanvragen; beslissingspercentage -> beslissing(s) + percentage. */
function splitCompound(token: string, vocab: Vocabulary, fuzzyTail: boolean): string[] | null {
  for (let cut = token.length - 3; cut >= 3; cut--) {
    const head = token.slice(0, cut);
    const tail = token.slice(cut);
    const right = fuzzyTail ? (tail.length >= 6 ? vocab.speller.correct(tail) : null) : known(tail, vocab);
    if (!right) continue;
    const left = known(head, vocab) ?? (head.endsWith('s') ? known(head.slice(0, -1), vocab) : null);
    if (left) return [left, right];
    const deeper = splitCompound(head, vocab, false);
    if (deeper) return [...deeper, right];
  }
  return null;
}
