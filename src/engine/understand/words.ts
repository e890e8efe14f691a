import type { Lexicon, PhraseTable } from '../lexicon/compile.js';
import type { Tagged } from '../lexicon/senses.js';
import type { Token } from './tokens.js';

/** A token as a known word: itself, a plural variant, a part of a compound or a typo's correction. */
export interface Word {
  text: string;
  /** Index of the token it comes from; the parts of a compound share one. */
  at: number;
  fuzzy: boolean;
}

/** A phrase of the lexicon or the catalogue found in the question. Token indices, [start, end). */
export interface Match {
  start: number;
  end: number;
  key: string;
  senses: Tagged[];
  fuzzy: boolean;
}

const PLURALS = (w: string): string[] => [
  `${w}s`,
  `${w}en`,
  `${w}n`,
  w.replace(/s$/, ''),
  w.replace(/en$/, ''),
  w.replace(/es$/, ''),
  w.replace(/n$/, ''),
  w.replace(/'s$/, ''),
  w.replace(/e$/, ''),
];

const cache = new WeakMap<Lexicon, Map<string, { text: string; fuzzy: boolean }[]>>();

/** The words of the question the tables can match, separators left out. */
export function canonicalWords(tokens: Token[], lex: Lexicon): Word[] {
  let forms = cache.get(lex);
  if (!forms) {
    forms = new Map();
    cache.set(lex, forms);
  }
  const out: Word[] = [];
  // Spelling is the costly part of reading: a text of many unknown words stops being spelled after
  // a while (the rest stay unknown, so unexplained), which bounds the work per question.
  const budget = { spellings: SPELLINGS_PER_QUESTION };
  tokens.forEach((t, at) => {
    if (t.kind === 'separator') return;
    let f = forms.get(t.text);
    if (!f) {
      if (budget.spellings <= 0) {
        out.push({ text: t.text, at, fuzzy: false });
        return;
      }
      f = canonical(t.text, lex, 0, budget);
      if (forms.size > 20_000) forms.clear();
      forms.set(t.text, f);
    }
    const inContext =
      f.length === 1 && f[0]!.text === t.text ? completesPhrase(t.text, out.at(-1), lex) : null;
    if (inContext) out.push({ text: inContext, at, fuzzy: true });
    else for (const w of f) out.push({ text: w.text, at, fuzzy: w.fuzzy });
  });
  return out;
}

/**
 * A short unknown word is too short to spell on its own ("tme" could be many words), but the word
 * before it can vouch for one correction: "how manny" -> "how many", "on tme" -> "on time".
 */
function completesPhrase(token: string, before: Word | undefined, lex: Lexicon): string | null {
  if (!before || before.fuzzy || token.length < 3 || token.length > 5 || lex.known.has(token)) return null;
  if (lex.realWords.has(token) || !/^\p{L}+$/u.test(token)) return null;
  const fixed = lex.speller.correct(token, 1);
  if (!fixed) return null;
  const pair = `${before.text} ${fixed}`;
  const known = (t: PhraseTable) => t.phrases.has(pair) || t.prefixes.has(pair);
  return known(lex.words) || known(lex.domain) ? fixed : null;
}

/** "2nd", "2e", "3rd": ordinals in figures read as the words the catalogue uses ("second asylum"). */
const ORDINAL_WORDS: Record<string, string> = {
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '1e': 'eerste',
  '2e': 'tweede',
  '3e': 'derde',
  '4e': 'vierde',
  '1ste': 'eerste',
  '2de': 'tweede',
  '3de': 'derde',
};

/** How many unknown words of one question are looked up for typos and compounds. */
const SPELLINGS_PER_QUESTION = 40;

type Budget = { spellings: number };

function canonical(
  token: string,
  lex: Lexicon,
  depth: number,
  budget: Budget,
): { text: string; fuzzy: boolean }[] {
  const exact = [{ text: token, fuzzy: false }];
  if (token === 'nl') return [{ text: 'nederland', fuzzy: false }];
  const ordinal = ORDINAL_WORDS[token];
  if (ordinal) return [{ text: ordinal, fuzzy: false }];
  if (lex.known.has(token) || /^(\d+([.,]\d+)*|'\d\d)$/.test(token) || token.length < 3 || depth > 3)
    return exact;
  if (token.length >= 5) {
    const plural = PLURALS(token).find((v) => v !== token && lex.known.has(v));
    if (plural) return [{ text: plural, fuzzy: false }];
  }
  // "spoor4", "8evrm": letters and digits typed together.
  const mixed = /^([\p{L}]+)(\d+)$|^(\d+)([\p{L}]+)$/u.exec(token);
  if (mixed) {
    const parts = mixed[1] ? [mixed[1], mixed[2]!] : [mixed[3]!, mixed[4]!];
    return parts.flatMap((p) => canonical(p, lex, depth + 1, budget));
  }
  if (/[-/]/.test(token)) {
    const parts = token.split(/[-/]/).filter(Boolean);
    if (parts.length > 1) return parts.flatMap((p) => canonical(p, lex, depth + 1, budget));
  }
  const compound =
    token.length <= 40 ? (splitCompound(token, lex, false) ?? splitCompound(token, lex, true)) : null;
  if (compound) return compound.map((text) => ({ text, fuzzy: false }));
  // A real word ("thinking", "kantoor") is never turned into one of the engine's words.
  if (lex.realWords.has(token)) return exact;
  const fixed = lex.speller.correct(token);
  // A short unknown word is corrected only into a subject or measure: "zqer" must not become "zeer"
  // and vanish as a function word.
  if (fixed && token.length < 6 && !lex.domainWords.has(fixed)) return exact;
  return fixed ? [{ text: fixed, fuzzy: true }] : exact;
}

function knownForm(word: string, lex: Lexicon): string | null {
  if (lex.known.has(word)) return word;
  if (word.length < 5) return null;
  return PLURALS(word).find((v) => lex.known.has(v)) ?? null;
}

/**
 * naturalisatieaanvragen -> naturalisatie + aanvragen; beslissingspercentage -> beslissing(s) +
 * percentage. One part must name a subject or measure: a compound of function words is no term.
 */
function splitCompound(token: string, lex: Lexicon, fuzzyTail: boolean): string[] | null {
  // The longest known tail first: "naturalisatie + aanvragen", not "naturalisatie + aan + vragen".
  for (let cut = 2; cut <= token.length - 3; cut++) {
    const head = token.slice(0, cut);
    const tail = token.slice(cut);
    const right = fuzzyTail ? (tail.length >= 6 ? lex.speller.correct(tail) : null) : knownForm(tail, lex);
    if (!right) continue;
    // A two-letter head only where the two make a phrase: "inbehandeling" -> "in behandeling".
    if (
      cut === 2 &&
      !(lex.domain.phrases.has(`${head} ${right}`) || lex.domain.prefixes.has(`${head} ${right}`))
    )
      continue;
    const left = knownForm(head, lex) ?? (head.endsWith('s') ? knownForm(head.slice(0, -1), lex) : null);
    const parts = left
      ? [left, right]
      : (() => {
          const deeper = splitCompound(head, lex, false);
          return deeper ? [...deeper, right] : null;
        })();
    if (parts?.some((p) => lex.domainWords.has(p))) return parts;
  }
  return null;
}

/** Longest phrases left to right; a phrase may span the parts of one compound or several tokens. */
export function matchPhrases(words: Word[], table: PhraseTable): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < words.length; ) {
    let key = '';
    let taken = 0;
    for (let n = 1; i + n <= words.length && n <= table.longest; n++) {
      key = n === 1 ? words[i]!.text : `${key} ${words[i + n - 1]!.text}`;
      if (table.phrases.has(key)) taken = n;
      if (!table.prefixes.has(key)) break;
    }
    if (taken > 0) {
      const slice = words.slice(i, i + taken);
      const phrase = slice.map((w) => w.text).join(' ');
      out.push({
        start: slice[0]!.at,
        end: slice[taken - 1]!.at + 1,
        key: phrase,
        senses: table.phrases.get(phrase)!,
        fuzzy: slice.some((w) => w.fuzzy),
      });
    }
    i += taken || 1;
  }
  return out;
}
