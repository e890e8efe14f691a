import type { Series } from '../../data/schema.js';
import type { ConceptHit } from '../understand/query.js';
import { ageOf, DEFAULTS, DESCRIBING, familyOf, rank, WEAK } from './measures.js';
import type { Failure, ResolveOptions } from './series.js';

/** What the wording asks for, apart from the subject: a unit, or a total. */
export interface Wants {
  unit: 'percent' | 'count' | 'duration' | 'eur' | null;
  total: boolean;
}

export type Pick =
  | { series: Series[]; score: number; named: boolean; used: ConceptHit[]; listed?: true }
  | { reason: Failure; missing?: ConceptHit[] };

const UNIT_FITS: Record<NonNullable<Wants['unit']>, Series['unit'][]> = {
  percent: ['percent'],
  count: ['count', 'percent', 'fte', 'eur', 'weeks', 'days'],
  duration: ['weeks', 'days'],
  eur: ['eur'],
};

/**
 * The measure of one subject the question means: the most specific one named that the subject
 * publishes, else the unit asked for, the previous question's, or the subject's headline figure.
 * A more specific measure named that the subject does not publish is a failure, never a fallback.
 */
export function pickMeasure(
  available: Series[],
  live: ConceptHit[],
  opts: ResolveOptions,
  context: Series[],
): Pick {
  const byMeasure = new Map(available.map((s) => [s.measure, s]));
  const measures = new Map<string, { weight: number; hits: ConceptHit[] }>();
  const qualifiers = new Map<string, ConceptHit[]>();
  for (const h of live) {
    for (const s of h.match.senses) {
      if (s.kind === 'measure') {
        const m = measures.get(s.id) ?? { weight: 0, hits: [] };
        if (!m.hits.includes(h)) {
          m.weight += h.match.key.split(' ').length;
          m.hits.push(h);
        }
        measures.set(s.id, m);
      } else if (s.kind === 'qualifier') qualifiers.set(s.measure, [...(qualifiers.get(s.measure) ?? []), h]);
    }
  }
  const allMeasureHits = [...new Set([...measures.values()].flatMap((m) => m.hits))];
  const qualifierHits = (ids: string[]) => ids.flatMap((id) => qualifiers.get(id) ?? []);

  if (opts.age) {
    const [from, to] = opts.age;
    const bucket = available.find((s) => {
      const age = ageOf(s.measure);
      return age && age[0] === from && age[1] === to;
    });
    if (!bucket) return { reason: 'age-unavailable' };
    // "open cases", "in behandeling": what a bucket of open cases is.
    const fits = (id: string) =>
      id === 'in-behandeling' || WEAK.has(id) || familyOf(id) === 'intake' || id === 'aanvragen';
    const used = [...measures].filter(([id]) => fits(id)).flatMap(([, m]) => m.hits);
    const other = [...measures].filter(([id]) => !fits(id));
    if (other.length > 0) return { reason: 'measure-unavailable', missing: other.flatMap(([, m]) => m.hits) };
    return { series: [bucket], score: 2, named: true, used };
  }

  // "incl. externen": the total that counts them in.
  const included = live.filter((h) => h.included && h.match.senses.some((s) => s.kind === 'measure'));
  if (included.length > 0 && byMeasure.has('totaal'))
    return { series: [byMeasure.get('totaal')!], score: 2, named: true, used: allMeasureHits };

  const listed = listedSeries(allMeasureHits, byMeasure);
  if (listed) return { series: listed.series, score: 2, named: true, used: listed.used, listed: true };

  const named = [...measures.keys()].filter((m) => byMeasure.has(m));
  const strong = named.filter((m) => !WEAK.has(m));
  const pool = strong.length > 0 ? strong : named;
  let chosen: Series[] = [];
  let score = 0;
  if (pool.length > 0) {
    const top = Math.min(...pool.map(rank));
    let best = pool.filter((m) => rank(m) === top);
    const qualified = best.filter((m) => qualifiers.has(m));
    if (qualified.length > 0) best = qualified;
    // A more specific measure that this subject does not publish: "doorlooptijd naturalisatie".
    // A phrase may name several measures ("upheld"): it is missing only when none of them is here.
    const subject = available[0]?.subject;
    const missing = allMeasureHits.filter((h) => {
      // "loss" names this subject (omwisseling) as well as a measure elsewhere: explained by the subject.
      if (h.match.senses.some((s) => s.kind === 'subject' && s.id === subject)) return false;
      const ids = h.match.senses.flatMap((s) => (s.kind === 'measure' ? [s.id] : []));
      return (
        ids.every((m) => !byMeasure.has(m) && !WEAK.has(m) && !familySibling(m, byMeasure)) &&
        Math.min(...ids.map(rank)) < top
      );
    });
    if (missing.length > 0) return { reason: 'measure-unavailable', missing };
    chosen = best.map((m) => byMeasure.get(m)!);
    score = Math.max(...best.map((m) => measures.get(m)!.weight + (qualifiers.get(m)?.length ?? 0)));
    const describes = (h: ConceptHit) =>
      h.match.senses.some(
        (s) => s.kind !== 'measure' || best.includes(s.id) || DESCRIBING.has(s.id) || WEAK.has(s.id),
      );
    const used = [...allMeasureHits.filter(describes), ...qualifierHits(best)];
    return fitUnit({ series: chosen, score, named: true, used }, available, opts.wants);
  }
  // Only a qualifier was named ("regular", "asiel"): it picks among the subject's siblings.
  const qualifiedOnly = available.filter((s) => qualifiers.has(s.measure));
  if (qualifiedOnly.length === 1)
    return fitUnit(
      {
        series: qualifiedOnly,
        score: 1,
        named: true,
        used: [...qualifierHits([qualifiedOnly[0]!.measure]), ...allMeasureHits.filter((h) => isWeak(h))],
      },
      available,
      opts.wants,
    );
  // A measure named under another printed name (applications ~ procedures ~ received).
  for (const [m, v] of measures) {
    const sibling = familySibling(m, byMeasure);
    if (sibling)
      return fitUnit({ series: [sibling], score: 0.5, named: true, used: v.hits }, available, opts.wants);
  }
  const strongNamed = [...measures.keys()].filter((m) => !WEAK.has(m));
  if (strongNamed.length > 0)
    return { reason: 'measure-unavailable', missing: strongNamed.flatMap((m) => measures.get(m)!.hits) };
  const weakHits = allMeasureHits;
  // A unit asked for picks the measure: "hoeveel procent", "how long", "in euro's".
  const unit = opts.wants.unit;
  if (unit && unit !== 'count') {
    const fitting = available.filter((s) => UNIT_FITS[unit].includes(s.unit));
    if (fitting.length === 0) return { reason: 'unit-unavailable' };
    return { series: fitting, score: 0, named: false, used: weakHits };
  }
  const fromContext = context.map((c) => byMeasure.get(c.measure)).find((s): s is Series => !!s);
  if (fromContext) return { series: [fromContext], score: 0, named: false, used: weakHits };
  if (available.length === 1) return { series: available, score: 0, named: false, used: weakHits };
  const fallback = DEFAULTS.map((m) => byMeasure.get(m)).find((s): s is Series => !!s);
  return fallback
    ? { series: [fallback], score: 0, named: false, used: weakHits }
    : { reason: 'measure-unavailable' };
}

