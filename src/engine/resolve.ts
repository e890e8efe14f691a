import { measureDef } from '../data/catalog/measures.js';
import type { Series } from '../data/schema.js';
import type { ConceptMatch } from './concepts.js';
import type { DataIndex } from './data-index.js';

/**
 * When several measures are named ("beslissingen op aanvragen"), the more specific one is meant.
 * Measures in one group are equally specific: only a qualifier (asiel / regulier) tells them apart.
 */
const PRIORITY: string[][] = [
  ['eerste-vrije-dag'],
  ['doorlooptijd'],
  ['tijdigheid'],
  ['inwilligingen'],
  ['gegrond'],
  ['percentage-ingetrokken'],
  ['instandhouding-asiel', 'instandhouding-regulier'],
  ['hoger-beroep-asiel', 'hoger-beroep-regulier'],
  ['aanwezig'],
  ['ingereisd'],
  ['in-behandeling'],
  ['opdracht'],
  ['emails-per-maand'],
  ['emails'],
  ['calls'],
  ['klantcontacten'],
  ['personele-kosten-aandeel'],
  ['bijdrage-departement'],
  ['personele-kosten'],
  ['resultaat'],
  ['baten'],
  ['lasten'],
  ['bedrag'],
  ['ambtelijk'],
  ['extern'],
  ['totaal'],
  ['beslissingen'],
  ['afgehandeld'],
  ['aantal-afspraken'],
  ['aanvragen'],
  ['ontvangen'],
  ['procedures'],
  ['aantal'],
];
const rank = (measure: string): number => {
  const i = PRIORITY.findIndex((group) => group.includes(measure));
  return i < 0 ? PRIORITY.length : i;
};
/** Measure words that also occur as plain words ("cases", "aantal", "totaal") and never overrule a default. */
const WEAK = new Set(['aantal', 'totaal', 'procedures']);
/** Measures too common to say which subject is meant when no subject is named. */
const GENERIC = new Set([
  'aanvragen',
  'beslissingen',
  'in-behandeling',
  'inwilligingen',
  'tijdigheid',
  'procedures',
  'ontvangen',
  'afgehandeld',
  'aantal',
  'totaal',
  'opdracht',
  'doorlooptijd',
]);
const DEFAULTS = [
  'aanvragen',
  'procedures',
  'ontvangen',
  'klantcontacten',
  'calls',
  'totaal',
  'bedrag',
  'aantal',
];

export interface Candidate {
  series: Series;
  score: number;
  /** The subject was named by a phrase of this many words (tie-breaker). */
  subjectWeight: number;
  measureNamed: boolean;
}

export type Resolution =
  | { ok: true; best: Candidate; others: Candidate[] }
  | {
      ok: false;
      reason: 'no-subject' | 'ambiguous' | 'measure-unavailable' | 'measure-needed' | 'age-unavailable';
      subject?: string;
      candidates: Candidate[];
      measures?: string[];
    };

export interface ResolveOptions {
  age: [number, number | null] | null;
  /** Series of the previous question in this conversation (follow-ups). */
  contextSeries: string[];
  /** Periods the question names: a candidate that has none of them is less likely meant. */
  periods?: string[];
  /** The question asks for a percentage ("hoeveel procent", "share"). */
  percent?: boolean;
  /** The folded question, for wording that settles a choice ("samen", "mvv"). */
  text?: string;
}

