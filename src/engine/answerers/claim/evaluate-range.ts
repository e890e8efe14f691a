import type { Verdict } from '../../../contract/index.js';
import type { Observation } from '../../../data/schema.js';
import type { DataIndex } from '../../data-index.js';
import { formatPeriod, formatValue } from '../../format.js';
import { claimMessages } from '../../messages/index.js';
import { previousPeriod } from '../../understand/period-math.js';
import type { Assertion } from './assertions.js';
import { type Check, type ClaimScope, unverifiableCheck } from './evaluate.js';
import { figureAt } from './figures.js';

/**
 * Claims about a range of periods: a record ("het drukste jaar sinds 2018", "lowest level since
 * 2018", "meer dan in welke andere maand van dat jaar") is checked against every period in the
 * range, a run ("voor het tweede jaar op rij") against each change in it.
 */
export function checkExtreme(
  a: Extract<Assertion, { kind: 'extreme' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, lang, target } = scope;
  const m = claimMessages(lang);
  if (target.period.length === 7 || a.month) return checkMonthExtreme(a, scope, idx);
  const year = target.period.slice(0, 4);
  const years = idx.observations(series.id, 'year').filter((o) => typeof o.value === 'number');
  if (target.period.length !== 4 || years.length < 2) return unverifiableCheck(scope, target.period);
  const first = years[0]!.period;
  const claimedOver = scope.span;
  const from = claimedOver
    ? claimedOver.from
    : a.years
      ? String(Number(year) - a.years + 1)
      : (scope.since ?? null);
  const upTo = claimedOver ? (claimedOver.to ?? years[years.length - 1]!.period) : year;
  // "hoogste sinds 2018" may mean 2018 itself was higher; "any other year since 2018" counts it.
  const inRange = years.filter(
    (o) =>
      o.period <= upTo &&
      (from === null || (a.inclusive || a.years || claimedOver ? o.period >= from : o.period > from)),
  );
  const others = inRange.filter((o) => o.period !== year);
  if (others.length === 0) return unverifiableCheck(scope, target.period);
  const better = (x: number, y: number) => (a.highest ? x > y : x < y);
  const best = others.reduce((b, o) => (better(o.value as number, b.value as number) ? o : b));
  const holds = !better(best.value as number, target.value) && best.value !== target.value;
  const tie = best.value === target.value;
  const v = (o: Observation) => formatValue(o.value, series.unit, lang);
  const span = claimedOver
    ? m.ofSpan(inRange[0]!.period, inRange[inRange.length - 1]!.period)
    : from
      ? m.since(from)
      : m.ofSpan(inRange[0]!.period, year);
  const word = m.highestWord(a.highest);
  const t = formatValue(target.value, series.unit, lang);
  // The range reaches back before the first published year: the record cannot be confirmed.
  const uncovered = (from === null && a.ever) || (from !== null && from < first);
  let verdict: Verdict = holds ? 'true' : tie ? 'roughly' : 'false';
  if (holds && uncovered) verdict = 'unverifiable';
  if (verdict === 'unverifiable')
    return {
      verdict,
      observations: [],
      notes: [],
      line: m.extremeUnverifiable(first, year, word, a.ever, from),
    };
  const line = holds
    ? m.extremeHolds(year, t, word, span, best.period, v(best))
    : m.extremeFails(year, t, word, span, best.period, tie, a.highest, v(best));
  return { verdict, observations: [...target.observations, best], notes: [], line };
}

/** "piekte in september 2025": the month against the other published months of its year. */
function checkMonthExtreme(
  a: Extract<Assertion, { kind: 'extreme' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, lang, target } = scope;
  const m = claimMessages(lang);
  const year = target.period.slice(0, 4);
  const months = idx
    .observations(series.id, 'month')
    .filter((o) => o.period.startsWith(year) && typeof o.value === 'number');
  const others = months.filter((o) => o.period !== target.period);
  if (others.length === 0 || target.period.length !== 7) return unverifiableCheck(scope, target.period);
  const better = (x: number, y: number) => (a.highest ? x > y : x < y);
  const best = others.reduce((b, o) => (better(o.value as number, b.value as number) ? o : b));
  const holds = !better(best.value as number, target.value) && best.value !== target.value;
  const v = (o: { value: number | null }) => formatValue(o.value, series.unit, lang);
  const word = m.highestWord(a.highest);
  const span = `${formatPeriod(months[0]!.period, lang)}-${formatPeriod(months[months.length - 1]!.period, lang)}`;
  const p = formatPeriod(target.period, lang);
  const b = formatPeriod(best.period, lang);
  return {
    verdict: holds ? 'true' : best.value === target.value ? 'roughly' : 'false',
    observations: [...target.observations, best],
    notes: [],
    line: holds
      ? m.monthExtremeHolds(p, v(target), word, span, b, v(best))
      : m.monthExtremeFails(p, v(target), word, span, b, v(best)),
  };
}

export function checkStreak(
  a: Extract<Assertion, { kind: 'streak' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, lang, target } = scope;
  const figures = [target];
  const years = a.since ? Number(target.period.slice(0, 4)) - Number(a.since) : a.years;
  if (years < 1 || (a.since && target.period.length !== 4)) return unverifiableCheck(scope, target.period);
  for (let i = 0; i < years; i++) {
    const before = figureAt(idx, series, previousPeriod(figures[0]!.period));
    if (!before) return unverifiableCheck(scope, previousPeriod(figures[0]!.period));
    figures.unshift(before);
  }
  const steps = figures.slice(1).map((f, i) => Math.sign(f.value - figures[i]!.value));
  const run = steps.every((s) => s === a.direction);
  const list = figures
    .map((f) => `${formatPeriod(f.period, lang)} ${formatValue(f.value, series.unit, lang)}`)
    .join(', ');
  return {
    verdict: run ? 'true' : 'false',
    observations: figures.flatMap((f) => f.observations),
    notes: [],
    line: claimMessages(lang).streak(list, run, a.direction === 1, a.words),
  };
}
