import { MEASURES, type MeasureDef } from '../../data/catalog/measures.js';
import { SUBJECTS, type SubjectDef } from '../../data/catalog/subjects.js';
import type { Language } from '../../data/schema.js';
import { fold } from '../understand/text.js';
import { tokenize } from '../understand/tokens.js';
import { EN } from './en/index.js';
import { KNOWN_WORDS } from './known-words.js';
import { NL } from './nl/index.js';
import { DOMAIN_KINDS, type Sense, type Tagged } from './senses.js';
import { Speller } from './speller.js';
import type { LexiconWords } from './types.js';

/** Every language the engine reads, with its words. */
export const LANGUAGES: Record<Language, LexiconWords> = { nl: NL, en: EN };

/** The phrase table both readers (the catalogue's and the lexicon's) match against. */
export interface PhraseTable {
  phrases: Map<string, Tagged[]>;
  /** Proper prefixes of phrases: where the matcher's look-ahead may go on. */
  prefixes: Set<string>;
  longest: number;
}

export interface Lexicon {
  /** The catalogue's subjects and measures. */
  domain: PhraseTable;
  /** Everything else: function words, periods, numbers, claim wording, refusals. */
  words: PhraseTable;
  /** Every single word of either table, and the languages it belongs to. */
  known: Map<string, Set<Language>>;
  /** Words of the catalogue's phrases: a compound must contain one to be split. */
  domainWords: Set<string>;
  /** Real words of the languages that are not the engine's: never typo-corrected into one. */
  realWords: Set<string>;
  speller: Speller;
}

/** The words of a phrase as the matcher sees them: folded, tokenized, separators dropped. */
export const phraseKey = (phrase: string): string =>
  // Most phrases are plain lower-case words: the tokenizer would give them back unchanged.
  /^[a-z]+( [a-z]+)*$/.test(phrase)
    ? phrase
    : tokenize(fold(phrase))
        .filter((t) => t.kind !== 'separator')
        .map((t) => t.text)
        .join(' ');

function table(): PhraseTable & { add(phrase: string, sense: Tagged): void } {
  const phrases = new Map<string, Tagged[]>();
  const prefixes = new Set<string>();
  const seen = new Set<string>();
  let longest = 1;
  return {
    phrases,
    prefixes,
    get longest() {
      return longest;
    },
    add(phrase, sense) {
      const key = phraseKey(phrase);
      if (!key) return;
      let id = key;
      for (const v of Object.values(sense)) id += `|${v}`;
      if (seen.has(id)) return;
      seen.add(id);
      const list = phrases.get(key);
      if (list) list.push(sense);
      else {
        phrases.set(key, [sense]);
        const parts = key.split(' ');
        longest = Math.max(longest, parts.length);
        for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
      }
    },
  };
}

function addLanguage(t: ReturnType<typeof table>, lang: Language, w: LexiconWords): void {
  const add = (phrases: string[], sense: Sense) => {
    for (const p of phrases) t.add(p, { ...sense, lang } as Tagged);
  };
  add(w.function, { kind: 'function' });
  add(w.verbs, { kind: 'verb' });
  for (const [ask, list] of entries(w.ask)) add(list, { kind: 'ask', ask });
  for (const [marker, list] of entries(w.markers)) add(list, { kind: 'marker', marker });
  for (const [name, month] of Object.entries(w.months)) add([name], { kind: 'month', month });
  for (const [word, list] of entries(w.periodWords)) add(list, { kind: 'periodWord', word });
  for (const [relative, list] of entries(w.relative)) add(list, { kind: 'relative', relative });
  for (const [role, list] of entries(w.range)) add(list, { kind: 'range', role });
  for (const [name, value] of Object.entries(w.numbers)) add([name], { kind: 'number', value });
  for (const [name, year] of Object.entries(w.years)) add([name], { kind: 'year', year });
  for (const [name, value] of Object.entries(w.ordinals)) add([name], { kind: 'ordinal', value });
  for (const [unit, list] of entries(w.units)) add(list, { kind: 'unit', unit });
  for (const [name, factor] of Object.entries(w.scales)) add([name], { kind: 'scale', factor });
  for (const [hedge, list] of entries(w.hedges)) add(list, { kind: 'hedge', hedge });
  for (const [word, list] of entries(w.claim)) add(list, { kind: 'claim', word });
  for (const [name, factor] of Object.entries(w.multiples)) add([name], { kind: 'multiple', factor });
  for (const [name, percent] of Object.entries(w.fractions)) add([name], { kind: 'fraction', percent });
  for (const [refusal, list] of entries(w.refusals)) add(list, { kind: 'refusal', refusal });
  for (const [age, list] of entries(w.age)) add(list, { kind: 'age', age });
  for (const [part, list] of entries(w.granted)) add(list, { kind: 'grant', part });
}

