import { z } from 'zod';

/** Units as stored: percent in points (85 = 85%), eur in euros (79 mln = 79000000). */
export const UnitSchema = z.enum(['count', 'percent', 'weeks', 'days', 'fte', 'eur']);
export type Unit = z.infer<typeof UnitSchema>;

export const LanguageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const PeriodSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'period must be YYYY or YYYY-MM');
export type Period = z.infer<typeof PeriodSchema>;

const Bilingual = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const SeriesName = z.object({ subject: z.string().min(1), measure: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

export const PublicationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Year-month of release; it orders publications, so the newest one answers. */
  date: z.string().regex(/^\d{4}-\d{2}$/),
  /** Path of the raw text under data/, e.g. raw/jaarcijfers-2025.txt. */
  file: z.string().min(1),
  kind: z.enum(['annual', 'monthly']),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** A definition change: values up to and including `until` were counted differently. */
export const BreakSchema = z.object({
  until: PeriodSchema,
  note: Bilingual,
  /**
   * The first publication that counts the new way, when it also restated earlier periods: a
   * change between printings across it is this definition change, not a revision.
   */
  publication: z.string().optional(),
});
export type DefinitionBreak = z.infer<typeof BreakSchema>;

export const SeriesSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  domain: z.enum(['regulier', 'naturalisatie', 'asiel', 'juridisch', 'dienstverlening', 'bedrijfsvoering']),
  subject: z.string(),
  measure: z.string(),
  unit: UnitSchema,
  /** "Subject · measure" per language, for reading; `name` holds the two parts. */
  label: Bilingual,
  name: z.object({ nl: SeriesName, en: SeriesName }),
  aliases: z.object({ nl: z.array(z.string()), en: z.array(z.string()) }),
  /** Footnotes and caveats; a note with a period applies to that period only. */
  notes: z.array(Bilingual.extend({ period: PeriodSchema.optional() })),
  breaks: z.array(BreakSchema),
});
export type Series = z.infer<typeof SeriesSchema>;

export const ObservationSchema = z.object({
  series: z.string(),
  period: PeriodSchema,
  value: z.number().nullable(),
  /** What was printed where no number was: "onb.", "-". */
  reason: z.string().optional(),
  publication: z.string(),
  /** 1-based line in the raw file, so anyone can check the figure against the page. */
  line: z.number().int().positive(),
  printed: z.string(),
  current: z.boolean(),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const RankingSchema = z.object({
  subject: z.string(),
  period: PeriodSchema,
  measure: z.literal('aanvragen'),
  publication: z.string(),
  entries: z
    .array(
      z.object({
        rank: z.number().int().min(1).max(3),
        nl: z.string(),
        en: z.string(),
        line: z.number().int().positive(),
      }),
    )
    .length(3),
});
export type Ranking = z.infer<typeof RankingSchema>;

export const DatasetSchema = z.object({
  publications: z.array(PublicationSchema),
  series: z.array(SeriesSchema),
  observations: z.array(ObservationSchema),
  rankings: z.array(RankingSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;
