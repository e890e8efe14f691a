import { subjectDef } from '../../data/catalog/subjects.js';
import type { Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import type { ConceptHit } from '../understand/query.js';
import { GENERIC, WEAK } from './measures.js';
import { pickMeasure, type Wants } from './pick-measure.js';

export interface Candidate {
  series: Series;
  score: number;
  /** The subject was named by a phrase of this many words (tie-breaker). */
  subjectWeight: number;
  measureNamed: boolean;
  /** One of several measures the question lists ("aanvragen en beslissingen"). */
  listed?: true;
  /** The catalogue phrases this reading accounts for. */
  used: Set<ConceptHit>;
}

export type Failure =
  | 'no-subject'
  | 'ambiguous'
  | 'measure-unavailable'
  | 'age-unavailable'
  | 'unit-unavailable';

export type Resolution =
  | { ok: true; best: Candidate; others: Candidate[] }
  | {
      ok: false;
      reason: Failure;
      subject?: string;
      candidates: Candidate[];
      /** Phrases that name what the subject does not publish. */
      missing?: ConceptHit[];
    };

export interface ResolveOptions {
  age: [number, number | null] | null;
  /** Series of the previous question in this conversation (follow-ups). */
  context: Series[];
  /** Periods the question names: a candidate that has none of them is less likely meant. */
  periods: string[];
  wants: Wants;
}

interface SubjectVote {
  weight: number;
  hits: Set<ConceptHit>;
  loose: boolean;
  /** Pointed at only by describing words (tags): too weak to say that something is not published. */
  tagged?: boolean;
}

const wordsIn = (hit: ConceptHit) => hit.match.key.split(' ').length;

/**
 * Picks the series a question is about from the catalogue phrases it names, and says which
 * phrases the choice accounts for: a phrase left over (a second subject, a measure the subject
 * does not publish) makes the answerer ask instead of answering.
 */
export function resolveSeries(hits: ConceptHit[], idx: DataIndex, opts: ResolveOptions): Resolution {
  const live = hits.filter((h) => !h.negated);
  const negatedSubjects = new Set(
    hits
      .filter((h) => h.negated)
      .flatMap((h) => h.match.senses.flatMap((s) => (s.kind === 'subject' ? [s.id] : []))),
  );
  const subjects = new Map<string, SubjectVote>();
  const vote = (id: string, weight: number, hit: ConceptHit, loose: boolean) => {
    if (!idx.bySubject.has(id) || negatedSubjects.has(id)) return;
    const v = subjects.get(id) ?? { weight: 0, hits: new Set(), loose: true };
    if (!v.hits.has(hit)) v.weight += weight;
    v.hits.add(hit);
    v.loose &&= loose;
    subjects.set(id, v);
  };
  // A describing word counts only beside another name of its subject ("8 EVRM bij AMV").
  const namedOutright = new Set(
    live.flatMap((h) => h.match.senses.flatMap((s) => (s.kind === 'subject' && !s.beside ? [s.id] : []))),
  );
  for (const h of live)
    for (const s of h.match.senses)
      if (s.kind === 'subject' && (!s.beside || namedOutright.has(s.id)))
        vote(s.id, wordsIn(h) * (s.loose ? 0.9 : 1) * (h.match.fuzzy ? 0.95 : 1), h, s.loose && !s.beside);
  // Describing words ("residence permits", "asylum", "fixed term") point at a subject when two or
  // more agree; they also strengthen a subject named outright.
  const tags = new Map<string, ConceptHit[]>();
  for (const h of live)
    for (const s of h.match.senses)
      if (s.kind === 'tag') tags.set(s.subject, [...(tags.get(s.subject) ?? []), h]);
  for (const [subject, list] of tags) {
    const named = subjects.get(subject);
    if (named && !named.loose) for (const h of list) named.hits.add(h);
    else if (new Set(list).size >= 2) {
      for (const h of list) vote(subject, wordsIn(h) * 0.9, h, false);
      const v = subjects.get(subject);
      if (v && v.hits.size === new Set(list).size) v.tagged = true;
    }
  }
  settleShared(subjects, live);
  combineParts(subjects, idx, opts.wants.total);
  absorbLoose(subjects, idx);

  const context = opts.context;
  if (subjects.size === 0 && context.length > 0)
    subjects.set(context[0]!.subject, { weight: 0.5, hits: new Set(), loose: false });
  if (subjects.size === 0) measureOwners(live, idx, subjects);
  if (subjects.size === 0) return { ok: false, reason: 'no-subject', candidates: [] };

  const candidates: Candidate[] = [];
  const failures: (Resolution & { ok: false })[] = [];
  for (const [subject, v] of subjects) {
    const pick = pickMeasure(idx.bySubject.get(subject)!, live, opts, context);
    if ('reason' in pick) {
      failures.push({ ok: false, reason: pick.reason, subject, candidates: [], missing: pick.missing });
      continue;
    }
    for (const series of pick.series) {
      const has =
        opts.periods.length === 0 ||
        opts.periods.some(
          (p) => idx.value(series.id, p) || idx.periods(series.id).some((x) => x.startsWith(p)),
        );
      candidates.push({
        series,
        score: v.weight + pick.score - (has ? 0 : 0.25),
        subjectWeight: v.weight,
        measureNamed: pick.named,
        ...(pick.listed ? { listed: true as const } : {}),
        // Phrases the question leaves out ("not the Ketenservicelijn") are read too.
        used: new Set([...v.hits, ...pick.used, ...hits.filter((h) => h.negated)]),
      });
    }
  }
  if (candidates.length === 0) return failures[0] ?? { ok: false, reason: 'no-subject', candidates: [] };
  candidates.sort((a, b) => b.score - a.score || b.subjectWeight - a.subjectWeight);
  const best = candidates[0]!;
  // A subject named more strongly than the best candidate, which lacks what was asked: say so
  // rather than answer another subject.
  const stronger = failures.find((f) => {
    const v = subjects.get(f.subject!);
    return !!v && !v.tagged && !v.loose && v.weight > best.subjectWeight;
  });
  if (stronger) return stronger;
  const tied = candidates.filter((c) => c.score === best.score && c.subjectWeight === best.subjectWeight);
  if (tied.length > 1) return { ok: false, reason: 'ambiguous', candidates: tied };
  return { ok: true, best, others: candidates.slice(1) };
}

/**
 * "the 8 ECHR family-reunification route": a phrase that names several subjects ("family
 * reunification": Family & Partner or nareis) is settled by a subject named on its own beside it
 * in the same domain; the others lose that phrase's vote.
 */
function settleShared(subjects: Map<string, SubjectVote>, live: ConceptHit[]): void {
  // Computed once: a pasted wall of one word gives hundreds of hits, each checked against the rest.
  // A phrase both languages share ("dublin") carries its subject twice: it still names one.
  const idsOf = new Map(
    live.map((h) => [h, [...new Set(h.match.senses.flatMap((s) => (s.kind === 'subject' ? [s.id] : [])))]]),
  );
  const ownSubjects = [
    ...new Set(
      live
        .filter(
          (o) => idsOf.get(o)!.length === 1 && !o.match.senses.some((s) => s.kind === 'subject' && s.loose),
        )
        .map((o) => idsOf.get(o)![0]!),
    ),
  ];
  for (const h of live) {
    const ids = idsOf.get(h)!;
    if (ids.length < 2) continue;
    const domains = new Set(ids.map((id) => subjectDef(id)?.domain));
    const settler = ownSubjects.find((id) => domains.has(subjectDef(id)?.domain) && subjects.has(id));
    if (!settler) continue;
    for (const id of ids) {
      const v = subjects.get(id);
      if (!v || id === settler) continue;
      v.hits.delete(h);
      v.weight -= wordsIn(h);
      if (v.hits.size === 0) subjects.delete(id);
    }
    subjects.get(settler)!.hits.add(h);
  }
}

/**
 * "MVV en 8 EVRM samen", "nareis in totaal": a subject that adds others up stands in for them when
 * a total is asked or all its parts are named.
 */
function combineParts(subjects: Map<string, SubjectVote>, idx: DataIndex, total: boolean): void {
  for (const id of idx.bySubject.keys()) {
    const parts = subjectDef(id)?.parts;
    if (!parts) continue;
    const named = parts.filter((p) => subjects.has(p));
    // Both parts named outright ("MVV en 8 EVRM"), or a total asked of one ("nareis in totaal").
    const outright = named.filter((p) => !subjects.get(p)!.loose);
    if (named.length === 0 || !(total || outright.length === parts.length)) continue;
    const v: SubjectVote = { weight: 0, hits: new Set(), loose: false };
    for (const p of named) {
      const pv = subjects.get(p)!;
      v.weight += pv.weight;
      for (const h of pv.hits) v.hits.add(h);
      subjects.delete(p);
    }
    const own = subjects.get(id);
    if (own) for (const h of own.hits) v.hits.add(h);
    subjects.set(id, v);
  }
}

/** "asiel" names asylum loosely: a specific asylum subject named beside it is what is meant. */
function absorbLoose(subjects: Map<string, SubjectVote>, idx: DataIndex): void {
  for (const [id, v] of [...subjects]) {
    if (!v.loose) continue;
    const domain = subjectDef(id)?.domain;
    const specific = [...subjects].filter(
      ([other, o]) => other !== id && !o.loose && subjectDef(other)?.domain === domain,
    );
    if (specific.length === 0) continue;
    for (const [, o] of specific) for (const h of v.hits) o.hits.add(h);
    subjects.delete(id);
  }
  void idx;
}

/** Only a distinctive measure was named ("calls", "dwangsom"): the subjects that publish it. */
function measureOwners(live: ConceptHit[], idx: DataIndex, subjects: Map<string, SubjectVote>): void {
  for (const h of live) {
    for (const s of h.match.senses) {
      if (s.kind !== 'measure') continue;
      const owners = [...idx.bySubject]
        .filter(([, series]) => series.some((x) => x.measure === s.id))
        .map(([id]) => id);
      // A common measure ("aanvragen") names no subject; one only one subject publishes ("total
      // staff") does. Several owners are equally likely: the question is asked back, not guessed.
      if (GENERIC_OR_WEAK.has(s.id) && owners.length !== 1) continue;
      const main = owners.filter((id) => subjectDef(id)?.mainFor?.includes(s.id));
      for (const subject of main.length === 1 ? main : owners) {
        const v = subjects.get(subject);
        if (v) v.hits.add(h);
        else subjects.set(subject, { weight: 0.5, hits: new Set([h]), loose: false });
      }
    }
  }
}

const GENERIC_OR_WEAK = new Set([...GENERIC, ...WEAK]);
