import type { Answer, Change, Note, Verdict } from '../../contract/answer.js';
import type { Language, Observation, Series } from '../../data/schema.js';
import { emptyAnswer, sourceLine } from '../answer-base.js';
import type { DataIndex } from '../data-index.js';
import { notesFor, toFact } from '../facts.js';
import { formatPeriodSpan } from '../format.js';

export const VERDICT_WORDS: Record<Language, Record<Verdict, string>> = {
  nl: {
    true: 'Klopt',
    roughly: 'Klopt ongeveer',
    false: 'Klopt niet',
    unverifiable: 'Niet te controleren',
  },
  en: {
    true: 'True',
    roughly: 'Roughly true',
    false: 'False',
    unverifiable: 'Cannot be verified',
  },
};

export interface ClaimResult {
  question: string;
  lang: Language;
  verdict: Exclude<Verdict, 'unverifiable'>;
  series: Series;
  /** What the verdict rests on, the claimed period first. */
  observations: Observation[];
  /** One sentence per checked assertion: the computed value and the tolerance. */
  lines: string[];
  notes: Note[];
  change: Change | null;
  /** Years around the claim, for its chart. */
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
  const { lang, series } = r;
  const observations = uniq(r.observations, (o) => o.period);
  const facts = observations.map((o) => toFact(o, series, idx, lang));
  const periods = [...new Set(facts.map((f) => f.period))].sort();
  const trendPeriods = r.trend.map((o) => o.period);
  // Footnotes and revisions of the figures used; a definition change anywhere in the range shown.
  const rangeNotes = notesFor(series, [...new Set([...periods, ...trendPeriods])].sort(), idx, lang).filter(
    (n) => n.kind === 'definition',
  );
  const notes = uniq([...r.notes, ...notesFor(series, periods, idx, lang), ...rangeNotes], (n) => n.text);
  const sources = [...new Set(facts.map((f) => f.source))];
  const answer = emptyAnswer(r.question, lang, 'claim', '');
  answer.verdict = r.verdict;
  answer.facts = facts;
  answer.trend = r.trend.map((o) => toFact(o, series, idx, lang));
  answer.change = r.change;
  answer.notes = notes;
  answer.sources = sources;
  answer.headline = VERDICT_WORDS[lang][r.verdict];
  answer.reading = `${series.label[lang]} · ${formatPeriodSpan(periods, lang)}`;
  answer.context = { intent: 'claim', series: [series.id], periods };
  answer.text = [
    `${VERDICT_WORDS[lang][r.verdict]}. ${answer.reading}`,
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
  series: Series | null = null,
): Answer {
  const answer = emptyAnswer(question, lang, 'claim', `${VERDICT_WORDS[lang].unverifiable}. ${why}`);
  answer.verdict = 'unverifiable';
  answer.headline = VERDICT_WORDS[lang].unverifiable;
  answer.suggestions = suggestions.slice(0, 3);
  if (series) answer.reading = series.label[lang];
  return answer;
}

/** What the data has for a series, in words without figures: "per jaar 2018-2025 en per maand ...". */
export function availability(series: Series, idx: DataIndex, lang: Language): string {
  const years = idx.periods(series.id, 'year');
  const months = idx.periods(series.id, 'month');
  const parts: string[] = [];
  if (years.length)
    parts.push(
      `${lang === 'nl' ? 'per jaar' : 'annual'} ${formatPeriodSpan([years[0]!, years[years.length - 1]!], lang)}`,
    );
  if (months.length)
    parts.push(
      `${lang === 'nl' ? 'per maand' : 'monthly'} ${formatPeriodSpan([months[0]!, months[months.length - 1]!], lang)}`,
    );
  return parts.join(lang === 'nl' ? ' en ' : ' and ');
}
