import type { Answer, Verdict } from '../../../contract/index.js';
import { formatNumber, formatPeriod, formatValue } from '../../format.js';
import type { Hedge } from '../../lexicon/types.js';
import { claimMessages, messages } from '../../messages/index.js';
import type { Candidate, Resolution } from '../../resolve/series.js';
import { unexplainedWords } from '../../understand/ledger.js';
import type { ConceptHit, Query } from '../../understand/query.js';
import type { Ctx } from '../context.js';
import { accounting, labelWords } from '../gate.js';
import { claimAnswer, unverifiableAnswer } from './compose.js';
import { figureAt, latestPeriod } from './figures.js';
import { hedgeBefore } from './read.js';
import type { ClaimPeriods } from './roles.js';
import { judgeMultiple } from './tolerance.js';

/**
 * The categories on either side of "dan"/"than", each resolved with the measure words they share:
 * "more people applied for study than for K&T" names two subjects, not one in two years.
 */
export function sidesOfThan(
  q: Query,
  resolve: (hits: ConceptHit[]) => Resolution,
): [Candidate, Candidate] | null {
  const than = comparator(q);
  if (!than) return null;
  const isSubject = (h: ConceptHit) => h.match.senses.some((s) => s.kind === 'subject');
  const isMeasure = (h: ConceptHit) => !isSubject(h) && h.match.senses.some((s) => s.kind === 'measure');
  // Two subjects with the measures they share, or else ("meer besluiten dan aanvragen") two measures
  // of the subject they share.
  for (const side of [isSubject, isMeasure]) {
    const before = q.concepts.filter((h) => side(h) && h.match.end <= than.start);
    const after = q.concepts.filter((h) => side(h) && h.match.start >= than.end);
    if (before.length === 0 || after.length === 0) continue;
    const shared = q.concepts.filter((h) => !side(h));
    const a = resolve([...before, ...shared]);
    const b = resolve([...after, ...shared]);
    if (!a.ok || !b.ok) continue;
    const sameMeasure = a.best.series.measure === b.best.series.measure;
    const sameSubject = a.best.series.subject === b.best.series.subject;
    if (side === isSubject ? sameMeasure : sameSubject && !sameMeasure) return [a.best, b.best];
  }
  return null;
}

/**
 * The word the two sides are set apart by: "dan"/"than", or the "as" of "twice as many decisions as
 * applications" ("twee keer zoveel ... als" is "than" already).
 */
function comparator(q: Query): { start: number; end: number } | null {
  const than = q.claims.find((c) => c.value === 'than');
  if (than) return than;
  const multiple = multipleOf(q);
  if (!multiple) return null;
  const as = q.view.tokens.findIndex((t, i) => i >= multiple.end && t.text === 'as');
  return as < 0 ? null : { start: as, end: as + 1 };
}

/** The one multiple a claim states: "twice as many", or a number and "times" ("1,2 keer zoveel"). */
function multipleOf(q: Query): { start: number; end: number; value: number; hedge: Hedge } | null {
  const found = [
    ...q.multiples.map((m) => ({ ...m, hedge: hedgeBefore(q, m.start) })),
    ...q.quantities.flatMap((x) => {
      const times = q.claims.find((c) => c.value === 'times' && c.start === q.view.next(x.end - 1));
      return times ? [{ start: x.start, end: times.end, value: x.value, hedge: x.hedge }] : [];
    }),
  ];
  return found.length === 1 ? found[0]! : null;
}

/**
 * "In 2025 vroegen meer mensen een studievergunning aan dan een kennismigrantenvergunning": two
 * categories (or two measures of one: "more decisions than applications") against each other in
 * one period, never one series in two years.
 */
