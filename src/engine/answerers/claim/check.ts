import type { Answer, Change, Note, Verdict } from '../../../contract/index.js';
import type { Observation, Series } from '../../../data/schema.js';
import { availability } from '../../compose/fallbacks.js';
import type { DataIndex } from '../../data-index.js';
import { formatPeriod } from '../../format.js';
import { claimMessages } from '../../messages/index.js';
import { questionFor } from '../../suggestions.js';
import { previousPeriod } from '../../understand/period-math.js';
import type { Query } from '../../understand/query.js';
import type { Assertion } from './assertions.js';
import { claimAnswer, unverifiableAnswer } from './compose.js';
import { type Check, checkAssertion } from './evaluate.js';
import { type Figure, figureAt, latestPeriod, monthsFigure } from './figures.js';
import type { ClaimPeriods } from './roles.js';

const CHANGES = new Set(['relative', 'absolute', 'multiple', 'direction', 'streak']);

/** Checks the assertions of a claim about one series: each within the tolerance its wording implies. */
export function checkClaim(
  q: Query,
  series: Series,
  assertions: Assertion[],
  periods: ClaimPeriods,
  idx: DataIndex,
): Answer {
  const { lang } = q;
  const m = claimMessages(lang);
  const question = q.text.original;
  const notes: Note[] = [];
  const cannot = (why: string) =>
    unverifiableAnswer(
      question,
      lang,
      `${why} ${m.available(availability(series.id, idx, lang))}`,
      [questionFor(series, latestPeriod(idx, series), lang)],
      series.label[lang],
    );

  let target: Figure | null;
  let base: Figure | null;
  let basePeriod: string;
  if (periods.partial) {
    const year = periods.partial.year;
    target = year ? monthsFigure(idx, series, year, periods.partial.months) : null;
    if (!target || !year)
      return cannot(m.partialNoFigure(`${periods.partial.words}${year ? ` ${year}` : ''}`));
    const against = periods.basePartial;
    basePeriod = against?.year ?? String(Number(year) - 1);
    base = monthsFigure(idx, series, basePeriod, against?.months ?? periods.partial.months);
    if (base) basePeriod = base.period;
  } else {
    const latest = latestPeriod(idx, series);
    const period = periods.target ?? latest;
    if (!period) return cannot(m.noFigure('-', series.label[lang], false));
    target = figureAt(idx, series, period);
    if (!target)
      return cannot(m.noFigure(formatPeriod(period, lang), series.label[lang], period > (latest ?? '')));
    if (!periods.target) notes.push({ kind: 'period', text: m.noPeriodGiven(formatPeriod(period, lang)) });
    const fromLevel = assertions.find((a) => a.kind === 'level' && a.role === 'base' && a.period);
    // "sinds 2023 verdubbeld": a change is measured from the year named.
    const since = periods.since && assertions.some((a) => CHANGES.has(a.kind)) ? periods.since : null;
    basePeriod =
      periods.base && periods.base !== 'previous'
        ? periods.base
        : since
          ? since
          : fromLevel && fromLevel.kind === 'level' && fromLevel.period
            ? fromLevel.period
            : previousPeriod(target.period.length === 7 && period.length === 4 ? period : target.period);
    base = figureAt(idx, series, basePeriod);
  }
  if (target.derived === 'sum') notes.push({ kind: 'derived', text: m.summed });

  const scope = { series, target, base, basePeriod, since: periods.since, span: periods.span ?? null, lang };
  // "net als in 2023 ruim 70% in 2025", "over 70% in 2023 and 2025": one level said of two periods
  // holds for both, so the other period is checked too rather than dropped.
  const bothPeriods =
    !q.periods.range &&
    !periods.partial &&
    periods.base !== null &&
    periods.base !== 'previous' &&
    periods.base !== target.period &&
    assertions.length > 0 &&
    assertions.every(
      (a) => a.kind === 'level' && a.role === 'target' && (!a.period || a.period === target.period),
    );
  const alsoAtBase: Assertion[] = bothPeriods
    ? assertions.map((a) => ({ ...(a as Extract<Assertion, { kind: 'level' }>), period: basePeriod }))
    : [];
  const checks: Check[] = [...assertions, ...alsoAtBase].map((a) => checkAssertion(a, scope, idx));
  const verdict = combine(checks.map((c) => c.verdict));
  if (verdict === 'unverifiable') {
    const why = checks
      .filter((c) => c.verdict === 'unverifiable')
      .map((c) => c.line)
      .join(' ');
    return unverifiableAnswer(
      question,
      lang,
      `${why} ${m.available(availability(series.id, idx, lang))}`,
      [],
      series.label[lang],
    );
  }
  const observations: Observation[] = [target.observations, ...checks.map((c) => c.observations)].flat();
  const change: Change | null = checks.find((c) => c.change)?.change ?? null;
  return claimAnswer(
    {
      question,
      lang,
      verdict,
      series: [series],
      observations,
      lines: checks.map((c) => c.line),
      notes: [...notes, ...checks.flatMap((c) => c.notes)],
      change,
      trend: trendFor(series, target, periods, idx),
    },
    idx,
  );
}

/** False if any part is false; unverifiable if a part cannot be checked; else the weakest part. */
export function combine(verdicts: Verdict[]): Verdict {
  for (const v of ['false', 'unverifiable', 'roughly'] as const) if (verdicts.includes(v)) return v;
  return 'true';
}

/** The periods a claim's chart shows: from the record's first year (or four back) to the claimed one. */
function trendFor(series: Series, target: Figure, periods: ClaimPeriods, idx: DataIndex): Observation[] {
  const kind = target.period.length === 4 ? 'year' : 'month';
  const all = idx.observations(series.id, kind).filter((o) => o.period <= target.period);
  const from = periods.since && kind === 'year' ? periods.since : null;
  return from ? all.filter((o) => o.period >= from) : all.slice(-5);
}
