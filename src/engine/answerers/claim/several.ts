import type { Answer } from '../../../contract/index.js';
import { emptyAnswer } from '../../compose/base.js';
import { claimMessages } from '../../messages/index.js';
import type { Query } from '../../understand/query.js';
import { originalSlice } from '../../understand/text.js';
import type { Ctx } from '../context.js';

/**
 * Words that start another claim in the same text: "..., en dat ...", "... and that ...", "en ook",
 * "while", "terwijl", "maar". A cut only stands when every part names a figure and states something.
 */
const JOIN = /^(en|and)$/;
const THAT = /^(dat|that|ook|also)$/;
const CONTRAST = /^(while|whereas|but|terwijl|maar|tegelijk)$/;

/**
 * A pasted text with several claims ("... 54.780 naturalisatieaanvragen waren en dat de
 * asielaanvragen daalden"): each part that names a figure of its own and states something is a
 * claim of its own. One part, or parts that do not stand alone, stay one claim.
 */
export function splitClaims(q: Query, ctx: Ctx): Query[] {
  const cuts: number[] = [];
  q.tokens.forEach((t, i) => {
    const next = q.tokens[i + 1];
    if (t.kind === 'separator' && /^[.;!?]$/.test(t.text) && i < q.tokens.length - 1) cuts.push(i + 1);
    else if (JOIN.test(t.text) && next && THAT.test(next.text)) cuts.push(i);
    else if (CONTRAST.test(t.text) && i > 2) cuts.push(i);
  });
  if (cuts.length === 0) return [q];
  const bounds = [0, ...cuts, q.tokens.length];
  const parts: Query[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let [from, to] = [bounds[k]!, bounds[k + 1]!];
    while (
      from < to &&
      (q.tokens[from]!.kind === 'separator' ||
        JOIN.test(q.tokens[from]!.text) ||
        THAT.test(q.tokens[from]!.text) ||
        CONTRAST.test(q.tokens[from]!.text))
    )
      from++;
    if (to - from < 3) continue;
    let text = originalSlice(q.text, q.tokens[from]!.start, q.tokens[to - 1]!.end).replace(/[,;:\s]+$/u, '');
    let part = ctx.read(text);
    // "In 2025 fell ... while the rate dropped to 90%": the year said once holds for both parts.
    const year = q.periods.mentions[0];
    if (!part.periods.mentioned && year && q.periods.mentions.every((m) => m.period === year.period)) {
      text = `${text.replace(/[.!?\s]+$/u, '')} (${year.period})`;
      part = ctx.read(text);
    }
    const namesFigure = part.concepts.some((c) => c.match.senses.some((s) => s.kind === 'subject'));
    const states =
      part.quantities.length + part.multiples.length + part.fractions.length + part.shares.length > 0 ||
      part.claims.some((c) => ['up', 'down', 'stable', 'highest', 'lowest'].includes(c.value));
    if (namesFigure && states) parts.push(part);
  }
  return parts.length > 1 ? parts : [q];
}

/**
 * The verdicts of several claims: one claim answer when they agree, else a question back that
 * gives each its verdict and offers each as a question to paste on its own.
 */
export function severalClaims(q: Query, answers: Answer[], parts: Query[]): Answer {
  const verdicts = new Set(answers.map((a) => a.verdict));
  const m = claimMessages(q.lang);
  const lines = answers.map((a, i) =>
    m.part(
      i + 1,
      parts[i]!.text.original,
      m.verdict[a.verdict ?? 'unverifiable'],
      a.text.split('\n')[1] ?? '',
    ),
  );
  if (verdicts.size === 1 && answers[0]!.verdict !== 'unverifiable') {
    const first = answers[0]!;
    const merged: Answer = {
      ...first,
      question: q.text.original,
      facts: answers.flatMap((a) => a.facts),
      sources: [...new Set(answers.flatMap((a) => a.sources))],
      notes: answers.flatMap((a) => a.notes),
      text: `${m.verdict[first.verdict!]}.\n${lines.join('\n')}`,
    };
    return merged;
  }
  const out = emptyAnswer(q.text.original, q.lang, 'clarification', m.several(lines));
  out.suggestions = parts.map((p) => p.text.original).slice(0, 4);
  return out;
}