/** Picks the series a question is about from the concepts it names. */
export function resolveSeries(matches: ConceptMatch[], idx: DataIndex, opts: ResolveOptions): Resolution {
  const subjects = new Map<string, number>();
  const measures = new Map<string, number>();
  const qualifiers = new Map<string, number>();
  const tags = new Map<string, Map<string, number>>();
  for (const m of matches) {
    const c = m.concept;
    const bump = (map: Map<string, number>, key: string) =>
      map.set(key, Math.max(map.get(key) ?? 0, 0) + m.weight);
    if (c.type === 'subject' && idx.bySubject.has(c.id)) {
      subjects.set(c.id, (subjects.get(c.id) ?? 0) + m.weight * (c.loose ? 0.9 : 1));
    } else if (c.type === 'measure') bump(measures, c.id);
    else if (c.type === 'qualifier') bump(qualifiers, c.measure);
    else if (c.type === 'tag' && idx.bySubject.has(c.subject)) {
      const hits = tags.get(c.subject) ?? new Map<string, number>();
      hits.set(`${m.start}`, m.weight);
      tags.set(c.subject, hits);
    }
  }
  // Describing words ("residence permits", "asylum", "fixed term") point at a subject when two or
  // more of them agree; they also strengthen a subject that was named outright.
  for (const [subject, hits] of tags) {
    const weight = [...hits.values()].reduce((a, b) => a + b, 0) * 0.9;
    if (subjects.has(subject)) subjects.set(subject, subjects.get(subject)! + weight);
    else if (hits.size >= 2) subjects.set(subject, weight);
  }
  // "MVV en 8 EVRM samen": the monthly table that adds both up. "nareisaanvragen 8 EVRM" alone
  // names the 8 EVRM kind of nareis, not both.
  if (subjects.has('nareis-mvv') && subjects.has('nareis-8evrm')) {
    const both = /\bmvv\b|\b(samen|totaal|total|together|combined|beide|both|alle|all)\b/.test(
      opts.text ?? '',
    );
    if (both && idx.bySubject.has('nareis-totaal')) {
      subjects.set('nareis-totaal', subjects.get('nareis-mvv')! + subjects.get('nareis-8evrm')!);
      subjects.delete('nareis-8evrm');
    }
    subjects.delete('nareis-mvv');
  }

  const context = opts.contextSeries.map((id) => idx.series.get(id)).filter((s): s is Series => !!s);
  if (subjects.size === 0) {
    if (context.length > 0) subjects.set(context[0]!.subject, 0.5);
    else {
      // Only a distinctive measure was named ("calls", "dwangsom"): its subjects, the first in the
      // catalogue (the main one, e.g. the IND phone line for calls) slightly preferred.
      for (const measure of measures.keys()) {
        if (GENERIC.has(measure) || WEAK.has(measure)) continue;
        for (const subject of idx.bySubject.keys()) {
          const owns = idx.bySubject.get(subject)!.some((s) => s.measure === measure);
          if (owns && !subjects.has(subject)) subjects.set(subject, subjects.size === 0 ? 0.6 : 0.5);
        }
      }
    }
  }
  if (subjects.size === 0) return { ok: false, reason: 'no-subject', candidates: [] };

  const candidates: Candidate[] = [];
  const failures: Resolution[] = [];
  for (const [subject, subjectWeight] of subjects) {
    const available = idx.bySubject.get(subject)!;
    const pick = pickMeasure(subject, available, measures, qualifiers, opts, context);
    if ('reason' in pick) {
      failures.push({
        ok: false,
        reason: pick.reason,
        subject,
        candidates: [],
        measures: available.map((s) => s.measure),
      });
      continue;
    }
    for (const p of pick.series) {
      const asked = opts.periods ?? [];
      const has = asked.length === 0 || asked.some((period) => idx.value(p.id, period));
      candidates.push({
        series: p,
        score: subjectWeight + pick.score - (has ? 0 : 0.25),
        subjectWeight,
        measureNamed: pick.named,
      });
    }
  }
  if (candidates.length === 0) return failures[0] ?? { ok: false, reason: 'no-subject', candidates: [] };
  candidates.sort((a, b) => b.score - a.score || b.subjectWeight - a.subjectWeight);
  const [best, second] = candidates as [Candidate, Candidate | undefined];
  // A failure on a subject that was named more strongly than the best candidate means the reader
  // asked for something that does not exist there: say so rather than answer another subject.
  const strongerFailure = failures.find((f) => !f.ok && (subjects.get(f.subject!) ?? 0) > best.subjectWeight);
  if (strongerFailure) return strongerFailure;
  if (second && second.score === best.score && second.subjectWeight === best.subjectWeight) {
    return { ok: false, reason: 'ambiguous', candidates: candidates.filter((c) => c.score === best.score) };
  }
  return { ok: true, best, others: candidates.slice(1) };
}

type Pick =
  | { series: Series[]; score: number; named: boolean }
  | { reason: 'measure-unavailable' | 'measure-needed' | 'age-unavailable' };

function pickMeasure(
  _subject: string,
  available: Series[],
  measures: Map<string, number>,
  qualifiers: Map<string, number>,
  opts: ResolveOptions,
  context: Series[],
): Pick {
  const byMeasure = new Map(available.map((s) => [s.measure, s]));
  if (opts.age) {
    const [from, to] = opts.age;
    const bucket = available.find((s) => {
      const age = measureDef(s.measure)?.age;
      return age && age[0] === from && age[1] === to;
    });
    return bucket ? { series: [bucket], score: 2, named: true } : { reason: 'age-unavailable' };
  }
  const named = [...measures.keys()].filter((m) => byMeasure.has(m));
  if (named.length > 0) {
    const top = Math.min(...named.map(rank));
    let best = named.filter((m) => rank(m) === top);
    // Siblings such as "upheld (asylum)" and "upheld (regular)": a qualifier settles it.
    const qualified = best.filter((m) => qualifiers.has(m));
    if (qualified.length > 0) best = qualified;
    const score = Math.max(...best.map((m) => measures.get(m)! + (qualifiers.get(m) ?? 0)));
    // "Hoeveel procent ... personele kosten": the share, where the subject publishes one beside the amount.
    if (opts.percent && best.length === 1) {
      const share = available.filter((s) => s.unit === 'percent' && s.measure.startsWith(`${best[0]}-`));
      if (share.length === 1 && byMeasure.get(best[0]!)!.unit !== 'percent')
        return { series: share, score, named: true };
    }
    return { series: best.map((m) => byMeasure.get(m)!), score, named: true };
  }
  // Only a qualifier was named ("regular", "asiel"): it picks among the subject's siblings.
  const qualifiedOnly = available.filter((s) => qualifiers.has(s.measure));
  if (qualifiedOnly.length === 1)
    return { series: qualifiedOnly, score: qualifiers.get(qualifiedOnly[0]!.measure)!, named: true };
  // A measure named under another printed name (applications ~ procedures ~ received).
  for (const m of measures.keys()) {
    const family = measureDef(m)?.family;
    if (!family) continue;
    const sibling = available
      .filter((s) => measureDef(s.measure)?.family === family)
      .sort((a, b) => rank(a.measure) - rank(b.measure));
    if (sibling.length > 0) return { series: [sibling[0]!], score: 0.5, named: true };
  }
  if ([...measures.keys()].some((m) => !WEAK.has(m))) return { reason: 'measure-unavailable' };
  const fromContext = context.map((c) => byMeasure.get(c.measure)).find((s): s is Series => !!s);
  if (fromContext) return { series: [fromContext], score: 0, named: false };
  if (available.length === 1) return { series: available, score: 0, named: false };
  const fallback = DEFAULTS.map((m) => byMeasure.get(m)).find((s): s is Series => !!s);
  return fallback ? { series: [fallback], score: 0, named: false } : { reason: 'measure-needed' };
}
