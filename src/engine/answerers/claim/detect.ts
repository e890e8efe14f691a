import type { Query } from '../../understand/query.js';

const STATES_WORDS = new Set(['up', 'down', 'stable', 'highest', 'lowest', 'more', 'less']);

/**
 * Is this a claim to check rather than a question? Marked ("klopt het dat", "fact-check:", "is it
 * true that"), or a declarative sentence with a finite verb that states a number, a change, a
 * share or a record. A question ("?", a question word or a verb first) or a command ("toon",
 * "compare") is not, however much it states.
 */
export function isClaim(q: Query): boolean {
  if (markedAsClaim(q)) return true;
  if (q.questionForm || commandOrVerbFirst(q)) return false;
  const words = q.tokens.filter((t) => t.kind !== 'separator').length;
  if (words < 4 || words > 60) return false;
  const states =
    q.quantities.length > 0 ||
    q.shares.length > 0 ||
    q.multiples.length > 0 ||
    q.fractions.length > 0 ||
    q.claims.some((c) => STATES_WORDS.has(c.value)) ||
    // "Turken vormden de tweede groep": a nationality's place in a top 3.
    (q.refusals.some((r) => r.value === 'nationality') && q.tokens.some((_, i) => q.view.has(i, 'ordinal')));
  if (!states) return false;
  // A verb: a finite verb, or a word of change that is one ("fell by half", "verdubbelde").
  // "were granted a permit", "kregen een vergunning": a verb of receiving is a verb too.
  const granting = (i: number) =>
    q.view
      .senses(i)
      .some(
        (s) => (s.kind === 'grant' && s.part === 'verbs') || (s.kind === 'marker' && s.marker === 'granted'),
      );
  // "Nooit eerder waren er zoveel ... als in 2021.": a record said of a period, ended as a statement.
  const last = q.tokens[q.tokens.length - 1];
  const statedRecord =
    last?.text === '.' &&
    q.periods.mentions.length > 0 &&
    q.claims.some((c) => c.value === 'highest' || c.value === 'lowest');
  const verb =
    statedRecord ||
    q.tokens.some((_, i) => q.view.has(i, 'verb') || granting(i)) ||
    q.multiples.length > 0 ||
    q.claims.some((c) => c.value === 'up' || c.value === 'down' || c.value === 'stable');
  // Headline style without a verb: "16% fewer applications than in 2023", "Zo'n 40.000 eerste
  // asielaanvragen in 2023", "Kennis & Talent: ruim 20.000 aanvragen": a hedged number, or one
  // that heads the series it counts, is stated, not asked.
  const headline =
    (q.quantities.some((x) => x.unit === 'percent') &&
      q.claims.some((c) => c.value === 'more' || c.value === 'less')) ||
    q.quantities.some((x) => x.hedge !== 'exact' || q.view.dom[q.view.next(x.end - 1)] !== undefined);
  return verb || headline;
}

/** "Toon ...", "Compare ...", "Waren er ...", "Did ...": a request or a question, not a statement. */
function commandOrVerbFirst(q: Query): boolean {
  const first = q.view.next(-1);
  if (first >= q.view.length) return false;
  // "There were fewer ...": the verb comes second, after its stand-in subject.
  if (q.view.text(first) === 'there') return false;
  const senses = q.view.senses(first);
  return senses.some(
    (s) =>
      (s.kind === 'marker' && ['show', 'comparison', 'help', 'series', 'ranking'].includes(s.marker)) ||
      (s.kind === 'verb' && !q.periods.mentions.some((m) => m.start === first)),
  );
}

/**
 * "Klopt het dat ...", "Fact-check: ...", "..., klopt dat?": a claim marker at the start or the end
 * of the text. The same words inside a long story ("I can't check") mark nothing.
 */
function markedAsClaim(q: Query): boolean {
  const words = q.tokens.map((t, i) => (t.kind === 'separator' ? -1 : i)).filter((i) => i >= 0);
  const head = new Set(words.slice(0, 3));
  const tail = new Set(words.slice(-4));
  return q.markers.some((m) => m.value === 'claim' && (head.has(m.start) || tail.has(m.end - 1)));
}