/**
 * "aanvragen en beslissingen", "decided on more requests than it received": measures joined by
 * "en", "and", "vs" or "than" are each asked. The words between two joins name one figure, read
 * as a single question would be ("beslissingen op aanvragen" is decisions); each must be one this
 * subject publishes, under its own or a sibling's name, or the usual reading applies.
 */
function listedSeries(
  hits: ConceptHit[],
  byMeasure: Map<string, Series>,
): { series: Series[]; used: ConceptHit[] } | null {
  if (!hits.some((h) => h.listedWith && hits.includes(h.listedWith))) return null;
  const groups: ConceptHit[][] = [];
  for (const h of hits) {
    if (groups.length === 0 || (h.listedWith && hits.includes(h.listedWith))) groups.push([h]);
    else groups[groups.length - 1]!.push(h);
  }
  const series: Series[] = [];
  for (const group of groups) {
    const named = group.filter((h) => !isWeak(h));
    if (named.length === 0) return null;
    let chosen: Series | undefined;
    for (const h of named) {
      const ids = h.match.senses.flatMap((s) => (s.kind === 'measure' ? [s.id] : []));
      const found =
        ids
          .filter((id) => byMeasure.has(id))
          .sort((a, b) => rank(a) - rank(b))
          .map((id) => byMeasure.get(id)!)[0] ??
        ids.map((id) => familySibling(id, byMeasure)).find((x) => !!x);
      if (!found) return null;
      if (!chosen || rank(found.measure) < rank(chosen.measure)) chosen = found;
    }
    if (series.includes(chosen!)) return null;
    series.push(chosen!);
  }
  return series.length >= 2 ? { series, used: hits } : null;
}

/** A phrase that names only weak measures ("zaken", "aantal"). */
const isWeak = (h: ConceptHit) => h.match.senses.every((s) => s.kind !== 'measure' || WEAK.has(s.id));

function familySibling(measure: string, byMeasure: Map<string, Series>): Series | undefined {
  const family = familyOf(measure);
  if (!family) return undefined;
  return [...byMeasure.values()]
    .filter((s) => familyOf(s.measure) === family)
    .sort((a, b) => rank(a.measure) - rank(b.measure))[0];
}

/** The chosen measure in the unit asked: a share beside an amount, a duration, or a failure. */
function fitUnit(pick: Pick & { series: Series[] }, available: Series[], wants: Wants): Pick {
  const unit = wants.unit;
  if (!unit || unit === 'count') return pick;
  if (pick.series.every((s) => UNIT_FITS[unit].includes(s.unit))) return pick;
  if (unit === 'percent' && pick.series.length === 1) {
    const base = pick.series[0]!.measure;
    const share = available.filter((s) => s.unit === 'percent' && s.measure.startsWith(`${base}-`));
    if (share.length === 1) return { ...pick, series: share };
  }
  return { reason: 'unit-unavailable', missing: [] };
}
