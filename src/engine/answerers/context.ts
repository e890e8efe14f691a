import type { Answer } from '../../contract/index.js';
import type { Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Wants } from '../resolve/pick-measure.js';
import { type Resolution, resolveSeries } from '../resolve/series.js';
import { hasAsk, hasMarker, type Query } from '../understand/query.js';

/** What every answerer is given besides the query. */
export interface Ctx {
  idx: DataIndex;
  lexicon: Lexicon;
  /** Reads another text the way this question was read (a part of a pasted text with several claims). */
  read(text: string): Query;
}

/** One way of answering; returns null when the question is not of its kind. The order is data. */
export interface Answerer {
  name: string;
  answer(q: Query, ctx: Ctx): Answer | null;
}

/** The unit and totals the wording asks for. */
export function wantsOf(q: Query): Wants {
  const unit = hasAsk(q, 'share')
    ? 'percent'
    : hasAsk(q, 'duration')
      ? 'duration'
      : hasAsk(q, 'amount')
        ? 'eur'
        : hasAsk(q, 'count')
          ? 'count'
          : null;
  return { unit, total: hasMarker(q, 'total') };
}

/** The question names a subject of its own (a follow-up names only what changes). */
export const namesSubject = (q: Query): boolean =>
  q.concepts.some((c) => !c.negated && c.match.senses.some((s) => s.kind === 'subject' || s.kind === 'tag'));

/**
 * "en in 2023?", "and for students?": a short question that leans on the previous one. Its
 * context is only used when it names no subject (period follow-up) or is short (subject follow-up).
 */
export function followUp(q: Query): { series: Series[]; periods: string[] } | null {
  const c = q.context;
  if (!c || c.series.length === 0 || c.refusal) return null;
  const words = q.tokens.filter((t) => t.kind !== 'separator').length;
  const leans =
    !namesSubject(q) || (words <= 6 && /^(en|and|what|hoe|voor|for|ook|also)$/.test(q.tokens[0]?.text ?? ''));
  if (!leans) return null;
  return { series: [], periods: c.periods };
}

const memo = new WeakMap<Query, Resolution>();

/** The series the question is about, resolved once per query. */
export function seriesOf(q: Query, ctx: Ctx): Resolution {
  const cached = memo.get(q);
  if (cached) return cached;
  const follow = followUp(q);
  const context = follow
    ? (q.context?.series ?? []).map((id) => ctx.idx.series.get(id)).filter((s): s is Series => !!s)
    : [];
  const periods = [
    ...q.periods.mentions.map((m) => m.period),
    ...(q.periods.range ? [q.periods.range.from] : []),
    ...(q.periods.part?.year ? [q.periods.part.year] : []),
  ];
  const r = resolveSeries(q.concepts, ctx.idx, {
    age: q.age ? [q.age.from, q.age.to] : null,
    context,
    periods,
    wants: wantsOf(q),
  });
  memo.set(q, r);
  return r;
}
