import type { Answer, Verdict } from '../../../contract/index.js';
import { formatPeriod, formatValue } from '../../format.js';
import { claimMessages } from '../../messages/index.js';
import type { Candidate } from '../../resolve/series.js';
import { unexplainedWords } from '../../understand/ledger.js';
import type { Query } from '../../understand/query.js';
import type { Ctx } from '../context.js';
import { accounting } from '../gate.js';
import { claimAnswer } from './compose.js';
import { figureAt, latestPeriod } from './figures.js';
import type { ClaimPeriods } from './roles.js';

/**
 * "In 2025 vroegen meer mensen een studievergunning aan dan een kennismigrantenvergunning": two
 * categories against each other in one period, never one category in two years.
 */
export function versusClaim(q: Query, candidates: Candidate[], periods: ClaimPeriods, ctx: Ctx): Answer | null {
  if (candidates.length !== 2) return null;
  const [a0, b0] = candidates as [Candidate, Candidate];
  if (a0.series.subject === b0.series.subject || a0.series.unit !== b0.series.unit) return null;
  const than = q.claims.find((c) => c.value === 'than');
  const more = q.claims.find((c) => c.value === 'more' && (!than || c.start < than.start));
  const less = q.claims.find((c) => c.value === 'less' && (!than || c.start < than.start));
  if (!than || (!more && !less) || (more && less)) return null;
  // The category named before "dan"/"than" is the one said to be larger (or smaller).
  const before = (c: Candidate) => Math.min(...[...c.used].map((h) => h.match.start)) < than.start;
  const [a, b] = before(a0) && !before(b0) ? [a0, b0] : before(b0) && !before(a0) ? [b0, a0] : [null, null];
  if (!a || !b) return null;
  const acc = accounting([...a.used, ...b.used], ['claim', 'comparison'], { claims: true, quantities: true });
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
  const words = q.view.tokens.slice((more ?? less)!.start, than.end).map((t) => t.text).join(' ');
  const line = claimMessages(lang).versus(v(fa.value), a.series.label[lang], v(fb.value), b.series.label[lang], formatPeriod(period, lang), words);
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