export function versusClaim(
  q: Query,
  a0: Candidate,
  b0: Candidate,
  periods: ClaimPeriods,
  ctx: Ctx,
): Answer | null {
  if (a0.series.id === b0.series.id || a0.series.unit !== b0.series.unit) return null;
  const than = comparator(q);
  const more = q.claims.find((c) => c.value === 'more' && (!than || c.start < than.start));
  const less = q.claims.find((c) => c.value === 'less' && (!than || c.start < than.start));
  const stated = multipleOf(q);
  const multiple = stated && than && stated.end <= than.start ? stated : null;
  const several = q.multiples.length + q.claims.filter((c) => c.value === 'times').length > 1;
  if (!than || several || (!multiple && ((!more && !less) || (more && less)))) return null;
  // The category named before "dan"/"than" (a) is the one said to be larger (or smaller) than b.
  const [a, b] = [a0, b0];
  // "studenten kregen meer vergunningen dan kennismigranten": permits granted are published only as
  // a rate, and two rates say nothing about which group got more permits.
  const granted = (h: ConceptHit) =>
    q.view
      .senses(h.match.start)
      .some((s) => s.kind === 'grant' || (s.kind === 'marker' && s.marker === 'granted'));
  const rateBy = (c: Candidate) =>
    [...c.used].filter((h) => h.match.senses.some((s) => s.kind === 'measure' && s.id === c.series.measure));
  if (a.series.unit === 'percent' && [...rateBy(a), ...rateBy(b)].every(granted))
    return unverifiableAnswer(q.text.original, q.lang, messages(q.lang).countOfRate);
  const acc = accounting([...a.used, ...b.used], ['claim', 'asPublished', 'speaker', 'comparison'], {
    claims: true,
    sentence: true,
    quantities: true,
    labels: labelWords(a.series, b.series),
  });
  if (unexplainedWords(q, acc).length > 0) return null;
  // "more decisions in 2024 than applications in 2023": each side in the period said on its side.
  const side = (inSide: (start: number) => boolean) => [
    ...new Set(q.periods.mentions.filter((x) => inSide(x.start)).map((x) => x.period)),
  ];
  const [before, after] = [side((i) => i < than.start), side((i) => i >= than.end)];
  if (before.length > 1 || after.length > 1 || q.periods.range) return null;
  const pa = before[0] ?? after[0] ?? periods.target ?? latestPeriod(ctx.idx, a.series);
  const pb = after[0] ?? pa;
  if (!pa || !pb) return null;
  const fa = figureAt(ctx.idx, a.series, pa);
  const fb = figureAt(ctx.idx, b.series, pb);
  // A year published as such is not set against twelve months added up: they can differ.
  if (!fa || !fb || fa.derived !== fb.derived) return null;
  const { lang } = q;
  const m = claimMessages(lang);
  const v = (x: number) => formatValue(x, a.series.unit, lang);
  const words = q.view.tokens
    .slice((multiple ?? more ?? less)!.start, than.end)
    .map((t) => t.text)
    .join(' ');
  const [fpa, fpb] = [formatPeriod(pa, lang), formatPeriod(pb, lang)];
  const labels = [
    v(fa.value),
    pa === pb ? a.series.label[lang] : `${a.series.label[lang]} (${fpa})`,
    v(fb.value),
    pa === pb ? b.series.label[lang] : `${b.series.label[lang]} (${fpb})`,
    pa === pb ? fpa : `${fpa}/${fpb}`,
  ] as const;
  let verdict: Verdict;
  let line: string;
  if (multiple) {
    // "twice as many decisions as applications": the ratio of the two, judged as any multiple.
    const ratio = fb.value === 0 ? Number.POSITIVE_INFINITY : fa.value / fb.value;
    const j = judgeMultiple(multiple.value, ratio, multiple.hedge);
    verdict = j.verdict;
    const factor = Number.isFinite(ratio) ? formatNumber(ratio, lang, 2) : '∞';
    line = m.tolerance(m.multiple(m.pair(...labels), factor, words), j.tolerance[lang]);
  } else {
    verdict = Math.sign(fa.value - fb.value) === (more ? 1 : -1) ? 'true' : 'false';
    line = `${m.versus(...labels, words)}.`;
  }
  return claimAnswer(
    {
      question: q.text.original,
      lang,
      verdict,
      series: [a.series, b.series],
      observations: [...fa.observations, ...fb.observations],
      lines: [line],
      notes: [],
      change: null,
      trend: [],
    },
    ctx.idx,
  );
}
