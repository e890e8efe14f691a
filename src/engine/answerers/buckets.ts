import { buildBuckets } from '../compose/buckets.js';
import { inRange } from '../understand/period-math.js';
import { hasMarker } from '../understand/query.js';
import { type Answerer, seriesOf } from './context.js';
import { accounting, gate } from './gate.js';

/** "naar leeftijd", "by age": a subject's open cases split into their age buckets, per month. */
export const ageBuckets: Answerer = {
  name: 'age buckets',
  answer(q, ctx) {
    if (!hasMarker(q, 'byAge') || q.age) return null;
    const r = seriesOf(q, ctx);
    if (!r.ok) return null;
    const { series } = r.best;
    if (series.measure !== 'in-behandeling' && !series.measure.startsWith('open-')) return null;
    const months = ctx.idx.periods(`${series.subject}.in-behandeling`, 'month');
    const p = q.periods;
    const named = p.mentions.map((x) => x.period);
    const wanted = p.range
      ? months.filter((x) => inRange(x, p.range!.from, p.range!.to))
      : named.length
        ? months.filter((x) => named.some((n) => x.startsWith(n)))
        : hasMarker(q, 'perMonth')
          ? months.filter((x) => x.startsWith(months[months.length - 1]!.slice(0, 4)))
          : months.slice(-1);
    const answer = buildBuckets(q.text.original, q.lang, series.subject, wanted, ctx.idx);
    if (!answer) return null;
    return gate(
      q,
      answer,
      accounting(r.best.used, ['byAge', 'perMonth', 'series', 'latest', 'current']),
      ctx,
    );
  },
};
