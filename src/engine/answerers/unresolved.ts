import type { Answer } from '../../contract/index.js';
import { measureDef } from '../../data/catalog/measures.js';
import type { Series } from '../../data/schema.js';
import { clarificationAnswer, declineAnswer } from '../compose/fallbacks.js';
import { formatPeriod, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import type { Candidate, Resolution } from '../resolve/series.js';
import { questionFor, starterSuggestions } from '../suggestions.js';
import { type Accounting, unexplainedWords } from '../understand/ledger.js';
import type { Query } from '../understand/query.js';
import { originalSlice } from '../understand/text.js';
import type { Ctx } from './context.js';

/** Several series fit equally well: ask which, each with its figure and its own question. */
export function askWhich(q: Query, candidates: Candidate[] | Series[], ctx: Ctx, lead = ''): Answer {
  const wanted = q.periods.mentions.map((m) => m.period);
  const options = candidates.slice(0, 4).map((c) => {
    const series = 'series' in c ? c.series : c;
    const obs = ctx.idx.observations(series.id);
    const period =
      wanted.find((x) => obs.some((o) => o.period === x)) ??
      obs.filter((o) => o.period.length === 4).pop()?.period ??
      obs[obs.length - 1]?.period ??
      null;
    const o = period ? ctx.idx.value(series.id, period) : undefined;
    return {
      label: `${series.label[q.lang]}${period ? ` ${formatPeriod(period, q.lang)}` : ''}`,
      value: o ? formatValue(o.value, series.unit, q.lang) : '-',
      question: questionFor(series, period, q.lang),
    };
  });
  return clarificationAnswer(q.text.original, q.lang, options, lead);
}

const words = (q: Query, hits: { match: { start: number; end: number } }[]) =>
  hits.map((h) => originalSlice(q.text, q.tokens[h.match.start]!.start, q.tokens[h.match.end - 1]!.end));

/** Answers a question whose series could not be settled: ask, or say what is not published. */
export function unresolved(q: Query, r: Resolution & { ok: false }, ctx: Ctx, acc: Accounting): Answer {
  const m = messages(q.lang);
  const { idx } = ctx;
  const question = q.text.original;
  const subjectSeries = r.subject ? (idx.bySubject.get(r.subject) ?? []) : [];
  const subjectName = subjectSeries[0]?.name[q.lang].subject ?? '';
  const named = (hits: typeof r.missing) => {
    const list = words(q, hits ?? []);
    return list.length ? `'${list.join("', '")}': ` : '';
  };
  switch (r.reason) {
    case 'ambiguous':
      return askWhich(q, r.candidates, ctx);
    case 'measure-unavailable': {
      const measures = [
        ...new Set(
          subjectSeries.filter((s) => !measureDef(s.measure)?.age).map((s) => s.name[q.lang].measure),
        ),
      ];
      return declineAnswer(
        question,
        q.lang,
        named(r.missing) + m.notPublishedFor(subjectName, measures),
        idx,
        suggestionsFor(subjectSeries, q, ctx),
      );
    }
    case 'unit-unavailable':
      return declineAnswer(
        question,
        q.lang,
        m.noUnitFor(subjectName, m.unitWords[unitAsked(q)]),
        idx,
        suggestionsFor(subjectSeries, q, ctx),
      );
    case 'age-unavailable': {
      const buckets = subjectSeries
        .filter((s) => measureDef(s.measure)?.age)
        .map((s) => s.name[q.lang].measure);
      return declineAnswer(
        question,
        q.lang,
        m.noAgeFor(subjectName, buckets),
        idx,
        suggestionsFor(subjectSeries, q, ctx),
      );
    }
    default: {
      // Only a generic measure ("hoeveel aanvragen in 2024?"): ask which category.
      const measures = q.concepts.flatMap((c) =>
        c.match.senses.flatMap((s) => (s.kind === 'measure' ? [s.id] : [])),
      );
      if (measures.length > 0) {
        const measure = measures[0]!;
        const period = q.periods.mentions[0]?.period ?? null;
        const options = [
          'naturalisatie',
          'asiel-eerste',
          'familie-gezin',
          'kennis-talent',
          'studie',
          'spoor-4',
        ]
          .map((s) => idx.series.get(`${s}.${measure}`))
          .filter((s): s is Series => !!s)
          .slice(0, 4);
        if (options.length > 0) {
          const what = measureDef(measure)?.[q.lang] ?? measure;
          const answer = askWhich(q, options, ctx);
          answer.text = `${m.askCategory(what)} ${answer.text}`;
          void period;
          return answer;
        }
      }
      const unplaced = unexplainedWords(q, acc);
      return declineAnswer(
        question,
        q.lang,
        unplaced.length ? m.unplacedNothing(unplaced) : m.nothingMatched,
        idx,
        starterSuggestions(idx, q.lang),
      );
    }
  }
}

function unitAsked(q: Query): 'percent' | 'duration' | 'eur' | 'count' {
  for (const a of q.asks) if (a.value === 'share') return 'percent';
  for (const a of q.asks) if (a.value === 'duration') return 'duration';
  for (const a of q.asks) if (a.value === 'amount') return 'eur';
  return 'count';
}

function suggestionsFor(series: Series[], q: Query, ctx: Ctx): string[] {
  return series
    .filter((s) => !measureDef(s.measure)?.age)
    .slice(0, 3)
    .map((s) => questionFor(s, ctx.idx.periods(s.id).slice(-1)[0] ?? null, q.lang));
}
