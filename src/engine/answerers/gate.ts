import type { Answer } from '../../contract/index.js';
import type { Series } from '../../data/schema.js';
import { emptyAnswer } from '../compose/base.js';
import type { MarkerKind } from '../lexicon/types.js';
import { messages } from '../messages/index.js';
import { questionFor } from '../suggestions.js';
import { type Accounting, stem, unexplainedWords } from '../understand/ledger.js';
import type { ConceptHit, Query } from '../understand/query.js';
import { fold } from '../understand/text.js';
import type { Ctx } from './context.js';

/**
 * The rule that makes a number safe to print: an answer carries figures only when the reading
 * explains every word of the question and every period it names. Otherwise it becomes a question
 * back that shows the reading, its figure and the words it could not place, with the figure's own
 * question as the first suggestion (a false alarm costs one click).
 */
export function gate(q: Query, answer: Answer, acc: Accounting, ctx: Ctx): Answer {
  const words = unexplainedWords(q, acc);
  const missing = words.length === 0 ? uncoveredPeriods(q, answer) : [];
  if (words.length === 0 && missing.length === 0) return answer;
  const m = messages(q.lang);
  const unplaced = words.length > 0 ? words : missing;
  const out = emptyAnswer(
    q.text.original,
    q.lang,
    'clarification',
    m.unplaced(answer.reading ?? '', answer.headline, unplaced),
  );
  out.reading = answer.reading;
  out.unexplained = unplaced;
  out.suggestions = suggestionsFor(answer, ctx, q.lang);
  return out;
}

/** The words of a series' name in both languages, folded: what the figure itself is called. */
export function labelWords(...series: Series[]): Set<string> {
  const out = new Set<string>();
  for (const s of series)
    for (const label of [s.label.nl, s.label.en])
      for (const w of fold(label).split(/[^\p{L}\p{N}&-]+/u)) if (w) out.add(stem(w));
  return out;
}

/** What an answer of this series accounts for: the phrases its resolution used, and these markers. */
export const accounting = (
  concepts: Iterable<ConceptHit>,
  markers: MarkerKind[],
  extra: Partial<Accounting> = {},
): Accounting => ({
  concepts: new Set(concepts),
  markers: new Set(markers),
  ...extra,
});

/**
 * Periods the question names that the answer's figures do not cover: "from December 2024 to
 * December 2025" answered without December 2024 is caught here, whatever the cause.
 */
function uncoveredPeriods(q: Query, answer: Answer): string[] {
  if (answer.facts.length === 0 || answer.kind === 'ranking' || answer.kind === 'claim') return [];
  const have = new Set(answer.facts.flatMap((f) => [f.period, ...(f.derived?.periods ?? [])]));
  const covered = (p: string) =>
    [...have].some((h) => h === p || h.startsWith(`${p}-`) || (p.length === 7 && h === p.slice(0, 4)));
  const out: string[] = [];
  for (const m of q.periods.mentions) if (!covered(m.period)) out.push(m.period);
  const r = q.periods.range;
  if (r && answer.kind !== 'value' && !covered(r.from) && answer.notes.every((n) => n.kind !== 'period'))
    out.push(r.from);
  return out;
}

/** The questions that give exactly this answer's figures: its own reading first. */
function suggestionsFor(answer: Answer, ctx: Ctx, lang: Query['lang']): string[] {
  const c = answer.context;
  if (!c || c.series.length === 0) return answer.suggestions.slice(0, 3);
  const series = ctx.idx.series.get(c.series[0]!);
  if (!series) return [];
  if (c.periods.length <= 1) return [questionFor(series, c.periods[0] ?? null, lang)];
  const first = c.periods[0]!;
  const last = c.periods[c.periods.length - 1]!;
  return [`${questionFor(series, null, lang)} ${first} - ${last}`, questionFor(series, last, lang)];
}