function addCatalogue(
  t: ReturnType<typeof table>,
  subjects: Record<string, SubjectDef>,
  measures: Record<string, MeasureDef>,
): void {
  for (const [id, s] of Object.entries(subjects)) {
    const loose = new Set(s.loose ?? []);
    for (const lang of ['nl', 'en'] as const)
      for (const alias of withNumber(s.aliases[lang], lang))
        t.add(alias, {
          kind: 'subject',
          id,
          loose: loose.has(alias) || loose.has(singularOrPlural(alias)),
          lang,
        });
    for (const lang of ['nl', 'en'] as const)
      for (const alias of s.beside?.[lang] ?? [])
        t.add(alias, { kind: 'subject', id, loose: true, beside: true, lang });
    for (const tag of s.tags ?? []) t.add(tag, { kind: 'tag', subject: id, lang: 'nl' });
  }
  for (const [id, m] of Object.entries(measures)) {
    for (const lang of ['nl', 'en'] as const)
      for (const alias of withNumber(m.aliases[lang], lang)) t.add(alias, { kind: 'measure', id, lang });
    for (const q of m.qualifiers ?? []) t.add(q, { kind: 'qualifier', measure: id, lang: 'nl' });
  }
}

/** "first asylum application" as well as "applications": English phrases in both numbers. */
function singularOrPlural(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  const swapped = /ies$/.test(last)
    ? last.replace(/ies$/, 'y')
    : /[^su]s$/.test(last)
      ? last.slice(0, -1)
      : /[^aeiouy]y$/.test(last)
        ? last.replace(/y$/, 'ies')
        : /[a-z]$/.test(last) && !/s$/.test(last)
          ? `${last}s`
          : last;
  return [...words.slice(0, -1), swapped].join(' ');
}

const withNumber = (aliases: string[], lang: Language): string[] =>
  lang === 'en'
    ? [...new Set(aliases.flatMap((a) => (a.length > 3 ? [a, singularOrPlural(a)] : [a])))]
    : aliases;

const entries = <K extends string, V>(r: Record<K, V>) => Object.entries(r) as [K, V][];

/** Builds the lexicon from the language files and the catalogue: one table each, compiled once. */
export interface LexiconSources {
  languages?: Record<Language, LexiconWords>;
  subjects?: Record<string, SubjectDef>;
  measures?: Record<string, MeasureDef>;
  /** Real words near the vocabulary (known-words.ts, generated from word lists). */
  known?: string[];
}

export function compileLexicon(sources: LexiconSources = {}): Lexicon {
  const languages = sources.languages ?? LANGUAGES;
  const subjects = sources.subjects ?? SUBJECTS;
  const measures = sources.measures ?? MEASURES;
  const realWords = new Set(sources.known ?? (KNOWN_WORDS ? KNOWN_WORDS.split(' ') : []));
  const domain = table();
  addCatalogue(domain, subjects, measures);
  const words = table();
  for (const [lang, w] of entries(languages)) addLanguage(words, lang, w);

  const known = new Map<string, Set<Language>>();
  const counts = new Map<string, number>();
  const domainWords = new Set<string>();
  for (const [t, isDomain] of [
    [domain, true],
    [words, false],
  ] as const) {
    for (const [key, senses] of t.phrases) {
      for (const w of key.split(' ')) {
        const langs = known.get(w) ?? new Set<Language>();
        for (const s of senses) langs.add(s.lang);
        known.set(w, langs);
        counts.set(w, (counts.get(w) ?? 0) + (isDomain ? 2 : 1));
        if (isDomain && senses.some((s) => DOMAIN_KINDS.has(s.kind))) domainWords.add(w);
      }
    }
  }
  const byFrequency = [...counts.entries()]
    .filter(([w]) => /^[\p{L}][\p{L}&'\-/.]*$/u.test(w))
    .sort((a, b) => b[1] - a[1])
    .map(([w]) => w);
  return { domain, words, known, domainWords, realWords, speller: new Speller(byFrequency) };
}
