import type { Answer } from '../contract/answer.js';
import type { Dataset, Language, Observation, Publication, Series } from '../data/schema.js';
import {
  buildFigures,
  DataIndex,
  formatChange,
  formatNumber,
  formatPeriod,
  formatValue,
} from '../engine/index.js';

/**
 * What a release day brings: for the newest publication, against what was known before it, the new
 * periods with their headline changes (largest moves first) and every figure printed differently
 * than before. Pure: a dataset in, a report out; printing and posting live in whats-new-main.ts.
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
  revisions: RevisedFigure[];
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

const previousPeriod = (period: string): string => {
  if (period.length === 4) return String(Number(period) - 1);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * The report for the newest publication. `since` (a publication) sets what counts as known: that
 * publication and every older one; by default everything before the newest.
 */
export function whatsNew(dataset: Dataset, options: { since?: Publication | null } = {}): WhatsNewReport {
  const idx = new DataIndex(dataset);
  const ordered = [...dataset.publications].sort((a, b) => a.date.localeCompare(b.date));
  const publication = ordered[ordered.length - 1]!;
  const since = options.since === undefined ? (ordered[ordered.length - 2] ?? null) : options.since;
  const known = new Set(ordered.filter((p) => since && p.date <= since.date).map((p) => p.id));
  const fresh = new Set(ordered.filter((p) => !known.has(p.id)).map((p) => p.id));

  const added: WhatsNewReport['added'] = [];
  const moves: Move[] = [];
  const revisions: RevisedFigure[] = [];
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
        if (revisedIn) revisions.push({ series, period, before, after: revisedIn });
        continue;
      }
      added.push({ series, period, value: after.value, publication: after.publication });
      const prev = idx.value(series.id, previousPeriod(period));
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
  revisions.sort(
    (a, b) =>
      Math.abs(((b.after.value ?? 0) - (b.before.value ?? 0)) / (b.before.value || 1)) -
      Math.abs(((a.after.value ?? 0) - (a.before.value ?? 0)) / (a.before.value || 1)),
  );
  const titles = Object.fromEntries(dataset.publications.map((p) => [p.id, p.title]));
  return { publication, since, added, byRelative, byAbsolute, byPoints, revisions, titles };
}

const rel = (f: number | null, lang: Language) =>
  f === null ? '' : ` (${f > 0 ? '+' : f < 0 ? '−' : '±'}${formatNumber(Math.abs(f) * 100, lang, 1)}%)`;

function moveLine(m: Move, lang: Language): string {
  const v = formatValue(m.value, m.series.unit, lang);
  const p = formatValue(m.previous.value, m.series.unit, lang);
  const change = `${formatChange(m.absolute, m.series.unit, lang)}${m.series.unit === 'percent' ? '' : rel(m.relative, lang)}`;
  return `• ${m.series.label[lang]} ${formatPeriod(m.period, lang)}: ${v} (${formatPeriod(m.previous.period, lang)}: ${p}; ${change})`;
}

/** The report as text for a person or a channel, in Dutch or English; `top` moves per list. */
export function formatWhatsNew(report: WhatsNewReport, lang: Language, top = 8): string {
  const nl = lang === 'nl';
  const title = report.publication.title;
  const lines: string[] = [
    nl
      ? `Nieuw in ${title}${report.since ? ` (ten opzichte van ${report.since.title} en eerder)` : ''}: ${report.added.length} nieuwe cijfers, ${report.revisions.length} herzien.`
      : `New in ${title}${report.since ? ` (against ${report.since.title} and earlier)` : ''}: ${report.added.length} new figures, ${report.revisions.length} revised.`,
  ];
  const section = (heading: string, moves: Move[]) => {
    if (moves.length === 0) return;
    lines.push('', heading, ...moves.slice(0, top).map((m) => moveLine(m, lang)));
  };
  section(nl ? 'Grootste relatieve veranderingen:' : 'Largest relative changes:', report.byRelative);
  section(nl ? 'Grootste veranderingen in aantallen:' : 'Largest changes in counts:', report.byAbsolute);
  section(nl ? 'Grootste veranderingen in percentages:' : 'Largest changes in percentages:', report.byPoints);
  lines.push('', nl ? 'Herziene cijfers (oud → nieuw):' : 'Revised figures (old → new):');
  if (report.revisions.length === 0)
    lines.push(nl ? '• Geen: geen enkel eerder cijfer is gewijzigd.' : '• None: no earlier figure changed.');
  for (const r of report.revisions) {
    const unit = r.series.unit;
    const diff = (r.after.value ?? 0) - (r.before.value ?? 0);
    const titles = (o: Observation) => report.titles[o.publication] ?? o.publication;
    lines.push(
      `• ${r.series.label[lang]} ${formatPeriod(r.period, lang)}: ${formatValue(r.before.value, unit, lang)} → ${formatValue(r.after.value, unit, lang)} (${formatChange(diff, unit, lang)}), ${titles(r.before)} → ${titles(r.after)}`,
    );
  }
  return lines.join('\n');
}

/** The chart of the day: the trend of the series with the largest relative move, as an engine answer. */
export function headlineAnswer(report: WhatsNewReport, dataset: Dataset, lang: Language): Answer | null {
  const move = report.byRelative[0] ?? report.byAbsolute[0] ?? report.byPoints[0];
  if (!move) return null;
  const idx = new DataIndex(dataset);
  const kind = move.period.length === 4 ? 'year' : 'month';
  const observations = idx.observations(move.series.id, kind).filter((o) => o.period <= move.period);
  return buildFigures(
    { question: '', lang, series: move.series, kind: 'series', observations: observations.slice(-8) },
    idx,
  );
}
