import type { Series } from '../../data/schema.js';
import type { AskKind, MarkerKind } from '../lexicon/types.js';
import type { ConceptHit, Query } from './query.js';
import { originalSlice } from './text.js';

/**
 * What an answer accounts for, beside what the readers took (periods, ages, a publication's name):
 * the catalogue phrases its reading used, the markers and question words it acted on, and whether
 * it used the stated numbers and the claim's wording.
 */
export interface Accounting {
  concepts: ReadonlySet<ConceptHit>;
  markers: ReadonlySet<MarkerKind>;
  asks?: ReadonlySet<AskKind>;
  quantities?: boolean;
  claims?: boolean;
  publication?: boolean;
  refusals?: boolean;
  /**
   * Words of the chosen series' own name ("Track 1 (Dublin)", "anders dan omtrent verblijf (o.a.
   * bewaring en naturalisatie)"): a word the question uses to describe the figure it gets.
   */
  labels?: ReadonlySet<string>;
  /** A claim sentence: its period words and numbers ("het drukste jaar", "in vijf jaar") are its wording. */
  sentence?: boolean;
  /** The unit of the figure given: "in miljoen euro" beside an amount, "in fte" beside staff. */
  unit?: Series['unit'];
  /** Further tokens the answer accounts for ("1, 2 en 3" of a top 3). */
  tokens?: ReadonlySet<number>;
}

/** "reguliere" and "regulier", "permits" and "permit": one word for the label check. */
export const stem = (w: string): string => w.replace(/(en|e|s|n)$/, '');

/** Claim words that only join others ("van de", "than", "op de") and range words without a period. */
const STRUCTURAL = new Set(['shareOf', 'outOf', 'than', 'only', 'again']);

/** Markers that change nothing about the figure: politeness, "the IND", "show me". */
const HARMLESS: ReadonlySet<MarkerKind> = new Set(['politeness', 'scope', 'show', 'each']);
/** Question words that need an answerer of their own: "in which year", "which". */
const NEEDS_HANDLING: ReadonlySet<AskKind> = new Set(['when', 'which']);
/** Symbols that join words rather than mean something: "k & t", "spoor 4 - aanvragen". */
const JOINERS = /^[&/+\-=~*]$/;

/**
 * The ledger: for each token, whether anything explains it. A token is explained when a reader
 * took it, when it is a function word, verb or question word, or when the answer accounts for the
 * phrase it is part of. The rest is returned, in order: a number is only given when this is empty.
 */
export function unexplainedTokens(q: Query, acc: Accounting): number[] {
  const v = q.view;
  const explained = new Array<boolean>(q.tokens.length).fill(false);
  const mark = (start: number, end: number) => {
    for (let i = start; i < end; i++) explained[i] = true;
  };
  for (const c of acc.concepts) mark(c.match.start, c.match.end);
  // A token naming a subject the answer does not use stays unexplained, even when another phrase
  // over it is used: "naturalisatieaanvragen" beside an asylum figure is not explained by its
  // "aanvragen", nor by the asylum label's "aanvragen".
  const subject = (c: ConceptHit) => c.match.senses.some((s) => s.kind === 'subject');
  const foreign = new Array<string | null>(q.tokens.length).fill(null);
  for (const c of q.concepts)
    if (subject(c) && !acc.concepts.has(c))
      for (let i = c.match.start; i < c.match.end; i++) foreign[i] = c.match.key;
  for (const c of acc.concepts)
    if (subject(c)) for (let i = c.match.start; i < c.match.end; i++) foreign[i] = null;
  for (let i = 0; i < foreign.length; i++) if (foreign[i] !== null) explained[i] = false;
  const labelled = (w: string) => w.length >= 4 && acc.labels!.has(stem(w));
  for (const m of q.markers) if (HARMLESS.has(m.value) || acc.markers.has(m.value)) mark(m.start, m.end);
  for (const a of q.asks) if (!NEEDS_HANDLING.has(a.value) || acc.asks?.has(a.value)) mark(a.start, a.end);
  if (acc.claims)
    for (const list of [q.claims, q.hedges, q.multiples, q.fractions] as { start: number; end: number }[][])
      for (const h of list) mark(h.start, h.end);
  if (acc.refusals) for (const r of q.refusals) mark(r.start, r.end);
  const out: number[] = [];
  q.tokens.forEach((t, i) => {
    if (v.uncoveredParts(i).length > 0) {
      out.push(i);
      return;
    }
    if (explained[i] || t.kind === 'separator' || JOINERS.test(t.text) || acc.tokens?.has(i)) return;
    const by = v.takenAs(i);
    // A stated number no answer used is unexplained as a whole, "one million" as much as "1.000.000".
    if (by === 'quantity' && !acc.quantities) {
      out.push(i);
      return;
    }
    if (by === 'quantity' || (by === 'publication' ? acc.publication : by !== null)) return;
    const senses = v.senses(i);
    if (senses.some((s) => s.kind === 'function' || s.kind === 'verb')) return;
    if (
      senses.length > 0 &&
      senses.every(
        (s) => s.kind === 'range' || s.kind === 'grant' || (s.kind === 'claim' && STRUCTURAL.has(s.word)),
      )
    )
      return;
    // "het drukste jaar", "in een jaar verdrievoudigd", "than in any other month": part of the claim.
    const partOfClaim = (s: (typeof senses)[number]) =>
      s.kind === 'periodWord' ||
      s.kind === 'range' ||
      s.kind === 'age' ||
      s.kind === 'ordinal' ||
      s.kind === 'number' ||
      (s.kind === 'unit' && (s.unit === 'years' || s.unit === 'months'));
    if (acc.sentence && senses.length > 0 && senses.every(partOfClaim)) return;
    // "in miljoen euro", "in fte", "in weken": the unit the figure is given in.
    const inUnit = (s: (typeof senses)[number]) =>
      (s.kind === 'unit' && s.unit === acc.unit) || (s.kind === 'scale' && acc.unit === 'eur');
    if (acc.unit && senses.length > 0 && senses.every(inUnit)) return;
    // Another subject's word is the figure's own name only when the label names that subject.
    const other = foreign[i] ?? null;
    if (acc.labels && (other === null ? v.wordsAt(i).some(labelled) : other.split(' ').every(labelled)))
      return;
    out.push(i);
  });
  return out;
}

/** The unexplained words as the user typed them, neighbours joined ("in Duitsland" stays apart). */
export function unexplainedWords(q: Query, acc: Accounting): string[] {
  const tokens = unexplainedTokens(q, acc);
  const words: string[] = [];
  let last = -2;
  for (const i of tokens) {
    const t = q.tokens[i]!;
    const text = originalSlice(q.text, t.start, t.end);
    if (i === last + 1 && words.length > 0) words[words.length - 1] += ` ${text}`;
    else words.push(text);
    last = i;
  }
  return words.slice(0, 6);
}
