import type { Answer, Verdict } from '../../../contract/index.js';
import { formatPeriod, formatValue } from '../../format.js';
import { claimMessages } from '../../messages/index.js';
import type { Candidate, Resolution } from '../../resolve/series.js';
import { unexplainedWords } from '../../understand/ledger.js';
import type { ConceptHit, Query } from '../../understand/query.js';
import type { Ctx } from '../context.js';
import { accounting, labelWords } from '../gate.js';
import { claimAnswer } from './compose.js';
import { figureAt, latestPeriod } from './figures.js';
import type { ClaimPeriods } from './roles.js';

/**
 * The categories on either side of "dan"/"than", each resolved with the measure words they share:
 * "more people applied for study than for K&T" names two subjects, not one in two years.
 */
export function sidesOfThan(
  q: Query,
  resolve: (hits: ConceptHit[]) => Resolution,
): [Candidate, Candidate] | null {
  const than = q.claims.find((c) => c.value === 'than');
  if (!than) return null;
  const isSubject = (h: ConceptHit) => h.match.senses.some((s) => s.kind === 'subject');
  const before = q.concepts.filter((h) => isSubject(h) && h.match.end <= than.start);
  const after = q.concepts.filter((h) => isSubject(h) && h.match.start >= than.end);
  if (before.length === 0 || after.length === 0) return null;
  const shared = q.concepts.filter((h) => !isSubject(h));
  const a = resolve([...before, ...shared]);
  const b = resolve([...after, ...shared]);
  if (!a.ok || !b.ok || a.best.series.measure !== b.best.series.measure) return null;
  return [a.best, b.best];
}

/**
 * "In 2025 vroegen meer mensen een studievergunning aan dan een kennismigrantenvergunning": two
 * categories against each other in one period, never one category in two years.
 */
export function versusClaim(
  q: Query,
  a0: Candidate,
  b0: Candidate,
  periods: ClaimPeriods,
  ctx: Ctx,
): Answer | null {
  if (a0.series.subject === b0.series.subject || a0.series.unit !== b0.series.unit) return null;
  const than = q.claims.find((c) => c.value === 'than');
  const more = q.claims.find((c) => c.value === 'more' && (!than || c.start < than.start));
  const less = q.claims.find((c) => c.value === 'less' && (!than || c.start < than.start));
  if (!than || (!more && !less) || (more && less)) return null;
  // The category named before "dan"/"than" (a) is the one said to be larger (or smaller) than b.
  const [a, b] = [a0, b0];
  const acc = accounting([...a.used, ...b.used], ['claim', 'asPublished', 'speaker', 'comparison'], {
    claims: true,
    sentence: true,
    quantities: true,
    labels: labelWords(a.series, b.series),
  });
  if (unexplainedWords(q, acc).length > 0) return null;
  const period = periods.target ?? latestPeriod(ctx.idx, a.series);
  if (!period) return null;
  const fa = figureAt(ctx.idx, a.series, period);
  const fb = figureAt(ctx.idx, b.series, period);
  if (!fa || !fb) return null;
  const dir = more ? 1 : -1;
  const verdict: Verdict = Math.sign(fa.value - fb.value) === dir ? 'true' : 'false';
  const { lang } = q;
  const v = (x: number) => formatValue(x, a.series.unit, lang);
  const words = q.view.tokens
    .slice((more ?? less)!.start, than.end)
    .map((t) => t.text)
    .join(' ');
  const line = claimMessages(lang).versus(
    v(fa.value),
    a.series.label[lang],
    v(fb.value),
    b.series.label[lang],
    formatPeriod(period, lang),
    words,
  );
  return claimAnswer(
    {
      question: q.text.original,
      lang,
      verdict,
      series: [a.series, b.series],
      observations: [...fa.observations, ...fb.observations],
      lines: [`${line}.`],
      notes: [],
      change: null,
      trend: [],
    },
    ctx.idx,
  );
}
