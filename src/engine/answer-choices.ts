import type { Answer, Reading } from '../contract/answer.js';
import { clarificationAnswer, notFoundAnswer } from './build-fallbacks.js';
import { buildRanking } from './build-ranking.js';
import type { DataIndex } from './data-index.js';
import type { Parsed } from './engine.js';
import { formatPeriod, formatValue } from './format.js';
import type { PeriodQuery } from './periods.js';
import type { Candidate } from './resolve.js';
import { questionFor, subjectName } from './suggestions.js';

/** Top-3 nationality questions: one category and year, or a question back when a term names two. */
export function rankingAnswer(
  p: Parsed,
  named: { id: string; weight: number }[],
  q: PeriodQuery,
  idx: DataIndex,
  follow: Reading | null,
): Answer {
  const { lang, question } = p;
  const weights = new Map<string, number>();
  for (const n of named)
    if (idx.rankingSubjects.has(n.id)) weights.set(n.id, (weights.get(n.id) ?? 0) + n.weight);
  if (weights.has('nareis-mvv') && weights.has('nareis-8evrm')) weights.delete('nareis-mvv');
  const candidates = [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const year = q.periods.find((x) => x.length === 4) ?? (q.periods[0]?.slice(0, 4) || null);
  // "family reunification" is both Family & Partner and nareis: ask rather than pick one.
  if (candidates.length >= 2 && weights.get(candidates[0]!) === weights.get(candidates[1]!)) {
    const options = candidates.slice(0, 3).map((subject) => {
      const label = idx.bySubject.get(subject)![0]!.label[lang].split(' · ')[0]!;
      const y = year ?? idx.rankingPeriods(subject).slice(-1)[0] ?? '';
      const ask = `${lang === 'nl' ? 'Top 3 nationaliteiten' : 'Top 3 nationalities'} ${subjectName(subject, lang)} ${y}`;
      return { label: `${label} ${y}`, value: 'top 3', question: ask };
    });
    return clarificationAnswer(question, lang, options);
  }
  const fromContext = follow?.series[0]?.split('.')[0];
  const subject = candidates[0] ?? (fromContext && idx.rankingSubjects.has(fromContext) ? fromContext : null);
  if (!subject) return notFoundAnswer(question, lang, { why: 'ranking', subject: null, year }, idx);
  const periods = idx.rankingPeriods(subject);
  const chosen = year ?? (q.mentioned ? null : periods[periods.length - 1]!);
  const label = idx.bySubject.get(subject)![0]!.label[lang].split(' · ')[0]!;
  if (!chosen)
    return notFoundAnswer(question, lang, { why: 'ranking', subject: label, year: p.today.slice(0, 4) }, idx);
  return (
    buildRanking(question, lang, subject, chosen, idx) ??
    notFoundAnswer(question, lang, { why: 'ranking', subject: label, year: chosen }, idx)
  );
}

/** Several series fit equally well: ask which, with a concrete question for each. */
export function clarify(p: Parsed, candidates: Candidate[], q: PeriodQuery, idx: DataIndex): Answer {
  const options = candidates.slice(0, 4).map((c) => {
    const obs = idx.observations(c.series.id);
    const period =
      q.periods.find((x) => obs.some((o) => o.period === x)) ??
      obs.filter((o) => o.period.length === 4).pop()?.period ??
      obs[obs.length - 1]?.period ??
      null;
    const o = period ? idx.value(c.series.id, period) : undefined;
    return {
      label: `${c.series.label[p.lang]}${period ? ` ${formatPeriod(period, p.lang)}` : ''}`,
      value: o ? formatValue(o.value, c.series.unit, p.lang) : '-',
      question: questionFor(c.series, period, p.lang),
    };
  });
  return clarificationAnswer(p.question, p.lang, options);
}
