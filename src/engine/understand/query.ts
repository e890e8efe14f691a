import type { Reading } from '../../contract/index.js';
import type { Language, Publication } from '../../data/schema.js';
import type { AskKind, ClaimWord, Hedge, MarkerKind, RefusalKind } from '../lexicon/types.js';
import type { AgeRange } from './age.js';
import type { Periods } from './periods.js';
import type { Quantity, ShareWords } from './quantities.js';
import type { Text } from './text.js';
import type { Token } from './tokens.js';
import type { View } from './view.js';
import type { Match } from './words.js';

/** A phrase of the lexicon found in the question and left for the answerers, with its span. */
export interface Hit<T> {
  value: T;
  start: number;
  end: number;
}

/** A catalogue phrase, and what the words around it say about it. */
export interface ConceptHit {
  match: Match;
  /** "niet over verblijf", "not the Ketenservicelijn", "excluding": the question leaves it out. */
  negated: boolean;
  /** "incl. externen", "external staff included": counted in, not the figure itself. */
  included: boolean;
  /**
   * "aanvragen en beslissingen", "decided more ... than it received": the earlier measure phrase
   * this one is joined to by "en", "and", "vs" or "than", so a second figure is asked rather than
   * the first described ("beslissingen op aanvragen").
   */
  listedWith?: ConceptHit;
}

/** A publication named in the question ("Jaarcijfers 2023"), so its year is not a period asked. */
export interface NamedPublication {
  publication: Publication;
  start: number;
  end: number;
}

/**
 * A question read once: its tokens, what every reader found, and which tokens they explained. Every
 * answerer works from this; none reads the text again.
 */
export interface Query {
  text: Text;
  tokens: Token[];
  lang: Language;
  today: string;
  context: Reading | null;
  view: View;
  concepts: ConceptHit[];
  periods: Periods;
  age: AgeRange | null;
  quantities: Quantity[];
  shares: ShareWords[];
  markers: Hit<MarkerKind>[];
  asks: Hit<AskKind>[];
  claims: Hit<ClaimWord>[];
  hedges: Hit<Hedge>[];
  multiples: Hit<number>[];
  fractions: Hit<number>[];
  refusals: Hit<RefusalKind>[];
  publication: NamedPublication | null;
  /** The question ended with a question mark, or starts like a question. */
  questionForm: boolean;
}

export const hasMarker = (q: Query, kind: MarkerKind): boolean => q.markers.some((m) => m.value === kind);
export const hasAsk = (q: Query, kind: AskKind): boolean => q.asks.some((m) => m.value === kind);
export const hasClaim = (q: Query, word: ClaimWord): boolean => q.claims.some((m) => m.value === word);
