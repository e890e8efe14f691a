import { z } from 'zod';

/**
 * The one contract between the engine and everything that renders it (docs/answer-contract.md is
 * its JSON form). Adapters render these fields; they never compute figures themselves.
 */
export const KindSchema = z.enum([
  'value',
  'comparison',
  'series',
  'ranking',
  'clarification',
  'not_found',
  'help',
  'claim',
]);
export type Kind = z.infer<typeof KindSchema>;

export const VerdictSchema = z.enum(['true', 'roughly', 'false', 'unverifiable']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** A series' name in two parts, so renderers never split a joined label back apart. */
export const SeriesNameSchema = z.object({
  /** What the figure is about: "Naturalisatie", "Spoor 4 (algemene of verlengde asielprocedure)". */
  subject: z.string(),
  /** What is counted: "aanvragen", "inwilligingspercentage". */
  measure: z.string(),
});
export type SeriesName = z.infer<typeof SeriesNameSchema>;

/** A figure the engine computed from published ones (a quarter's sum, a monthly mean), and from what. */
export const DerivationSchema = z.object({
  method: z.enum(['sum', 'mean', 'december']),
  /** The published periods it rests on; each is among the answer's facts. */
  periods: z.array(z.string()),
});
export type Derivation = z.infer<typeof DerivationSchema>;

export const FactSchema = z.object({
  series: z.string(),
  /** "Subject · measure", for reading; `name` carries the two parts. */
  label: z.string(),
  name: SeriesNameSchema,
  period: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  unit: z.enum(['count', 'percent', 'weeks', 'days', 'fte', 'eur', 'rank']),
  rank: z.number().int().optional(),
  /** Title of the publication the value was taken from, e.g. "Jaarcijfers 2025". */
  source: z.string(),
  /** Where to check it: the raw file under data/ and its line. */
  file: z.string().optional(),
  line: z.number().int().optional(),
  /** Why there is no number ("onb."), when value is null. */
  reason: z.string().optional(),
  /** Set when the value is not printed as such but computed from published figures. */
  derived: DerivationSchema.optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const NoteSchema = z.object({
  kind: z.enum(['footnote', 'definition', 'revision', 'period', 'derived', 'info']),
  text: z.string(),
  /** For a definition change: the last period counted the old way (charts mark the break after it). */
  until: z.string().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

export const ChangeSchema = z.object({
  from: z.string(),
  to: z.string(),
  absolute: z.number(),
  /** Fraction (0.25 = +25%); null when the base is zero. */
  relative: z.number().nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** How a question was read; passed back in for a follow-up ("en in 2023?"). */
export const ReadingSchema = z.object({
  intent: z.string(),
  series: z.array(z.string()),
  periods: z.array(z.string()),
  /** A decline's reason ("nationality"), so a follow-up ("en in 2024?") is declined alike. */
  refusal: z.string().optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  language: z.enum(['nl', 'en']),
  kind: KindSchema,
  verdict: VerdictSchema.optional(),
  /** The whole reply as plain text, in the question's language. */
  text: z.string(),
  /** How the question was read, e.g. "Naturalisatie · aanvragen · 2024"; null when nothing was read. */
  reading: z.string().nullable(),
  /** Words of the question the reading could not place; a number is only given when this is empty. */
  unexplained: z.array(z.string()),
  /** The main figure formatted for the reader ("54.780", "85%"), null when there is none. */
  headline: z.string().nullable(),
  facts: z.array(FactSchema),
  /** Recent values around a single figure, for its chart; never the answer itself. */
  trend: z.array(FactSchema),
  change: ChangeSchema.nullable(),
  notes: z.array(NoteSchema),
  sources: z.array(z.string()),
  chart: z.object({ url: z.string() }).nullable(),
  suggestions: z.array(z.string()),
  context: ReadingSchema.nullable(),
  /** A sentence to paste, with attribution. */
  quote: z.string().nullable(),
});
export type Answer = z.infer<typeof AnswerSchema>;
