/** The words of a quotable sentence, per language: one table each (quote-nl.ts, quote-en.ts). */
export type Clause = (v: string, s: string, p: string, end: string) => string;

export interface QuoteWords {
  percent: string;
  millions(hedge: string, n: string): string;
  over: string;
  under: string;
  end(period: string): string;
  lead(source: string, byTheInd: boolean): string;
  fallback(subject: string, measure: string, period: string, value: string): string;
  /** A clause per measure: the figure said as a sentence. */
  clauses: Record<string, Clause>;
}
