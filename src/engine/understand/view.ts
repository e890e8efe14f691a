import type { Language } from '../../data/schema.js';
import type { SenseKind, SenseOf, Tagged } from '../lexicon/senses.js';
import type { Token } from './tokens.js';
import type { Match, Word } from './words.js';

/**
 * What the readers see of the question: its tokens, the lexicon's and the catalogue's phrases over
 * them, and which tokens a reader has already taken. Readers take tokens in a fixed order (a
 * publication's name, ages of open cases, periods, quantities), so one phrase is read once.
 */
export class View {
  readonly lex: (Match | undefined)[];
  readonly dom: (Match | undefined)[];
  private readonly takenBy: (string | null)[];

  private readonly canonical: string[][];
  /** The words of every phrase over each token. */
  private readonly covered: Set<string>[];

  constructor(
    readonly tokens: Token[],
    lexical: Match[],
    domain: Match[],
    readonly lang: Language,
    words: Word[] = [],
  ) {
    this.canonical = tokens.map((t) => [t.text]);
    for (const w of words) if (w.text !== tokens[w.at]?.text) this.canonical[w.at]!.push(w.text);
    this.lex = new Array(tokens.length);
    this.dom = new Array(tokens.length);
    this.covered = tokens.map(() => new Set<string>());
    for (const m of [...lexical, ...domain])
      for (let i = m.start; i < m.end; i++) for (const w of m.key.split(' ')) this.covered[i]!.add(w);
    for (const m of lexical) for (let i = m.start; i < m.end; i++) this.lex[i] = m;
    for (const m of domain) for (let i = m.start; i < m.end; i++) this.dom[i] = m;
    this.takenBy = new Array(tokens.length).fill(null);
  }

  /**
   * The parts of a compound at token i that no phrase took: "beslistermijn" read as "beslist" +
   * "termijn" has "termijn" left over, so the token is not explained by "beslist" alone.
   */
  uncoveredParts(i: number): string[] {
    const [typed, ...parts] = this.canonical[i]!;
    // "algemene/verlengde asielprocedure": alternatives, each naming the phrase after it.
    if (parts.length < 2 || typed!.includes('/')) return [];
    return parts.filter((w) => !this.covered[i]!.has(w));
  }

  /** Token i as typed and as the known words it was read as (parts of a compound, a typo's fix). */
  wordsAt(i: number): string[] {
    return this.canonical[i] ?? [];
  }

  get length(): number {
    return this.tokens.length;
  }

  /** The lexicon's senses of the phrase at token i, in the question's language first. */
  senses(i: number): Tagged[] {
    return this.lex[i]?.senses ?? [];
  }

  /** The first sense of a kind at token i, preferring the question's language. */
  sense<K extends SenseKind>(i: number, kind: K): (SenseOf<K> & { lang: Language }) | undefined {
    let other: (SenseOf<K> & { lang: Language }) | undefined;
    for (const s of this.senses(i)) {
      if (s.kind !== kind) continue;
      if (s.lang === this.lang) return s as SenseOf<K> & { lang: Language };
      other ??= s as SenseOf<K> & { lang: Language };
    }
    return other;
  }

  has(i: number, kind: SenseKind): boolean {
    return this.sense(i, kind) !== undefined;
  }

  /** The phrase starting at token i, if one starts there. */
  phraseAt(i: number): Match | undefined {
    const m = this.lex[i];
    return m && m.start === i ? m : undefined;
  }

  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  isNumber(i: number): boolean {
    return this.tokens[i]?.kind === 'number';
  }

  isSeparator(i: number): boolean {
    return this.tokens[i]?.kind === 'separator';
  }

  /** The next token index after i that is not a separator (or length). */
  next(i: number): number {
    let j = i + 1;
    while (j < this.length && this.isSeparator(j)) j++;
    return j;
  }

  prev(i: number): number {
    let j = i - 1;
    while (j >= 0 && this.isSeparator(j)) j--;
    return j;
  }

  /** After the phrase at i: the first token past its end, separators skipped. */
  after(i: number): number {
    const m = this.lex[i];
    return this.next((m ? m.end : i + 1) - 1);
  }

  /** Before the phrase covering i: the last token before its start. */
  before(i: number): number {
    const m = this.lex[i];
    return this.prev(m ? m.start : i);
  }

  take(start: number, end: number, by: string): void {
    for (let i = start; i < end; i++) this.takenBy[i] ??= by;
  }

  taken(i: number): boolean {
    return this.takenBy[i] !== null;
  }

  takenAs(i: number): string | null {
    return this.takenBy[i] ?? null;
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.takenBy[i] !== null) return false;
    return true;
  }
}

/** A number token's value: "36.720" and "36,720" group thousands; "36,8" and "5.5" are decimals. */
export function parseNumber(text: string): number | null {
  if (text.startsWith("'")) return null;
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = text.split(group).join('').replace(decimal, '.');
  } else if (dots + commas === 0) normal = text;
  else {
    const sep = dots ? '.' : ',';
    const parts = text.split(sep);
    const grouped = parts.length > 2 || parts[1]!.length === 3;
    if (grouped && !parts.slice(1).every((p) => p.length === 3)) return null;
    normal = grouped ? parts.join('') : parts.join('.');
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}
