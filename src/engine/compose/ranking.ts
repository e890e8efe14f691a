import type { Answer } from '../../contract/index.js';
import type { Language } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { messages } from '../messages/index.js';
import { emptyAnswer, sourceLine } from './base.js';

/** The top-3 nationalities of a category and year, as published. */
export function buildRanking(
  question: string,
  lang: Language,
  subject: string,
  year: string,
  idx: DataIndex,
): Answer | null {
  const ranking = idx.ranking(subject, year);
  if (!ranking) return null;
  const m = messages(lang);
  const series = idx.series.get(`${subject}.aanvragen`) ?? idx.bySubject.get(subject)![0]!;
  const pub = idx.publications.get(ranking.publication)!;
  const name = { subject: series.name[lang].subject, measure: m.rankingLabel };
  const names = ranking.entries.map((e) => e[lang]);
  const answer = emptyAnswer(question, lang, 'ranking', '');
  answer.reading = `${name.subject} · ${name.measure} · ${year}`;
  answer.facts = ranking.entries.map((e, i) => ({
    series: series.id,
    label: `${name.subject} · ${name.measure}`,
    name,
    period: year,
    value: names[i]!,
    unit: 'rank' as const,
    rank: e.rank,
    source: pub.title,
    file: `data/${pub.file}`,
    line: e.line,
  }));
  answer.sources = [pub.title];
  answer.headline = names[0]!;
  answer.context = { intent: 'ranking', series: [series.id], periods: [year] };
  answer.notes = [{ kind: 'info', text: m.rankingNote }];
  const list = names.map((n, i) => `${i + 1}. ${n}`).join(', ');
  answer.text = `${answer.reading}: ${list}.\n${m.rankingNote}\n${sourceLine([pub.title], lang)}.`;
  return answer;
}
