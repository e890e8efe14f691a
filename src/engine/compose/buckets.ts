import type { Answer } from '../../contract/index.js';
import { measureDef } from '../../data/catalog/measures.js';
import type { Language, Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatPeriod, formatPeriodSpan, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import { emptyAnswer, sourceLine } from './base.js';
import { notesFor, toFact } from './facts.js';

/** The age buckets of a subject's open cases, youngest first. */
export function bucketSeries(subject: string, idx: DataIndex): Series[] {
  return (idx.bySubject.get(subject) ?? [])
    .filter((s) => measureDef(s.measure)?.age)
    .sort((a, b) => measureDef(a.measure)!.age![0] - measureDef(b.measure)!.age![0]);
}

/** Open cases by age, per month: one fact per bucket and month (a stacked chart). */
export function buildBuckets(
  question: string,
  lang: Language,
  subject: string,
  periods: string[],
  idx: DataIndex,
): Answer | null {
  const buckets = bucketSeries(subject, idx);
  const months = periods.filter((p) => buckets.some((b) => idx.value(b.id, p)));
  if (buckets.length === 0 || months.length === 0) return null;
  const facts = months.flatMap((p) =>
    buckets.flatMap((b) => {
      const o = idx.value(b.id, p);
      return o ? [toFact(o, b, idx, lang)] : [];
    }),
  );
  const m = messages(lang);
  const subjectLabel = buckets[0]!.name[lang].subject;
  const answer = emptyAnswer(question, lang, 'series', '');
  answer.reading = `${subjectLabel} · ${m.byAge} · ${formatPeriodSpan(months, lang)}`;
  answer.facts = facts;
  answer.sources = [...new Set(facts.map((f) => f.source))];
  answer.context = { intent: 'series', series: buckets.map((b) => b.id), periods: months };
  const total = idx.series.get(`${subject}.in-behandeling`);
  const lines = months.map((p) => {
    const parts = buckets.map(
      (b) =>
        `${b.name[lang].measure.replace(/^(openstaand|pending), /, '')}: ${formatValue(idx.value(b.id, p)?.value ?? null, 'count', lang)}`,
    );
    const sum = total ? idx.value(total.id, p) : undefined;
    const totalText = sum ? ` (${m.total} ${formatValue(sum.value, 'count', lang)})` : '';
    return `${formatPeriod(p, lang)}: ${parts.join('; ')}${totalText}`;
  });
  const last = months[months.length - 1]!;
  answer.headline = total ? formatValue(idx.value(total.id, last)?.value ?? null, 'count', lang) : null;
  answer.notes = notesFor(buckets[0]!, months, idx, lang).filter((n) => n.kind !== 'revision');
  answer.text = [
    `${answer.reading}.`,
    ...lines,
    ...answer.notes.map((n) => n.text),
    `${sourceLine(answer.sources, lang)}.`,
  ].join('\n');
  return answer;
}
