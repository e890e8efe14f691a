import type { Dataset, DefinitionBreak, Observation, Publication, Series } from '../data/schema.js';
import type { Engine } from '../engine/index.js';

/**
 * What a release day brings: for the newest publication, against what was known before it, the new
 * periods with their headline changes (largest moves first) and every figure printed differently
 * than before: corrected (a revision) or counted under a new definition (a definition change,
 * listed apart). Pure: the engine's lookups over the dataset in, a report out; words are in
 * format.ts, posting in post.ts.
 */

/** A new figure and its change against the period before. */
export interface Move {
  series: Series;
  period: string;
  value: number;
  previous: { period: string; value: number };
  absolute: number;
  /** Fraction (0.25 = +25%); null when the earlier value is zero. */
  relative: number | null;
  publication: string;
}

/** A figure known before, printed differently now. */
export interface RevisedFigure {
  series: Series;
  period: string;
  before: Observation;
  after: Observation;
}

/** A figure known before, counted under a new definition now: not a revision. */
export interface RedefinedFigure extends RevisedFigure {
  definition: DefinitionBreak;
}

export interface WhatsNewReport {
  /** The newest publication, and the last one counted as already known. */
  publication: Publication;
  since: Publication | null;
  /** Every newly published period, catalogue order. */
  added: { series: Series; period: string; value: number | null; publication: string }[];
  /** Counts, amounts and durations: biggest relative change first (earlier value at least 100). */
  byRelative: Move[];
  /** Counts only (one unit, so comparable): biggest absolute change first. */
  byAbsolute: Move[];
  /** Percentages: biggest change in points first. */
  byPoints: Move[];
  /** Corrections: biggest relative change first. */
  revisions: RevisedFigure[];
  /** Figures counted under a new definition (the series' break), never among the revisions. */
  redefined: RedefinedFigure[];
  /** Publication id -> title, for the text. */
  titles: Record<string, string>;
}

/** Finds a publication by id or title, case and punctuation aside ("jaarcijfers 2023", "Jaarcijfers-2023"). */
export function findPublication(dataset: Dataset, name: string): Publication | null {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const wanted = key(name);
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const has = (p: Publication) => {
    const own = new Set(`${p.id} ${p.title}`.toLowerCase().split(/[^a-z0-9]+/));
    return words.length > 0 && words.every((w) => own.has(w));
  };
  return (
    dataset.publications.find((p) => key(p.id) === wanted || key(p.title) === wanted) ??
    dataset.publications.find(has) ??
    null
  );
}

const kindOf = (period: string) => (period.length === 4 ? 'year' : 'month');

/**
 * The report for the newest publication. `since` (a publication) sets what counts as known: that
 * publication and every older one; by default everything before the newest.
 */
export function whatsNew(engine: Engine, options: { since?: Publication | null } = {}): WhatsNewReport {
  const idx = engine.index;
  const dataset = idx.dataset;
  const ordered = [...dataset.publications].sort((a, b) => a.date.localeCompare(b.date));
  const publication = ordered[ordered.length - 1]!;
  const since = options.since === undefined ? (ordered[ordered.length - 2] ?? null) : options.since;
  const known = new Set(ordered.filter((p) => since && p.date <= since.date).map((p) => p.id));
  const fresh = new Set(ordered.filter((p) => !known.has(p.id)).map((p) => p.id));

  const added: WhatsNewReport['added'] = [];
  const moves: Move[] = [];
  const revisions: RevisedFigure[] = [];
  const redefined: RedefinedFigure[] = [];
  for (const series of idx.series.values()) {
    const periods = [
      ...new Set(dataset.observations.filter((o) => o.series === series.id).map((o) => o.period)),
    ].sort();
    for (const period of periods) {
      const printings = idx.revisions(series.id, period); // newest first
      const after = printings.find((o) => fresh.has(o.publication));
      if (!after) continue;
      const before = printings.find((o) => known.has(o.publication));
      if (before) {
        // Credit the revision to the publication that first printed the new figure.
        const revisedIn = [...printings]
          .reverse()
          .find((o) => fresh.has(o.publication) && o.value !== before.value);
        if (revisedIn) {
          const definition = idx.redefinition(series, before, revisedIn);
          if (definition) redefined.push({ series, period, before, after: revisedIn, definition });
          else revisions.push({ series, period, before, after: revisedIn });
        }
        continue;
      }
      added.push({ series, period, value: after.value, publication: after.publication });
      // Against the period published before it (of the same kind), which each line names.
      const prev = idx
        .observations(series.id, kindOf(period))
        .filter((o) => o.period < period)
        .at(-1);
      if (after.value === null || !prev || prev.value === null) continue;
      const absolute = after.value - prev.value;
      moves.push({
        series,
        period,
        value: after.value,
        previous: { period: prev.period, value: prev.value },
        absolute,
        relative: prev.value === 0 ? null : absolute / prev.value,
        publication: after.publication,
      });
    }
  }
  const byRelative = moves
    .filter((m) => m.series.unit !== 'percent' && m.relative !== null && Math.abs(m.previous.value) >= 100)
    .sort((a, b) => Math.abs(b.relative!) - Math.abs(a.relative!));
  const byAbsolute = moves
    .filter((m) => m.series.unit === 'count')
    .sort((a, b) => Math.abs(b.absolute) - Math.abs(a.absolute));
  const byPoints = moves
    .filter((m) => m.series.unit === 'percent')
    .sort((a, b) => Math.abs(b.absolute) - Math.abs(a.absolute));
  const change = (r: RevisedFigure) =>
    Math.abs(((r.after.value ?? 0) - (r.before.value ?? 0)) / (r.before.value || 1));
  revisions.sort((a, b) => change(b) - change(a));
  const titles = Object.fromEntries(dataset.publications.map((p) => [p.id, p.title]));
  return { publication, since, added, byRelative, byAbsolute, byPoints, revisions, redefined, titles };
}
