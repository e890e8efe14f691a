import type { Verdict } from '../../contract/index.js';

/** The sentences of a claim check, per language (claims-nl.ts, claims-en.ts). */
export interface ClaimMessages {
  verdict: Record<Verdict, string>;
  available(what: string): string;
  tolerance(line: string, tolerance: string): string;
  offBy(diff: string, higher: boolean, points: boolean): string;
  exactly: string;
  level(period: string, value: string, claimed: string, off: string): string;
  average(period: string, value: string, mean: string, claimed: string, off: string): string;
  changeIntro(from: string, fromAt: string, to: string, toAt: string, change: string): string;
  change(intro: string, claimed: string): string;
  multiple(intro: string, ratio: string, claimed: string): string;
  share(period: string, value: string, claimed: string): string;
  /** A share computed from a part and its whole: "25.390 of 48.850 open cases, 52.0%". */
  shareOfWhole(period: string, part: string, whole: string, share: string, claimed: string): string;
  /** Two series' figures in one period, side by side. */
  pair(a: string, aLabel: string, b: string, bLabel: string, period: string): string;
  versus(a: string, aLabel: string, b: string, bLabel: string, period: string, claimed: string): string;
  noComparable(period: string): string;
  superseded(title: string, old: string, now: string): string;
  /** The number is the figure under the old definition, before a definition change. */
  countedBefore(title: string, old: string, now: string): string;
  otherPeriod(value: string, period: string): string;
  wrongDirection: string;
  highestWord(highest: boolean): string;
  since(year: string): string;
  ofSpan(from: string, to: string): string;
  extremeUnverifiable(first: string, year: string, word: string, ever: boolean, from: string | null): string;
  extremeHolds(
    year: string,
    value: string,
    word: string,
    span: string,
    next: string,
    nextValue: string,
  ): string;
  extremeFails(
    year: string,
    value: string,
    word: string,
    span: string,
    other: string,
    tie: boolean,
    higher: boolean,
    otherValue: string,
  ): string;
  monthExtremeHolds(
    month: string,
    value: string,
    word: string,
    span: string,
    next: string,
    nextValue: string,
  ): string;
  monthExtremeFails(
    month: string,
    value: string,
    word: string,
    span: string,
    other: string,
    otherValue: string,
  ): string;
  streak(list: string, run: boolean, up: boolean, claimed: string): string;
  nationality: string;
  refused(kind: string, words: string): string;
  noSeries: string;
  /** Several series fit the claim: a question back, not a verdict. */
  whichFigure: string;
  nothingToCheck(label: string, available: string): string;
  unitMismatch(claimed: string, label: string, published: string): string;
  claimedUnits: Record<'percent' | 'eur' | 'fte' | 'weeks' | 'days' | 'count', string>;
  publishedUnits: Record<'count' | 'percent' | 'weeks' | 'days' | 'fte' | 'eur', string>;
  partialNoFigure(words: string): string;
  noFigure(period: string, label: string, notYet: boolean): string;
  noPeriodGiven(period: string): string;
  summed: string;
  unplaced(reading: string, words: string[]): string;
  place(name: string, rank: number): string;
  notInTop(word: string): string;
  several(lines: string[]): string;
  part(n: number, claim: string, verdict: string, detail: string): string;
}
