import type { Answer } from '../../../contract/index.js';
import type { Series } from '../../../data/schema.js';
import { emptyAnswer } from '../../compose/base.js';
import { availability } from '../../compose/fallbacks.js';
import { claimMessages, messages } from '../../messages/index.js';
import { ageOf } from '../../resolve/measures.js';
import type { Wants } from '../../resolve/pick-measure.js';
import { resolveSeries } from '../../resolve/series.js';
import { questionFor } from '../../suggestions.js';
import { unexplainedWords } from '../../understand/ledger.js';
import type { Query } from '../../understand/query.js';
import { originalSlice } from '../../understand/text.js';
import { refusalHit } from '../basics.js';
import type { Answerer, Ctx } from '../context.js';
import { accounting, labelWords } from '../gate.js';
import { unresolved } from '../unresolved.js';
import type { Assertion } from './assertions.js';
import { checkClaim } from './check.js';
import { unverifiableAnswer } from './compose.js';
import { isClaim } from './detect.js';
import { rankingClaim } from './ranking.js';
import { readAssertions } from './read.js';
import { claimPeriods } from './roles.js';
import { severalClaims, splitClaims } from './several.js';
import { sidesOfThan, versusClaim } from './versus.js';

/**
 * Checks a claim against the figures: read what it asserts, find the series and periods, judge each
 * assertion within the tolerance its wording implies, and answer with the verdict, the figures used
 * and the working. A claim that cannot be read fully is unverifiable, saying what was read.
 */
export const claim: Answerer = {
  name: 'claim',
  answer(q, ctx) {
    if (!isClaim(q)) return null;
    const parts = splitClaims(q, ctx);
    if (parts.length > 1)
      return severalClaims(
        q,
        parts.map((p) => checkOne(p, ctx)),
        parts,
      );
    return checkOne(q, ctx);
  },
};

export function checkOne(q: Query, ctx: Ctx): Answer {
  const { idx } = ctx;
  const { lang } = q;
  const m = claimMessages(lang);
  const question = q.text.original;
  const ranked = rankingClaim(q, ctx);
  if (ranked) return ranked;
  const refused = refusalHit(q);
  if (refused) {
    const words = originalSlice(q.text, q.tokens[refused.start]!.start, q.tokens[refused.end - 1]!.end);
    if (refused.value === 'nationality')
      return unverifiableAnswer(question, lang, m.nationality, [messages(lang).topExample]);
    return unverifiableAnswer(question, lang, messages(lang).refusal(refused.value, words));
  }
  let assertions = readAssertions(q);
  const periods = claimPeriods(
    q,
    assertions.some((a) => a.kind === 'extreme'),
  );
  const resolve = (hits: typeof q.concepts) =>
    resolveSeries(hits, idx, {
      age: q.age ? [q.age.from, q.age.to] : null,
      context: [],
      periods: periods.target ? [periods.target] : [],
      wants: claimWants(assertions),
    });
  const sides = sidesOfThan(q, resolve);
  const versus = sides ? versusClaim(q, sides[0], sides[1], periods, ctx) : null;
  if (versus) return versus;
  const r = resolve(q.concepts);
  if (!r.ok) {
    const suggestions = r.candidates.slice(0, 3).map((c) => questionFor(c.series, periods.target, lang));
    // Several figures fit, or the subject lacks the measure or age group read: the reading may be
    // what failed, not the data, so say what is published and ask rather than judge.
    // A subject with nothing at all for the period claimed ("budget ... in 2024") cannot be checked
    // whatever the reading: that is the data's limit, so unverifiable.
    const subjects = r.subject ? [r.subject] : r.candidates.map((c) => c.series.subject);
    const subjectSeries = subjects.flatMap((id) => idx.bySubject.get(id) ?? []);
    const target = periods.target;
    const published = !target || subjectSeries.some((s) => idx.value(s.id, target) !== undefined);
    if (r.reason === 'ambiguous' && published) {
      const answer = emptyAnswer(question, lang, 'clarification', m.whichFigure);
      answer.suggestions = suggestions;
      return answer;
    }
    if (r.reason !== 'no-subject' && r.reason !== 'ambiguous' && published)
      return unresolved(q, r, ctx, accounting([], []));
    return unverifiableAnswer(question, lang, m.noSeries, suggestions);
  }
  const series = r.best.series;
  const acc = accounting(
    r.best.used,
    [
      'claim',
      'asPublished',
      'speaker',
      'comparison',
      'total',
      'current',
      'latest',
      'perMonth',
      'perYear',
      'average',
      'series',
    ],
    {
      claims: true,
      sentence: true,
      quantities: true,
      labels: labelWords(series),
    },
  );
  const unplaced = unexplainedWords(q, acc);
  const reading = `${series.label[lang]}${periods.target ? ` · ${periods.target}` : ''}`;
  // A word the reading cannot place means the claim was not understood, not that the data cannot
  // check it: no verdict, but the reading shown and a question to ask instead.
  if (unplaced.length > 0) {
    const answer = emptyAnswer(question, lang, 'clarification', m.unplaced(reading, unplaced));
    answer.suggestions = [questionFor(series, periods.target, lang)];
    answer.reading = reading;
    answer.unexplained = unplaced;
    return answer;
  }
  if (assertions.length === 0)
    return unverifiableAnswer(
      question,
      lang,
      m.nothingToCheck(series.label[lang], availability(series.id, idx, lang)),
      [questionFor(series, null, lang)],
      reading,
    );
  // "55 procent van de openstaande zaken is ouder dan 15 maanden": a percentage of an age group
  // of open cases is its share of all open cases, which both published figures give.
  if (ageOf(series.measure))
    assertions = assertions.map((a) =>
      a.kind === 'level' && a.q.unit === 'percent'
        ? { kind: 'share', percent: a.q.value, hedge: a.q.hedge, words: a.q.words }
        : a,
    );
  const mismatch = unitMismatch(series, assertions);
  if (mismatch)
    return unverifiableAnswer(
      question,
      lang,
      m.unitMismatch(m.claimedUnits[mismatch], series.label[lang], m.publishedUnits[series.unit]),
      [questionFor(series, null, lang)],
      reading,
    );
  return checkClaim(q, series, assertions, periods, idx);
}

/** The unit a claim's numbers are in picks the measure: a percentage, a duration, an amount. */
function claimWants(assertions: Assertion[]): Wants {
  const levels = assertions.flatMap((a) => (a.kind === 'level' || a.kind === 'average' ? [a.q] : []));
  const relative = assertions.some((a) => a.kind === 'relative');
  const shares = assertions.some((a) => a.kind === 'share');
  const unit = levels.find((x) => x.unit)?.unit;
  return {
    unit:
      shares || (unit === 'percent' && !relative)
        ? 'percent'
        : unit === 'weeks' || unit === 'days'
          ? 'duration'
          : unit === 'eur'
            ? 'eur'
            : null,
    total: false,
  };
}

/** A claimed level whose unit the series does not publish (a share of a count, a count of a rate). */
function unitMismatch(
  series: Series,
  assertions: Assertion[],
): keyof ReturnType<typeof claimMessages>['claimedUnits'] | null {
  for (const a of assertions) {
    if (a.kind !== 'level' && a.kind !== 'average') continue;
    const unit = a.q.unit;
    if (unit && unit !== 'points' && unit !== series.unit) return unit;
    if (!unit && series.unit === 'percent' && a.q.value > 100) return 'count';
  }
  return null;
}
