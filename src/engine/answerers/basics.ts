import { declineAnswer, helpAnswer } from '../compose/fallbacks.js';
import { messages } from '../messages/index.js';
import { unexplainedTokens } from '../understand/ledger.js';
import { hasMarker, type Query } from '../understand/query.js';
import { originalSlice } from '../understand/text.js';
import { isClaim } from './claim/detect.js';
import { type Answerer, namesSubject } from './context.js';
import { accounting } from './gate.js';

/** Nothing asked, or "help" / "wat kan ik vragen?" with nothing about the figures beside it. */
export const help: Answerer = {
  name: 'help',
  answer(q) {
    const words = q.tokens.filter((t) => t.kind !== 'separator');
    const empty = words.length === 0;
    // Help only when nothing else is said: "can anyone help" inside a long story is not a request.
    const onlyHelp =
      hasMarker(q, 'help') &&
      !hasMarker(q, 'revision') &&
      q.concepts.length === 0 &&
      !q.periods.mentioned &&
      unexplainedTokens(q, accounting([], ['help'])).length === 0;
    return empty || onlyHelp ? helpAnswer(q.text.original, q.lang) : null;
  },
};

/**
 * What the IND does not publish (another country, a city, gender, forecasts, fees, ...) and
 * attempts to steer the bot: declined, naming the word. A claim about such a thing is left to the
 * claim answerer, which calls it unverifiable.
 */
export const refuse: Answerer = {
  name: 'refuse',
  answer(q, ctx) {
    const m = messages(q.lang);
    if (hasMarker(q, 'injection')) return declineAnswer(q.text.original, q.lang, m.injection, ctx.idx);
    if (isClaim(q)) return null;
    const hit = refusalHit(q);
    if (hit) {
      const words = originalSlice(q.text, q.tokens[hit.start]!.start, q.tokens[hit.end - 1]!.end);
      const text =
        hit.value === 'nationality'
          ? `${m.refusal('nationality', words)} ${m.nationality}`
          : m.refusal(hit.value, words);
      const answer = declineAnswer(q.text.original, q.lang, text, ctx.idx);
      answer.unexplained = [words];
      answer.context = {
        intent: 'not_found',
        series: [],
        periods: q.periods.mentions.map((x) => x.period),
        refusal: hit.value,
      };
      return answer;
    }
    // "en in 2024?" after a declined question: declined alike, not answered for the total.
    const refused = q.context?.refusal;
    if (refused && !namesSubject(q)) {
      const answer = declineAnswer(q.text.original, q.lang, m.followUpDeclined(refused), ctx.idx);
      answer.context = { ...q.context!, periods: q.periods.mentions.map((x) => x.period) };
      return answer;
    }
    return null;
  },
};

/** A refused word that no catalogue phrase explains ("alleenstaande minderjarigen" is a subject). */
export function refusalHit(q: Query) {
  // A describing word ("alleenstaande minderjarigen") is the subject only beside another of its names.
  const named = new Set(
    q.concepts.flatMap((c) =>
      c.match.senses.flatMap((s) => (s.kind === 'subject' && !s.beside ? [s.id] : [])),
    ),
  );
  const covered = (i: number) =>
    q.view.dom[i]?.senses.some((s) => s.kind !== 'subject' || !s.beside || named.has(s.id)) ?? false;
  return q.refusals.find((r) => {
    for (let i = r.start; i < r.end; i++) if (covered(i)) return false;
    // A nationality in a top-3 question is what the ranking answers.
    return !(r.value === 'nationality' && hasMarker(q, 'ranking'));
  });
}
