import type { Answer, Change, Note, Verdict } from '../../../contract/index.js';
import type { Language, Observation, Series } from '../../../data/schema.js';
import { emptyAnswer, sourceLine } from '../../compose/base.js';
import { notesFor, toFact } from '../../compose/facts.js';
import type { DataIndex } from '../../data-index.js';
import { formatPeriodSpan } from '../../format.js';
import { claimMessages } from '../../messages/index.js';

export interface ClaimResult {
  question: string;
  lang: Language;
  verdict: Exclude<Verdict, 'unverifiable'>;
  /** The series of each observation (a claim comparing two categories has two). */
  series: Series[];
  /** What the verdict rests on, the claimed period first. */
  observations: Observation[];
  /** One sentence per checked assertion: the computed value and the tolerance. */
  lines: string[];
  notes: Note[];
  change: Change | null;
  /** Periods around the claim, for its chart. */
  trend: Observation[];
}

const uniq = <T>(xs: T[], key: (x: T) => string) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** A checked claim as the contract's answer: verdict, facts, the working, notes and source. */
export function claimAnswer(r: ClaimResult, idx: DataIndex): Answer {
  const { lang } = r;
  const m = claimMessages(lang);
  const bySeries = new Map(r.series.map((s) => [s.id, s]));
  const main = r.series[0]!;
  const observations = uniq(r.observations, (o) => `${o.series}|${o.period}`);
  const facts = observations.map((o) =>
    toFact(o, bySeries.get(o.series) ?? idx.series.get(o.series) ?? main, idx, lang),
  );
  const periods = [...new Set(facts.map((f) => f.period))].sort();
  const trendPeriods = r.trend.map((o) => o.period);
  // Footnotes and revisions of the figures used; a definition change anywhere in the range shown.
  const rangeNotes = notesFor(main, [...new Set([...periods, ...trendPeriods])].sort(), idx, lang).filter(
    (n) => n.kind === 'definition',
  );
  // Each series' notes for the periods it was used in: "decisions 2023 against applications 2022"
  // notes no revision of decisions in 2022.
  const own = r.series.flatMap((s) =>
    notesFor(s, [...new Set(observations.filter((o) => o.series === s.id).map((o) => o.period))], idx, lang),
  );
  const notes = uniq([...r.notes, ...own, ...rangeNotes], (n) => n.text);
  const sources = [...new Set(facts.map((f) => f.source))];
  const answer = emptyAnswer(r.question, lang, 'claim', '');
  answer.verdict = r.verdict;
  answer.facts = facts;
  answer.trend = r.trend.map((o) => toFact(o, main, idx, lang));
  answer.change = r.change;
  answer.notes = notes;
  answer.sources = sources;
  answer.headline = m.verdict[r.verdict];
  answer.reading = `${r.series.map((s) => s.label[lang]).join(' vs ')} · ${formatPeriodSpan(periods, lang)}`;
  answer.context = { intent: 'claim', series: r.series.map((s) => s.id), periods };
  answer.text = [
    `${m.verdict[r.verdict]}. ${answer.reading}`,
    ...r.lines,
    ...notes.map((n) => n.text),
    `${sourceLine(sources, lang)}.`,
  ].join('\n');
  return answer;
}

/**
 * A claim the figures cannot check: says why and what does exist, and carries no facts, so no
 * number can be mistaken for a verdict.
 */
export function unverifiableAnswer(
  question: string,
  lang: Language,
  why: string,
  suggestions: string[] = [],
  reading: string | null = null,
): Answer {
  const m = claimMessages(lang);
  const answer = emptyAnswer(question, lang, 'claim', `${m.verdict.unverifiable}. ${why}`);
  answer.verdict = 'unverifiable';
  answer.headline = m.verdict.unverifiable;
  answer.suggestions = suggestions.slice(0, 3);
  answer.reading = reading;
  return answer;
}
