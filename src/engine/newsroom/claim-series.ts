import type { Series } from '../../data/schema.js';
import type { ConceptMatch } from '../concepts.js';
import type { DataIndex } from '../data-index.js';
import type { Candidate } from '../resolve.js';
import { figureAt, latestPeriod } from './claim-figures.js';
import type { Assertion } from './claim-read.js';
import { judgeLevel } from './tolerance.js';

const WEAK = new Set(['aantal', 'totaal', 'procedures']);

/** Words that say which published rate a percentage is. */
const RATE_WORDS: Record<string, RegExp> = {
  tijdigheid:
    /\b(op tijd|tijdig\w*|binnen de (wettelijke )?termijn|on time|in time|within the (legal )?(time limit|deadline))\b/,
  inwilligingen:
    /\b(ingewilligd|inwilliging\w*|toegekend|positief|goedgekeurd|granted|approved|approval|accepted|positive)\b/,
  gegrond: /\b(gegrond\w*|well-founded|upheld)\b/,
};

/** Words for cases still waiting: "lagen eind 2024 op de plank", "were still waiting", "backlog". */
const STOCK =
  /\b(lagen|lag er|liggen|op de plank|op de stapel|stonden open|staan open|openstonden|nog open|wachtten|wachtend|onbeslist|waiting|pending|backlog|achterstand|stuwmeer|still open|undecided)\b/;

/**
 * The series a claim is about. When it names a subject but no measure, the engine's default (the
 * applications) may not be what the sentence counts: words for open cases pick the open cases, and
 * a stated number that only one of the subject's other series matches picks that series.
 */
export function claimSeries(
  best: Candidate,
  matches: ConceptMatch[],
  text: string,
  assertions: Assertion[],
  target: string | null,
  idx: DataIndex,
): Series {
  // "zaken", "aantal", "cases" name no measure of their own: the subject's default stands in.
  const measures = matches.flatMap((m) => (m.concept.type === 'measure' ? [m.concept.id] : []));
  const named = measures.some((m) => !WEAK.has(m) || m === best.series.measure);
  // A claimed percentage of a count ("op tijd op 3 procent van de aanvragen"): the subject's own rate.
  const percentClaimed = assertions.some((a) => a.kind === 'level' && a.q.unit === 'percent');
  if (percentClaimed && best.series.unit !== 'percent') {
    const rates = (idx.bySubject.get(best.series.subject) ?? []).filter((s) => s.unit === 'percent');
    const byWord = rates.find((s) => RATE_WORDS[s.measure]?.test(text));
    if (byWord) return byWord;
    if (rates.length === 1) return rates[0]!;
  }
  if (best.measureNamed && named) return best.series;
  const siblings = (idx.bySubject.get(best.series.subject) ?? []).filter((s) => s.id !== best.series.id);
  const pending = siblings.find((s) => s.measure === 'in-behandeling');
  if (pending && STOCK.test(text)) return pending;
  const levels = assertions.filter((a): a is Extract<Assertion, { kind: 'level' }> => a.kind === 'level');
  if (levels.length === 0) return best.series;
  const holds = (s: Series) => {
    const period = target ?? latestPeriod(idx, s);
    const fig = period ? figureAt(idx, s, period) : null;
    return (
      !!fig &&
      levels.every(
        (a) =>
          judgeLevel(a.q.value, fig.value, a.q.hedge, a.q.digits, s.unit === 'percent').verdict === 'true',
      )
    );
  };
  if (holds(best.series)) return best.series;
  const matching = siblings.filter((s) => s.unit === best.series.unit && holds(s));
  return matching.length === 1 ? matching[0]! : best.series;
}
