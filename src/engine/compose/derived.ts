import type { Answer, Fact } from '../../contract/index.js';
import type { Language, Observation, Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatNumber, formatPeriod, formatPeriodSpan, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import { emptyAnswer, sourceLine } from './base.js';
import { notesFor, toFact } from './facts.js';
import { changeText } from './figures.js';

/** Counts that flow in over a period add up over months; stocks (open cases) and rates do not. */
export const isStock = (s: Series) => s.measure === 'in-behandeling' || s.measure.startsWith('open-');
export const isFlow = (s: Series) => !isStock(s) && (s.unit === 'count' || s.unit === 'eur');

/** "2025-01/2025-03": a derived figure's period, the span it was computed over. */
const spanPeriod = (periods: string[]) =>
  periods.length === 1 ? periods[0]! : `${periods[0]}/${periods[periods.length - 1]}`;

function derivedAnswer(
  question: string,
  lang: Language,
  series: Series,
  parts: Observation[],
  idx: DataIndex,
  method: 'sum' | 'mean',
  period: string,
  value: number,
): Answer {
  const m = messages(lang);
  const facts = parts.map((o) => toFact(o, series, idx, lang));
  const sources = [...new Set(facts.map((f) => f.source))];
  const derived: Fact = {
    series: series.id,
    label: series.label[lang],
    name: series.name[lang],
    period,
    value,
    unit: series.unit,
    source: sources.join(', '),
    derived: { method, periods: facts.map((f) => f.period) },
  };
  const answer = emptyAnswer(question, lang, 'value', '');
  const span = formatPeriodSpan(
    facts.map((f) => f.period),
    lang,
  );
  answer.facts = [derived, ...facts];
  answer.sources = sources;
  answer.reading = `${series.label[lang]} · ${span} · ${method === 'sum' ? m.total : m.perMonth}`;
  answer.context = { intent: 'value', series: [series.id], periods: facts.map((f) => f.period) };
  answer.trend = facts;
  const digits = method === 'mean' ? 1 : 0;
  answer.headline =
    series.unit === 'count' ? formatNumber(value, lang, digits) : formatValue(value, series.unit, lang);
  const total = parts.reduce((s, o) => s + (o.value ?? 0), 0);
  const listed = facts
    .map((f) => `${formatPeriod(f.period, lang)} ${formatValue(f.value as number, series.unit, lang)}`)
    .join(' + ');
  const body =
    method === 'sum'
      ? m.sum(series.label[lang], span, answer.headline, listed)
      : m.mean(
          series.label[lang],
          span,
          answer.headline,
          formatValue(total, series.unit, lang),
          parts.reduce((n, o) => n + (o.period.length === 4 ? 12 : 1), 0),
        );
  answer.notes = [
    // A mean over annual figures divides the year's total, not monthly figures: say so.
    {
      kind: 'derived',
      text: m.derivedNote(
        method === 'mean' && parts.some((o) => o.period.length === 4) ? 'annualMean' : method,
      ),
    },
    ...notesFor(
      series,
      facts.map((f) => f.period),
      idx,
      lang,
    ),
  ];
  answer.text = [body, ...answer.notes.map((n) => n.text), `${sourceLine(sources, lang)}.`].join('\n');
  return answer;
}

/** A part of a year added up from its published months ("Q1 2025 in totaal"); null for a stock or rate. */
export function buildSum(
  question: string,
  lang: Language,
  series: Series,
  months: Observation[],
  idx: DataIndex,
): Answer | null {
  if (!isFlow(series) || months.some((o) => typeof o.value !== 'number')) return null;
  const total = months.reduce((s, o) => s + (o.value as number), 0);
  return derivedAnswer(
    question,
    lang,
    series,
    months,
    idx,
    'sum',
    spanPeriod(months.map((o) => o.period)),
    total,
  );
}

/** The mean per month over published months ("gemiddeld per maand in 2025"). */
export function buildMean(
  question: string,
  lang: Language,
  series: Series,
  months: Observation[],
  idx: DataIndex,
): Answer | null {
  if (series.unit === 'percent' || months.length === 0 || months.some((o) => typeof o.value !== 'number'))
    return null;
  // A year's figure is twelve months' worth.
  const count = months.reduce((n, o) => n + (o.period.length === 4 ? 12 : 1), 0);
  if (count < 2 || (isStock(series) && months.some((o) => o.period.length === 4))) return null;
  const total = months.reduce((s, o) => s + (o.value as number), 0);
  const mean = Math.round((total / count) * 10) / 10;
  return derivedAnswer(
    question,
    lang,
    series,
    months,
    idx,
    'mean',
    spanPeriod(months.map((o) => o.period)),
    mean,
  );
}

/** Two parts of a year, each added up from its months, set against each other ("Q1 vs Q2 2025"). */
export function buildSumComparison(
  question: string,
  lang: Language,
  series: Series,
  first: Observation[],
  second: Observation[],
  idx: DataIndex,
): Answer | null {
  const a = buildSum(question, lang, series, first, idx);
  const b = buildSum(question, lang, series, second, idx);
  if (!a || !b) return null;
  const m = messages(lang);
  const [sa, sb] = [a.facts[0]!, b.facts[0]!] as const;
  const [va, vb] = [sa.value as number, sb.value as number];
  const months = [...a.facts.slice(1), ...b.facts.slice(1)];
  const span = (f: Fact) => formatPeriodSpan(f.derived!.periods, lang);
  const answer = emptyAnswer(question, lang, 'comparison', '');
  answer.facts = [sa, sb, ...months];
  answer.sources = [...new Set([...a.sources, ...b.sources])];
  answer.change = {
    from: sa.period,
    to: sb.period,
    absolute: vb - va,
    relative: va === 0 ? null : (vb - va) / va,
  };
  answer.headline = changeText(va, vb, series.unit, lang);
  answer.reading = `${series.label[lang]} · ${span(sa)} · ${span(sb)} · ${m.total}`;
  answer.context = { intent: 'comparison', series: [series.id], periods: months.map((f) => f.period) };
  answer.trend = months;
  const v = (x: number) => formatValue(x, series.unit, lang);
  answer.notes = [...new Map([...a.notes, ...b.notes].map((n) => [n.text, n])).values()];
  const body = m.comparison(series.label[lang], v(va), span(sa), v(vb), span(sb), answer.headline);
  answer.text = [body, ...answer.notes.map((n) => n.text), `${sourceLine(answer.sources, lang)}.`].join('\n');
  return answer;
}
