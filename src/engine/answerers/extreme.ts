import type { Observation } from '../../data/schema.js';
import { emptyAnswer, sourceLine } from '../compose/base.js';
import { notesFor, toFact } from '../compose/facts.js';
import { formatPeriod, formatPeriodSpan, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import { inRange } from '../understand/period-math.js';
import { hasAsk, hasClaim, type Query } from '../understand/query.js';
import { isClaim } from './claim/detect.js';
import { type Answerer, seriesOf } from './context.js';
import { accounting, gate } from './gate.js';

/** "Welke maand had de meeste ...", "in which year were there the fewest ...": the period and its figure. */
export const extreme: Answerer = {
  name: 'extreme',
  answer(q, ctx) {
    const highest = hasClaim(q, 'highest');
    const lowest = hasClaim(q, 'lowest');
    if (highest === lowest || !(hasAsk(q, 'when') || hasAsk(q, 'which')) || isClaim(q)) return null;
    const r = seriesOf(q, ctx);
    if (!r.ok) return null;
    const { series } = r.best;
    const m = messages(q.lang);
    const unit = wantsMonth(q) ? 'month' : 'year';
    let pool = ctx.idx.observations(series.id, unit).filter((o) => typeof o.value === 'number');
    const year = q.periods.mentions.find((x) => x.period.length === 4)?.period;
    if (unit === 'month' && year) pool = pool.filter((o) => o.period.startsWith(year));
    const range = q.periods.range;
    if (range) pool = pool.filter((o) => inRange(o.period, range.from, range.to));
    if (pool.length < 2) return null;
    const better = (a: Observation, b: Observation) => (highest ? a.value! > b.value! : a.value! < b.value!);
    const best = pool.reduce((a, b) => (better(b, a) ? b : a));
    const rest = pool.filter((o) => o !== best);
    const runner = rest.reduce((a, b) => (better(b, a) ? b : a));
    const lang = q.lang;
    const v = (o: Observation) => formatValue(o.value, series.unit, lang);
    const span = formatPeriodSpan([pool[0]!.period, pool[pool.length - 1]!.period], lang);
    const answer = emptyAnswer(q.text.original, lang, 'value', '');
    answer.facts = [toFact(best, series, ctx.idx, lang)];
    answer.trend = pool.map((o) => toFact(o, series, ctx.idx, lang));
    answer.sources = [...new Set(answer.trend.map((f) => f.source))];
    answer.headline = `${formatPeriod(best.period, lang)}: ${v(best)}`;
    answer.reading = `${series.label[lang]} · ${span} · ${highest ? '↑' : '↓'}`;
    answer.context = { intent: 'value', series: [series.id], periods: [best.period] };
    answer.notes = notesFor(series, [best.period], ctx.idx, lang);
    const tie =
      runner.value === best.value
        ? ` ${m.extremeRunnerUp(formatPeriod(runner.period, lang), v(runner))}`
        : '';
    answer.text = [
      `${m.extreme(highest, unit, series.label[lang], formatPeriod(best.period, lang), v(best), span)} ${m.extremeRunnerUp(formatPeriod(runner.period, lang), v(runner))}${tie ? '' : ''}`,
      ...answer.notes.map((n) => n.text),
      `${sourceLine(answer.sources, lang)}.`,
    ].join('\n');
    return gate(
      q,
      answer,
      accounting(r.best.used, ['perMonth', 'perYear'], { asks: new Set(['when', 'which']), claims: true }),
      ctx,
    );
  },
};

/** "welke maand", "in which month", or a year whose months are asked. */
function wantsMonth(q: Query): boolean {
  return q.view.tokens.some(
    (_, i) =>
      q.view.sense(i, 'periodWord')?.word === 'month' ||
      (q.view.sense(i, 'ask')?.ask === 'when' && /month|maand/.test(q.view.lex[i]?.key ?? '')),
  );
}
