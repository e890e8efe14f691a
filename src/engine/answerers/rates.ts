import type { Series } from '../../data/schema.js';
import { messages } from '../messages/index.js';
import { hasMarker } from '../understand/query.js';
import { type Answerer, seriesOf, wantsOf } from './context.js';
import { askWhich } from './unresolved.js';

const COUNTS = ['beslissingen', 'aanvragen', 'ontvangen', 'procedures'];

/**
 * Rejections are not published: the approval rate and the decisions are offered, never a figure
 * that would be read as the number or share rejected.
 */
export const rejections: Answerer = {
  name: 'rejections',
  answer(q, ctx) {
    if (!hasMarker(q, 'rejected')) return null;
    const r = seriesOf(q, ctx);
    const subject = r.ok ? r.best.series.subject : r.subject;
    if (!subject) return null;
    const offer = (ctx.idx.bySubject.get(subject) ?? []).filter(
      (s) => s.measure === 'inwilligingen' || s.measure === 'beslissingen',
    );
    if (offer.length === 0) return null;
    return askWhich(q, offer, ctx, messages(q.lang).rejectionsNotPublished);
  },
};

/**
 * "Hoeveel ... ingewilligd?", "how many got a permit": a count asked where the IND publishes a
 * percentage. Asks which of the two is meant rather than pass one off as the other.
 */
export const countOfRate: Answerer = {
  name: 'count of a rate',
  answer(q, ctx) {
    const r = seriesOf(q, ctx);
    if (!r.ok || r.best.series.unit !== 'percent') return null;
    if (wantsOf(q).unit !== 'count' && !hasMarker(q, 'granted')) return null;
    if (wantsOf(q).unit === 'percent') return null;
    const siblings = ctx.idx.bySubject.get(r.best.series.subject) ?? [];
    const count = COUNTS.map((m) => siblings.find((s) => s.measure === m)).find((s): s is Series => !!s);
    return askWhich(q, count ? [r.best.series, count] : [r.best.series], ctx, messages(q.lang).countOfRate);
  },
};
