/**
 * Every sentence the engine writes, per language: one table each (nl.ts, en.ts), so a reply's
 * wording is changed in one place and a language is one more table. Values come in formatted.
 */
export interface Messages {
  // Figures
  source(titles: string[]): string;
  printedAs(reason: string): string;
  comparison(label: string, a: string, pa: string, b: string, pb: string, change: string): string;
  sideBySide(period: string, items: string[]): string;
  seriesChange(from: string, to: string, change: string): string;
  highLow(high: string, highAt: string, low: string, lowAt: string): string;
  list(items: string[]): string;
  noFigureFor(periods: string[]): string;
  /** "sinds vorig jaar" when last year is the newest figure. */
  nothingSince(period: string): string;
  stockAtEnd(period: string): string;
  latestTaken(period: string): string;
  definitionAcross(until: string, note: string): string;
  revised(was: string, title: string, period: string, now: string, nowTitle: string): string;
  countedDifferently(was: string, title: string, period: string, now: string, nowTitle: string): string;
  gap(label: string, period: string, reason: string): string;
  sum(label: string, span: string, total: string, parts: string): string;
  mean(label: string, span: string, mean: string, total: string, months: number): string;
  derivedNote(method: 'sum' | 'mean' | 'annualMean' | 'december'): string;
  extreme(
    highest: boolean,
    unit: 'month' | 'year',
    label: string,
    at: string,
    value: string,
    span: string,
  ): string;
  extremeRunnerUp(at: string, value: string): string;
  // Age buckets and rankings
  byAge: string;
  total: string;
  rankingLabel: string;
  rankingNote: string;
  topExample: string;
  /** "Top 3 nationaliteiten": the start of a top-3 question. */
  topOf: string;
  // Reading and asking back
  unplaced(reading: string, headline: string | null, words: string[]): string;
  unplacedNothing(words: string[]): string;
  periodUnread(words: string[]): string;
  askWhich(options: string[]): string;
  askCategory(what: string): string;
  rejectionsNotPublished: string;
  countOfRate: string;
  crossCheck(what: string): string;
  // Declines
  tooLong(max: number): string;
  injection: string;
  nationality: string;
  refusal(kind: string, words: string): string;
  nothingMatched: string;
  noPeriod(label: string, asked: string, have: string): string;
  perYear: string;
  perMonth: string;
  notPublishedFor(subject: string, measures: string[]): string;
  noUnitFor(subject: string, unit: string): string;
  noAgeFor(subject: string, buckets: string[]): string;
  noRanking(subject: string | null, year: string | null): string;
  noRankingSubject: string;
  followUpDeclined(reason: string): string;
  unitWords: Record<'percent' | 'duration' | 'eur' | 'count', string>;
  // Revisions and as-published values
  revisions: string;
  notRevised: string;
  revisionCount(n: number): string;
  revisionHead(headline: string, scope: string): string;
  /** The headline of a revision answer: revisions, definition changes, or both. */
  revisionTally(revisions: number, redefined: number): string;
  /** Above the figures a later publication counts under a new definition (never a revision). */
  redefinedHead: string;
  /** One definition change: its figures old -> new, then the definition's explanation. */
  redefinedNote(lines: string[], note: string): string;
  /** Nothing corrected, only figures counted under a new definition. */
  onlyRedefined(scope: string): string;
  nothingRevisedBy(publication: string, periods: string[]): string;
  nothingRevised(scope: string, printed: string[] | null, value: string | null): string;
  asPublished(label: string, period: string, title: string, value: string): string;
  alsoCurrent: string;
  sameSince(now: string): string;
  revisedTo(now: string, value: string, change: string): string;
  redefinedTo(now: string, value: string, change: string, note: string): string;
  currentAfter(title: string, printed: string, now: string, value: string, change: string): string;
  currentAfterRedefined(
    title: string,
    printed: string,
    now: string,
    value: string,
    change: string,
    note: string,
  ): string;
  notInPublication(title: string, label: string, where: string[]): string;
  // Help
  help(examples: string[]): string;
}
