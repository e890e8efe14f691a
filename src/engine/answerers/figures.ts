import type { Answer } from '../../contract/index.js';
import type { Series } from '../../data/schema.js';
import { buildMean, buildSum, buildSumComparison } from '../compose/derived.js';
import { availability, declineAnswer } from '../compose/fallbacks.js';
import { buildFigures, buildSideBySide } from '../compose/figures.js';
import { formatPeriod } from '../format.js';
import type { MarkerKind } from '../lexicon/types.js';
import { messages } from '../messages/index.js';
import type { Candidate } from '../resolve/series.js';
import { questionFor } from '../suggestions.js';
import { listJoin } from '../understand/concepts.js';
import { hasClaim, hasMarker, type Query } from '../understand/query.js';
import { type Answerer, type Ctx, followUp, seriesOf } from './context.js';
import { accounting, gate, labelWords } from './gate.js';
import { formatAsked, type Intent, selectObservations } from './select.js';
import { askWhich, unresolved } from './unresolved.js';

/** Markers a figures answer acts on. */
const HANDLED: MarkerKind[] = [
  'comparison',
  'series',
  'perMonth',
  'perYear',
  'latest',
  'current',
  'total',
  'quote',
  'rounded',
];

/** Value, comparison or trend: what the question asks of one series, read from its words. */
export function intentOf(q: Query): Intent {
  const p = q.periods;
  const direction = ['up', 'down', 'stable', 'more', 'less', 'change'].some((w) => hasClaim(q, w as never));
  if (hasMarker(q, 'comparison') || p.versus || p.yearBefore || (direction && q.questionForm))
    return 'comparison';
  if (p.mentions.length >= 2 && !hasMarker(q, 'series') && !hasMarker(q, 'perYear')) return 'comparison';
  if (hasMarker(q, 'series') || hasMarker(q, 'perYear') || p.range || hasMarker(q, 'perMonth'))
    return 'series';
  return 'value';
}

/** The ordinary answer: one series' figure, comparison or trend, or several series side by side. */
export const figures: Answerer = {
  name: 'figures',
  answer(q, ctx) {
    const r = seriesOf(q, ctx);
    if (!r.ok) {
      if (r.reason === 'ambiguous') {
        // "naturalisatie aanvragen en beslissingen 2024": measures of one subject listed.
        const measures = r.candidates.every((c) => c.listed) ? r.candidates : null;
        const listed = measures ?? listedSubjects(q, r.candidates[0]!, r.candidates.slice(1));
        const side = sideBySide(q, listed ?? r.candidates, ctx, listed !== null);
        if (side) return side;
      }
      return unresolved(q, r, ctx, accounting([], HANDLED));
    }
    const main = figuresFor(q, r.best, ctx);
    // "Dublin and safe-country applications in 2025": a second subject left unexplained by the
    // best reading is a second figure asked, when each is named by words of its own.
    if (main.kind === 'clarification' && main.unexplained?.length) {
      const listed = listedSubjects(q, r.best, r.others);
      const side = listed && sideBySide(q, listed, ctx, true);
      if (side && side.kind !== 'clarification') return side;
    }
    return main;
  },
};

/**
 * The best candidate and the best of each other subject, if no phrase names two of them and the
 * subjects are listed ("Dublin en spoor 2", "study, work and K&T", "Dublin vs track 2"): two
 * subjects in a row with nothing joining them ("studieaanvragen voor naturalisatie") ask nothing
 * clear.
 */
function listedSubjects(q: Query, best: Candidate, others: Candidate[]): Candidate[] | null {
  const bySubject = new Map([[best.series.subject, best]]);
  for (const c of others) if (!bySubject.has(c.series.subject)) bySubject.set(c.series.subject, c);
  if (bySubject.size < 2) return null;
  const subjectHits = [...bySubject.values()].map(
    (c) => new Set([...c.used].filter((h) => h.match.senses.some((s) => s.kind === 'subject'))),
  );
  const seen = new Set<unknown>();
  for (const hits of subjectHits) {
    if (hits.size === 0) return null;
    for (const h of hits) {
      if (seen.has(h)) return null;
      seen.add(h);
    }
  }
  // In the question's order: "Dublin and safe-country" lists Dublin first.
  const spans = subjectHits
    .map((hits) => [...hits].sort((a, b) => a.match.start - b.match.start))
    .map((hits) => ({ start: hits[0]!.match.start, end: hits[hits.length - 1]!.match.end }));
  const order = [...bySubject.values()].map((c, k) => ({ c, span: spans[k]! }));
  order.sort((a, b) => a.span.start - b.span.start);
  for (let k = 1; k < order.length; k++) {
    const [a, b] = [order[k - 1]!.span, order[k]!.span];
    let joined = false;
    for (let i = a.end; i < b.start && !joined; i++) joined = listJoin(q.view, i);
    if (!joined) return null;
  }
  return order.map((x) => x.c);
}

