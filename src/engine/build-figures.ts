import type { Answer, Fact, Note } from '../contract/answer.js';
import type { Language, Observation, Series } from '../data/schema.js';
import { emptyAnswer, sourceLine } from './answer-base.js';
import type { DataIndex } from './data-index.js';
import { notesFor, toFact } from './facts.js';
import { formatChange, formatPeriod, formatPeriodSpan, formatRelative, formatValue } from './format.js';
import { quoteSentence, wantsQuote, wantsRounded } from './newsroom/quote.js';

export interface FigureRequest {
  question: string;
  lang: Language;
  series: Series;
  kind: 'value' | 'comparison' | 'series';
  observations: Observation[];
  /** Said when the question named no period and the latest was taken. */
  periodNote?: Note;
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Value, comparison and series answers: the figures, how they were read, their notes and source. */
export function buildFigures(req: FigureRequest, idx: DataIndex): Answer {
  const { lang, series } = req;
  const facts = req.observations.map((o) => toFact(o, series, idx, lang));
  const periods = facts.map((f) => f.period);
  const reading = `${series.label[lang]} · ${req.kind === 'comparison' ? periods.map((p) => formatPeriod(p, lang)).join(' vs ') : formatPeriodSpan(periods, lang)}`;
  const notes = [...(req.periodNote ? [req.periodNote] : []), ...notesFor(series, periods, idx, lang)];
  const sources = uniq(facts.map((f) => f.source));
  const answer = emptyAnswer(req.question, lang, req.kind, '');
  answer.facts = facts;
  answer.reading = reading;
  answer.notes = notes;
  answer.sources = sources;
  answer.context = { intent: req.kind, series: [series.id], periods };

  const v = (f: Fact) => formatValue(f.value as number | null, series.unit, lang);
  let body: string;
  if (req.kind === 'value') {
    const f = facts[0]!;
    answer.headline = v(f);
    answer.trend = trendAround(series, f.period, idx, lang);
    body = `${reading}: ${v(f)}${f.reason ? ` (${lang === 'nl' ? 'gepubliceerd als' : 'printed as'} "${f.reason}")` : ''}.`;
    answer.quote = quoteSentence(
      series,
      f.period,
      f.value as number | null,
      f.source,
      lang,
      wantsRounded(req.question),
    );
    // Asked for a sentence to paste ("citeerbaar", "quote", "afgerond"): show it in the reply too.
    if (wantsQuote(req.question)) body += `\n${answer.quote}`;
  } else if (req.kind === 'comparison') {
    const [a, b] = [facts[0]!, facts[facts.length - 1]!];
    if (typeof a.value === 'number' && typeof b.value === 'number') {
      const absolute = b.value - a.value;
      const relative = a.value === 0 ? null : absolute / a.value;
      answer.change = { from: a.period, to: b.period, absolute, relative };
      const rel =
        relative === null || series.unit === 'percent' ? '' : ` (${formatRelative(relative, lang)})`;
      answer.headline = `${formatChange(absolute, series.unit, lang)}${rel}`;
      body =
        lang === 'nl'
          ? `${series.label.nl}: ${v(a)} in ${formatPeriod(a.period, 'nl')} en ${v(b)} in ${formatPeriod(b.period, 'nl')}, een verschil van ${answer.headline}.`
          : `${series.label.en}: ${v(a)} in ${formatPeriod(a.period, 'en')} and ${v(b)} in ${formatPeriod(b.period, 'en')}, a change of ${answer.headline}.`;
    } else {
      body = `${series.label[lang]}: ${facts.map((f) => `${formatPeriod(f.period, lang)} ${v(f)}`).join(lang === 'nl' ? ' en ' : ' and ')}.`;
    }
  } else {
    const last = facts[facts.length - 1]!;
    answer.headline = v(last);
    const list = facts.map((f) => `${formatPeriod(f.period, lang)}: ${v(f)}`).join('; ');
    body = `${reading}. ${list}.`;
    const numeric = facts.filter((f) => typeof f.value === 'number');
    if (numeric.length >= 2) {
      const first = numeric[0]!;
      const end = numeric[numeric.length - 1]!;
      const diff = (end.value as number) - (first.value as number);
      const rel =
        first.value === 0 || series.unit === 'percent'
          ? ''
          : ` (${formatRelative(diff / (first.value as number), lang)})`;
      answer.change = {
        from: first.period,
        to: end.period,
        absolute: diff,
        relative: first.value === 0 ? null : diff / (first.value as number),
      };
      body +=
        lang === 'nl'
          ? ` Van ${formatPeriod(first.period, 'nl')} tot ${formatPeriod(end.period, 'nl')}: ${formatChange(diff, series.unit, 'nl')}${rel}.`
          : ` From ${formatPeriod(first.period, 'en')} to ${formatPeriod(end.period, 'en')}: ${formatChange(diff, series.unit, 'en')}${rel}.`;
      if (numeric.length >= 3) {
        const high = numeric.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
        const low = numeric.reduce((a, b) => ((b.value as number) < (a.value as number) ? b : a));
        body +=
          lang === 'nl'
            ? ` Hoogste: ${v(high)} (${formatPeriod(high.period, 'nl')}); laagste: ${v(low)} (${formatPeriod(low.period, 'nl')}).`
            : ` Highest: ${v(high)} (${formatPeriod(high.period, 'en')}); lowest: ${v(low)} (${formatPeriod(low.period, 'en')}).`;
      }
    }
  }
  answer.text = [body, ...notes.map((n) => n.text), `${sourceLine(sources, lang)}.`].join('\n');
  return answer;
}

/** Up to five values around a single figure, same granularity: the context its chart shows. */
function trendAround(series: Series, period: string, idx: DataIndex, lang: Language): Fact[] {
  const all = idx.observations(series.id, period.length === 4 ? 'year' : 'month');
  const at = all.findIndex((o) => o.period === period);
  if (at < 0 || all.length < 2) return [];
  const from = Math.max(0, Math.min(at - 4, all.length - 5));
  return all.slice(from, from + 5).map((o) => toFact(o, series, idx, lang));
}
