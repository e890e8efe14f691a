import type { Answer } from '../contract/answer.js';
import type { Language } from '../data/schema.js';
import { emptyAnswer, sourceLine } from './answer-base.js';
import type { DataIndex } from './data-index.js';

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
  const series = idx.series.get(`${subject}.aanvragen`) ?? idx.bySubject.get(subject)![0]!;
  const pub = idx.publications.get(ranking.publication)!;
  const subjectLabel = series.label[lang].split(' · ')[0]!;
  const names = ranking.entries.map((e) => (lang === 'nl' ? e.nl : e.en));
  const answer = emptyAnswer(question, lang, 'ranking', '');
  answer.reading = `${subjectLabel} · ${lang === 'nl' ? 'top 3 nationaliteiten (aanvragen)' : 'top 3 nationalities (applications)'} · ${year}`;
  answer.facts = ranking.entries.map((e, i) => ({
    series: series.id,
    label: `${answer.reading!.split(' · ').slice(0, 2).join(' · ')}`,
    name: {
      subject: subjectLabel,
      measure: lang === 'nl' ? 'top 3 nationaliteiten (aanvragen)' : 'top 3 nationalities (applications)',
    },
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
  const list = names.map((n, i) => `${i + 1}. ${n}`).join(', ');
  const note =
    lang === 'nl'
      ? 'De IND publiceert alleen de volgorde, geen aantallen per nationaliteit.'
      : 'The IND publishes only the order, not counts per nationality.';
  answer.notes = [{ kind: 'info', text: note }];
  answer.text = `${answer.reading}: ${list}.\n${note}\n${sourceLine([pub.title], lang)}.`;
  return answer;
}
