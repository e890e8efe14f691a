import type { Answer, Fact, Note } from '../../contract/index.js';
import type { Language, Observation, Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatChange, formatPeriod, formatPeriodSpan, formatRelative, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import { emptyAnswer, sourceLine } from './base.js';
import { notesFor, toFact } from './facts.js';
import { quoteSentence } from './quote.js';

export interface FigureRequest {
  question: string;
  lang: Language;
  series: Series;
  kind: 'value' | 'comparison' | 'series';
  observations: Observation[];
  /** Said when the question named no period and the latest was taken, or a stock's December. */
  periodNote?: Note;
  /** A sentence to paste was asked for ("citeerbaar"), rounded or exact. */
  quote?: { shown: boolean; rounded: boolean };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** The change from a to b as the reader sees it: "+2.050 (+3,8%)", points for percentages. */
export function changeText(a: number, b: number, unit: Series['unit'], lang: Language): string {
  const absolute = b - a;
  const rel = a === 0 || unit === 'percent' ? '' : ` (${formatRelative(absolute / a, lang)})`;
  return `${formatChange(absolute, unit, lang)}${rel}`;
}

/** Value, comparison and series answers: the figures, how they were read, their notes and source. */
export function buildFigures(req: FigureRequest, idx: DataIndex): Answer {
  const { lang, series } = req;
  const m = messages(lang);
  const facts = req.observations.map((o) => toFact(o, series, idx, lang));
  const periods = facts.map((f) => f.period);
  const span =
    req.kind === 'comparison'
      ? periods.map((p) => formatPeriod(p, lang)).join(' vs ')
      : formatPeriodSpan(periods, lang);
  const reading = `${series.label[lang]} · ${span}`;
  const notes = [...(req.periodNote ? [req.periodNote] : []), ...notesFor(series, periods, idx, lang)];
  const sources = uniq(facts.map((f) => f.source));
  const answer = emptyAnswer(req.question, lang, req.kind, '');
  answer.facts = facts;
  answer.reading = reading;
  answer.notes = notes;
  answer.sources = sources;
  answer.context = { intent: req.kind, series: [series.id], periods };

  const v = (f: Fact) => formatValue(f.value as number | null, series.unit, lang);
  const at = (f: Fact) => formatPeriod(f.period, lang);
  let body: string;
  if (req.kind === 'value') {
    const f = facts[0]!;
    answer.headline = v(f);
    answer.trend = trendAround(series, f.period, idx, lang);
    body = `${reading}: ${v(f)}${f.reason ? m.printedAs(f.reason) : ''}.`;
    answer.quote = quoteSentence(
      series,
      f.period,
      f.value as number | null,
      f.source,
      lang,
      req.quote?.rounded ?? false,
    );
    if (req.quote?.shown) body += `\n${answer.quote}`;
  } else if (req.kind === 'comparison') {
    const [a, b] = [facts[0]!, facts[facts.length - 1]!];
    if (typeof a.value === 'number' && typeof b.value === 'number') {
      const absolute = b.value - a.value;
      answer.change = {
        from: a.period,
        to: b.period,
        absolute,
        relative: a.value === 0 ? null : absolute / a.value,
      };
      answer.headline = changeText(a.value, b.value, series.unit, lang);
      body = m.comparison(series.label[lang], v(a), at(a), v(b), at(b), answer.headline);
    } else body = `${series.label[lang]}: ${m.list(facts.map((f) => `${at(f)} ${v(f)}`))}.`;
  } else {
    const last = facts[facts.length - 1]!;
    // A trend's headline says which period its figure is.
    answer.headline = `${v(last)} (${at(last)})`;
    body = `${reading}. ${facts.map((f) => `${at(f)}: ${v(f)}`).join('; ')}.`;
    const numeric = facts.filter((f) => typeof f.value === 'number');
    if (numeric.length >= 2) {
      const first = numeric[0]!;
      const end = numeric[numeric.length - 1]!;
      const [x, y] = [first.value as number, end.value as number];
      answer.change = {
        from: first.period,
        to: end.period,
        absolute: y - x,
        relative: x === 0 ? null : (y - x) / x,
      };
      body += ` ${m.seriesChange(at(first), at(end), changeText(x, y, series.unit, lang))}`;
      if (numeric.length >= 3) {
        const high = numeric.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
        const low = numeric.reduce((a, b) => ((b.value as number) < (a.value as number) ? b : a));
        body += ` ${m.highLow(v(high), at(high), v(low), at(low))}`;
      }
    }
  }
  answer.text = [body, ...notes.map((n) => n.text), `${sourceLine(sources, lang)}.`].join('\n');
  return answer;
}

/** Several series in one period ("studie vs kennis en talent 2025"): one fact each, side by side. */
export function buildSideBySide(
  question: string,
  lang: Language,
  items: { series: Series; observation: Observation }[],
  idx: DataIndex,
  /** A comparison asked ("vs", "meer dan"): the headline is the difference; a listing has none. */
  difference = true,
): Answer {
  const m = messages(lang);
  const facts = items.map((x) => toFact(x.observation, x.series, idx, lang));
  const period = formatPeriod(facts[0]!.period, lang);
  const answer = emptyAnswer(question, lang, 'comparison', '');
  answer.facts = facts;
  answer.sources = uniq(facts.map((f) => f.source));
  answer.reading = `${items.map((x) => x.series.label[lang]).join(' vs ')} · ${period}`;
  answer.context = {
    intent: 'comparison',
    series: items.map((x) => x.series.id),
    periods: [facts[0]!.period],
  };
  answer.notes = items.flatMap((x) => notesFor(x.series, [x.observation.period], idx, lang));
  const v = (f: Fact, s: Series) => formatValue(f.value as number | null, s.unit, lang);
  const [a, b] = [facts[0]!, facts[facts.length - 1]!];
  if (difference && items.length === 2 && typeof a.value === 'number' && typeof b.value === 'number')
    answer.headline = changeText(b.value, a.value, items[0]!.series.unit, lang);
  const body = m.sideBySide(
    period,
    facts.map((f, i) => `${items[i]!.series.label[lang]}: ${v(f, items[i]!.series)}`),
  );
  answer.text = [body, ...answer.notes.map((n) => n.text), `${sourceLine(answer.sources, lang)}.`].join('\n');
  return answer;
}

/** Up to five values around a single figure, same granularity: the context its chart shows. */
export function trendAround(series: Series, period: string, idx: DataIndex, lang: Language): Fact[] {
  const all = idx.observations(series.id, period.length === 4 ? 'year' : 'month');
  const at = all.findIndex((o) => o.period === period);
  if (at < 0 || all.length < 2) return [];
  const from = Math.max(0, Math.min(at - 4, all.length - 5));
  return all.slice(from, from + 5).map((o) => toFact(o, series, idx, lang));
}
