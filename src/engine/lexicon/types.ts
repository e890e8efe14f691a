/**
 * The words of one language that are not the catalogue's subjects and measures: what a question
 * asks, how it names periods, numbers and units, how a claim is worded, and the words that carry no
 * content. Every entry is written plainly (lower case; accents are folded when compiled) and may be
 * a phrase of several words. Adding a synonym is adding it to the right list; adding a language is
 * a new file of this shape, a message table and the catalogue's labels.
 */
export interface LexiconWords {
  /** Articles, pronouns, prepositions, conjunctions, auxiliaries, fillers: explained, never content. */
  function: string[];
  /** Finite verbs and participles that make a sentence a statement ("werd", "received", "rose"). */
  verbs: string[];
  /** What a question asks for. */
  ask: Record<AskKind, string[]>;
  /** Words that change what kind of answer is wanted. */
  markers: Record<MarkerKind, string[]>;
  months: Record<string, number>;
  /** Words that say which part of a period ("eind 2024", "first half", "kwartaal"). */
  periodWords: Record<PeriodWord, string[]>;
  /** Periods relative to the reference date. */
  relative: Record<RelativePeriod, string[]>;
  /** Words joining or bounding periods and ranges. */
  range: Record<RangeRole, string[]>;
  /** Small numbers written as words. */
  numbers: Record<string, number>;
  /** Years written as words ("twenty twenty-two", "tweeduizend vierentwintig"): read as the year. */
  years: Record<string, number>;
  ordinals: Record<string, number>;
  units: Record<UnitWord, string[]>;
  scales: Record<string, number>;
  hedges: Record<Hedge, string[]>;
  /** Claim wording: directions, comparisons, records, multiples, fractions, runs. */
  claim: Record<ClaimWord, string[]>;
  multiples: Record<string, number>;
  /** Fractions of a whole, in percent ("een kwart" 25, "driekwart" 75). */
  fractions: Record<string, number>;
  /** How old open cases are: "ouder dan 15 maanden", "younger than 3 months". */
  age: Record<'older' | 'younger' | 'old', string[]>;
  /**
   * "kreeg ... een vergunning", "got ... a permit": a verb of receiving and, further on in the
   * sentence, what is granted. Together they ask for the approval rate, never the applications.
   */
  granted: Record<'verbs' | 'objects', string[]>;
  /** Dimensions and topics the IND does not publish: a question about them is declined. */
  refusals: Record<RefusalKind, string[]>;
}

/** How the wording bounds a number: "ruim X" is above X, "bijna X" just under it, "zo'n X" near it. */
export type Hedge = 'exact' | 'about' | 'over' | 'nearly' | 'below' | 'atLeast' | 'atMost';

export type AskKind =
  | 'count'
  | 'amount'
  | 'which'
  | 'when'
  | 'duration'
  | 'share'
  | 'what'
  | 'how'
  | 'whether';

export type MarkerKind =
  | 'comparison'
  | 'series'
  | 'ranking'
  | 'help'
  | 'show'
  | 'total'
  | 'byAge'
  | 'average'
  | 'perMonth'
  | 'perYear'
  | 'latest'
  | 'current'
  | 'revision'
  | 'firstPublished'
  | 'asPublished'
  | 'quote'
  | 'rounded'
  | 'rejected'
  | 'granted'
  | 'claim'
  | 'negation'
  | 'inclusion'
  | 'scope'
  | 'publicationAnnual'
  | 'publicationMonthly'
  | 'injection'
  | 'politeness'
  | 'each'
  /** "Minister:", "op-ed", "campaign speech": who says a claim, part of a claim's framing only. */
  | 'speaker';

export type PeriodWord = 'year' | 'month' | 'quarter' | 'half' | 'end' | 'begin' | 'during' | 'ago';

export type RelativePeriod =
  | 'lastYear'
  | 'thisYear'
  | 'yearBeforeLast'
  | 'lastMonth'
  | 'sameMonthLastYear'
  | 'thisMonth'
  | 'lastQuarter'
  | 'yearBefore'
  | 'past'
  | 'now';

export type RangeRole = 'from' | 'to' | 'between' | 'and' | 'since' | 'versus' | 'in';

export type UnitWord =
  | 'percent'
  | 'points'
  | 'eur'
  | 'fte'
  | 'weeks'
  | 'days'
  | 'months'
  | 'years'
  | 'people';

export type ClaimWord =
  | 'up'
  | 'down'
  | 'stable'
  | 'strong'
  | 'slight'
  | 'more'
  | 'less'
  | 'than'
  | 'highest'
  | 'lowest'
  | 'ever'
  | 'other'
  | 'streak'
  | 'again'
  | 'only'
  | 'shareOf'
  | 'outOf'
  | 'times'
  | 'change'
  /** A sign in words: "een verlies van 48 miljoen" states -48 miljoen. */
  | 'negative';

export type RefusalKind =
  | 'country'
  | 'city'
  | 'region'
  | 'gender'
  | 'age'
  | 'nationality'
  | 'forecast'
  | 'cost'
  | 'reception'
  | 'return'
  | 'housing'
  | 'visa'
  | 'offTopic'
  | 'sector'
  | 'cause';

/** The part of a language's words that names periods, numbers, units, hedges and ages of open cases. */
export type PeriodLexicon = Pick<
  LexiconWords,
  | 'months'
  | 'periodWords'
  | 'relative'
  | 'range'
  | 'numbers'
  | 'years'
  | 'ordinals'
  | 'units'
  | 'scales'
  | 'hedges'
  | 'age'
>;
