import type { Answer } from '../../contract/index.js';
import type { Observation, Publication, Series } from '../../data/schema.js';
import { emptyAnswer, sourceLine } from '../compose/base.js';
import { toFact } from '../compose/facts.js';
import { declineAnswer } from '../compose/fallbacks.js';
import { changeText } from '../compose/figures.js';
import { quoteSentence } from '../compose/quote.js';
import { formatPeriod, formatRelative, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import { hasMarker, type Query } from '../understand/query.js';
import { type Answerer, type Ctx, seriesOf } from './context.js';
import { accounting, gate } from './gate.js';

/** The year an annual publication reports on: Jaarcijfers 2023 -> 2023. */
const reportYear = (p: Publication): string | null =>
  p.kind === 'annual' ? (/(?:19|20)\d\d/.exec(p.id)?.[0] ?? null) : null;

/**
 * The value a given publication printed ("Wat stond er in Jaarcijfers 2023 over familie en gezin
 * 2023?", "as first published"), with today's value and the difference beside it; or, when the
 * question asks for the current figure ("Jaarcijfers 2023 said 45,640 ...; what is the current
 * figure?"), today's value with the printed one beside it.
 */
export const asPublished: Answerer = {
  name: 'as published',
  answer(q, ctx) {
    const named = q.publication?.publication ?? null;
    const first = hasMarker(q, 'firstPublished');
    if (!named && !first) return null;
    const r = seriesOf(q, ctx);
    if (!r.ok) return null;
    const { idx } = ctx;
    const series = r.best.series;
    const wanted = q.periods.mentions[0]?.period ?? (named ? reportYear(named) : null);
    const period =
      wanted ??
      (named
        ? [...idx.observations(series.id)]
            .reverse()
            .find((o) => idx.revisions(series.id, o.period).some((x) => x.publication === named.id))?.period
        : idx.observations(series.id).at(-1)?.period);
    if (!period) return null;
    const history = idx.revisions(series.id, period);
    const printed = named ? history.find((o) => o.publication === named.id) : history[history.length - 1];
    const m = messages(q.lang);
    if (!printed) {
      if (!named) return null;
      const where = history.map((o) => idx.publicationTitle(o.publication));
      const label = `${series.label[q.lang]} ${formatPeriod(period, q.lang)}`;
      return declineAnswer(q.text.original, q.lang, m.notInPublication(named.title, label, where), idx);
    }
    const current = history[0]!;
    const wantsCurrent = (hasMarker(q, 'current') || hasMarker(q, 'latest')) && !first;
    // "Wat stond er in Jaarcijfers 2023, en wat is het nu?": both figures asked, both given. One
    // who quotes the old number ("stond 7.270; wat is het nu?") asks only the current one.
    const both = wantsCurrent && hasMarker(q, 'asPublished') && q.quantities.length === 0;
    const answer = wantsCurrent
      ? currentAnswer(q, series, printed, current, ctx, both)
      : publishedAnswer(q, series, printed, current, ctx);
    return gate(
      q,
      answer,
      accounting(r.best.used, ['asPublished', 'firstPublished', 'current', 'latest', 'quote', 'rounded'], {
        publication: true,
        quantities: wantsCurrent,
      }),
      ctx,
    );
  },
};

function publishedAnswer(
  q: Query,
  series: Series,
  printed: Observation,
  current: Observation,
  ctx: Ctx,
): Answer {
  const { idx } = ctx;
  const { lang } = q;
  const m = messages(lang);
  const fact = toFact(printed, series, idx, lang);
  const title = fact.source;
  const now = idx.publicationTitle(current.publication);
  const v = (o: Observation) => formatValue(o.value, series.unit, lang);
  const period = formatPeriod(printed.period, lang);
  const answer = emptyAnswer(q.text.original, lang, 'value', '');
  answer.facts = [fact];
  answer.headline = v(printed);
  answer.reading = `${series.label[lang]} · ${period} · ${title}`;
  answer.sources = [title];
  answer.context = { intent: 'value', series: [series.id], periods: [printed.period] };
  answer.quote = quoteSentence(series, printed.period, printed.value, title, lang);
  let comparison: string;
  if (current.publication === printed.publication) comparison = m.alsoCurrent;
  else if (current.value === printed.value) comparison = m.sameSince(now);
  else {
    // Counted under a new definition since: a definition change, not a revision.
    const b = idx.redefinition(series, printed, current);
    const change = delta(printed, current, series, lang);
    comparison = b
      ? m.redefinedTo(now, v(current), change, b.note[lang])
      : m.revisedTo(now, v(current), change);
    answer.notes = [
      b ? { kind: 'definition', text: comparison, until: b.until } : { kind: 'revision', text: comparison },
    ];
  }
  answer.text = [
    m.asPublished(series.label[lang], period, title, v(printed)),
    comparison,
    `${sourceLine([title], lang)}.`,
  ].join('\n');
  return answer;
}

/** The current figure, with what the named publication printed beside it. */
function currentAnswer(
  q: Query,
  series: Series,
  printed: Observation,
  current: Observation,
  ctx: Ctx,
  withPrinted: boolean,
): Answer {
  const { idx } = ctx;
  const { lang } = q;
  const m = messages(lang);
  const fact = toFact(current, series, idx, lang);
  const v = (o: Observation) => formatValue(o.value, series.unit, lang);
  const answer = emptyAnswer(q.text.original, lang, 'value', '');
  // The current figure first: it is the answer; the printed one is the history asked beside it.
  answer.facts =
    withPrinted && printed.publication !== current.publication
      ? [fact, toFact(printed, series, idx, lang)]
      : [fact];
  answer.headline = v(current);
  answer.reading = `${series.label[lang]} · ${formatPeriod(current.period, lang)}`;
  answer.sources = [...new Set(answer.facts.map((f) => f.source))];
  answer.context = { intent: 'value', series: [series.id], periods: [current.period] };
  answer.quote = quoteSentence(series, current.period, current.value, fact.source, lang);
  const title = idx.publicationTitle(printed.publication);
  const b = current.value === printed.value ? undefined : idx.redefinition(series, printed, current);
  const change = delta(printed, current, series, lang);
  const note =
    current.value === printed.value
      ? m.sameSince(fact.source)
      : b
        ? m.currentAfterRedefined(title, v(printed), fact.source, v(current), change, b.note[lang])
        : m.currentAfter(title, v(printed), fact.source, v(current), change);
  answer.notes = [b ? { kind: 'definition', text: note, until: b.until } : { kind: 'revision', text: note }];
  answer.text = [`${answer.reading}: ${v(current)}.`, note, `${sourceLine(answer.sources, lang)}.`].join(
    '\n',
  );
  return answer;
}

function delta(from: Observation, to: Observation, series: Series, lang: Query['lang']): string {
  const a = from.value ?? 0;
  const b = to.value ?? 0;
  if (series.unit === 'percent' || a === 0) return changeText(a, b, series.unit, lang);
  return changeText(a, b, series.unit, lang).replace(
    /\([^)]*\)$/,
    `(${formatRelative((b - a) / a, lang, true)})`,
  );
}
