import type { Answer, Verdict } from '../../../contract/index.js';
import { buildRanking } from '../../compose/ranking.js';
import { claimMessages } from '../../messages/index.js';
import type { Query } from '../../understand/query.js';
import { originalSlice } from '../../understand/text.js';
import type { Ctx } from '../context.js';

/**
 * A claim about a nationality's place ("Syriërs vormden de grootste groep naturalisatieaanvragers
 * in 2025", "Turken waren de tweede groep"): checkable against the published top 3 of applicants.
 * A share or a count per nationality is not published: null, so the claim is declined.
 */
export function rankingClaim(q: Query, ctx: Ctx): Answer | null {
  const nationality = q.refusals.find((r) => r.value === 'nationality');
  if (!nationality) return null;
  if (q.quantities.length > 0 || q.shares.length > 0 || q.fractions.length > 0) return null;
  const v = q.view;
  let place: number | null = null;
  if (q.markers.some((m) => m.value === 'ranking')) place = 3.5;
  for (let i = 0; i < v.length && place === null; i++) {
    const ord = v.sense(i, 'ordinal')?.value;
    if (ord && ord >= 2 && ord <= 3) place = ord;
  }
  if (place === null && q.claims.some((c) => c.value === 'highest')) place = 1;
  if (place === null) return null;
  const subject = q.concepts
    .flatMap((c) => c.match.senses.flatMap((s) => (s.kind === 'subject' ? [s.id] : [])))
    .find((id) => ctx.idx.rankingSubjects.has(id));
  if (!subject) return null;
  const years = ctx.idx.rankingPeriods(subject);
  const year = q.periods.mentions.find((m) => m.period.length === 4)?.period ?? years[years.length - 1];
  if (!year || !years.includes(year)) return null;
  const ranking = buildRanking(q.text.original, q.lang, subject, year, ctx.idx);
  const published = ctx.idx.ranking(subject, year);
  if (!ranking || !published) return null;
  const word = originalSlice(q.text, q.tokens[nationality.start]!.start, q.tokens[nationality.end - 1]!.end);
  const stem = q.tokens[nationality.start]!.text.slice(0, 4);
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const entry = published.entries.find((e) => [e.nl, e.en].some((n) => fold(n).startsWith(stem)));
  const verdict: Verdict = !entry ? 'false' : place === 3.5 || entry.rank === place ? 'true' : 'false';
  const m = claimMessages(q.lang);
  const where = entry ? m.place(entry[q.lang], entry.rank) : m.notInTop(word);
  ranking.kind = 'claim';
  ranking.verdict = verdict;
  ranking.headline = m.verdict[verdict];
  ranking.context = { intent: 'claim', series: ranking.context?.series ?? [], periods: [year] };
  ranking.text = `${m.verdict[verdict]}. ${where} (${year}).\n${ranking.text}`;
  return ranking;
}