export function figuresFor(q: Query, best: Candidate, ctx: Ctx, markers: MarkerKind[] = []): Answer {
  // "e-mails ... per maand": the subject publishes that figure per month as a measure of its own.
  const perMonth = hasMarker(q, 'perMonth') ? ctx.idx.series.get(`${best.series.id}-per-maand`) : undefined;
  const series = perMonth ?? best.series;
  const m = messages(q.lang);
  const intent = intentOf(q);
  const follow = followUp(q);
  // A processing time is itself an average; "gemiddeld" asks nothing more of it.
  const inherent = /doorlooptijd|per-maand|eerste-vrije-dag/.test(series.measure);
  const average = hasMarker(q, 'average') && !inherent;
  const sel = selectObservations(series, ctx.idx, {
    intent,
    periods: q.periods,
    carried: q.periods.mentioned ? [] : (follow?.periods ?? []),
    monthly: hasMarker(q, 'perMonth') && !series.measure.endsWith('per-maand'),
    latest: q.periods.latest,
    total: hasMarker(q, 'total'),
    average,
    trend: hasMarker(q, 'series') || hasMarker(q, 'perYear'),
    today: q.today,
    lang: q.lang,
  });
  if ('missing' in sel) return missingPeriod(q, series, sel.missing, best, ctx);
  const averaged = inherent || sel.kind === 'mean';
  const acc = accounting(
    best.used,
    [
      ...HANDLED,
      ...markers,
      ...(averaged ? (['average'] as const) : []),
      ...(q.age ? (['byAge'] as const) : []),
    ],
    { claims: intent !== 'value', labels: labelWords(series), unit: series.unit },
  );
  let answer: Answer | null;
  if (sel.kind === 'sum') answer = buildSum(q.text.original, q.lang, series, sel.observations, ctx.idx);
  else if (sel.kind === 'sums')
    answer = buildSumComparison(q.text.original, q.lang, series, sel.observations, sel.other, ctx.idx);
  else if (sel.kind === 'mean')
    answer = buildMean(q.text.original, q.lang, series, sel.observations, ctx.idx);
  else {
    const only = sel.observations.length === 1 ? sel.observations[0]! : null;
    // A printed gap ("onb.") is no figure: say what was printed, give no number.
    if (only && only.value === null)
      return declineAnswer(
        q.text.original,
        q.lang,
        m.gap(series.label[q.lang], formatPeriod(only.period, q.lang), only.reason ?? '-'),
        ctx.idx,
        [questionFor(series, null, q.lang)],
      );
    answer = buildFigures(
      {
        question: q.text.original,
        lang: q.lang,
        series,
        kind: sel.kind,
        observations: sel.observations,
        ...('note' in sel && sel.note ? { periodNote: sel.note } : {}),
        quote: { shown: hasMarker(q, 'quote') || hasMarker(q, 'rounded'), rounded: hasMarker(q, 'rounded') },
      },
      ctx.idx,
    );
  }
  if (!answer) return missingPeriod(q, series, [], best, ctx);
  return gate(q, answer, acc, ctx);
}

/** The period asked is not published for this series: say what is, or offer the subject's other figures. */
function missingPeriod(q: Query, series: Series, missing: string[], best: Candidate, ctx: Ctx): Answer {
  const m = messages(q.lang);
  const asked = missing.map((x) => formatAsked(x, q.lang)).join(', ');
  // "asylum approval rate 2024": asylum named loosely, its first-applications series ends in 2020;
  // the same figure of the asylum tracks does exist.
  const loose = [...best.used].every((h) => h.match.senses.every((s) => s.kind !== 'subject' || s.loose));
  const domain = ctx.idx.bySubject.get(series.subject)?.[0]?.domain;
  if (loose && missing.length > 0) {
    const others = [...ctx.idx.series.values()].filter(
      (s) =>
        s.subject !== series.subject &&
        s.domain === domain &&
        s.measure === series.measure &&
        missing.every((p) => ctx.idx.value(s.id, p)),
    );
    if (others.length > 0)
      return askWhich(
        q,
        others,
        ctx,
        m.noPeriod(series.label[q.lang], asked, availability(series.id, ctx.idx, q.lang)),
      );
  }
  if (!best.measureNamed && missing.length > 0) {
    const siblings = (ctx.idx.bySubject.get(series.subject) ?? []).filter(
      (s) => s.id !== series.id && missing.every((p) => ctx.idx.value(s.id, p)),
    );
    if (siblings.length > 0) {
      return askWhich(q, siblings, ctx);
    }
  }
  const latest = ctx.idx.periods(series.id).slice(-1)[0] ?? null;
  return declineAnswer(
    q.text.original,
    q.lang,
    m.noPeriod(
      series.label[q.lang],
      asked || formatPeriod(q.today.slice(0, 4), q.lang),
      availability(series.id, ctx.idx, q.lang),
    ),
    ctx.idx,
    [questionFor(series, latest, q.lang)],
  );
}

/**
 * "studie vs kennis en talent 2025", "compare students and K&T applications in 2024": several
 * subjects set side by side in one period, each with the same kind of figure.
 */
function sideBySide(q: Query, candidates: Candidate[], ctx: Ctx, listed = false): Answer | null {
  if (!listed && intentOf(q) !== 'comparison' && !hasMarker(q, 'comparison')) return null;
  const figures = new Set(candidates.map((c) => c.series.id));
  if (figures.size < 2 || figures.size !== candidates.length || candidates.length > 4) return null;
  // Unless listed, several subjects with the same kind of figure: "studie vs kennis en talent".
  const subjects = new Set(candidates.map((c) => c.series.subject));
  const measures = new Set(candidates.map((c) => c.series.measure));
  if (!listed && (subjects.size < 2 || measures.size !== 1)) return null;
  if (q.periods.mentions.length > 1 || q.periods.range || q.periods.part) return null;
  const period =
    q.periods.mentions[0]?.period ??
    candidates
      .map((c) => ctx.idx.periods(c.series.id, 'year').slice(-1)[0])
      .reduce((a, b) => (a && b && a < b ? a : b));
  if (!period) return null;
  const items = candidates.map((c) => ({
    series: c.series,
    observation: ctx.idx.value(c.series.id, period),
  }));
  if (items.some((x) => !x.observation || x.observation.value === null)) return null;
  const compared = intentOf(q) === 'comparison' || hasMarker(q, 'comparison');
  const answer = buildSideBySide(q.text.original, q.lang, items as never, ctx.idx, compared);
  const used = candidates.flatMap((c) => [...c.used]);
  return gate(q, answer, accounting(used, HANDLED, { claims: true }), ctx);
}
