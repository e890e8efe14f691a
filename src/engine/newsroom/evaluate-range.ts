import type { Note, Verdict } from '../../contract/answer.js';
import type { Observation } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatPeriod, formatValue } from '../format.js';
import { figureAt, previousPeriod } from './claim-figures.js';
import type { Assertion } from './claim-read.js';
import { type Check, type ClaimScope, unverifiableCheck } from './evaluate.js';

/**
 * Claims about a range of periods: a record ("het drukste jaar sinds 2018", "lowest level since
 * 2018") is checked against every year in the range, a run ("voor het tweede jaar op rij") against
 * each change in it.
 */
export function checkExtreme(
  a: Extract<Assertion, { kind: 'extreme' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, lang, target } = scope;
  if (target.period.length === 7) return checkMonthExtreme(a, scope, idx);
  const year = target.period.slice(0, 4);
  const years = idx.observations(series.id, 'year').filter((o) => typeof o.value === 'number');
  if (target.period.length !== 4 || years.length < 2) return unverifiableCheck(scope, target.period);
  const first = years[0]!.period;
  const from = a.years ? String(Number(year) - a.years + 1) : (scope.since ?? null);
  // "hoogste sinds 2018" may mean 2018 itself was higher; "any other year since 2018" counts it.
  const inRange = years.filter(
    (o) =>
      o.period <= year && (from === null || (a.inclusive || a.years ? o.period >= from : o.period > from)),
  );
  const others = inRange.filter((o) => o.period !== year);
  if (others.length === 0) return unverifiableCheck(scope, target.period);
  const better = (x: number, y: number) => (a.highest ? x > y : x < y);
  const best = others.reduce((m, o) => (better(o.value as number, m.value as number) ? o : m));
  const holds = !better(best.value as number, target.value) && best.value !== target.value;
  const tie = best.value === target.value;
  const v = (o: Observation) => formatValue(o.value, series.unit, lang);
  const span = from
    ? lang === 'nl'
      ? `sinds ${from}`
      : `since ${from}`
    : lang === 'nl'
      ? `van ${inRange[0]!.period}-${year}`
      : `of ${inRange[0]!.period}-${year}`;
  const word = lang === 'nl' ? (a.highest ? 'hoogste' : 'laagste') : a.highest ? 'highest' : 'lowest';
  const t = formatValue(target.value, series.unit, lang);
  const notes: Note[] = [];
  // The range reaches back before the first published year: the record cannot be confirmed.
  const uncovered = (from === null && a.ever) || (from !== null && from < first);
  let verdict: Verdict = holds ? 'true' : tie ? 'roughly' : 'false';
  if (holds && uncovered) verdict = 'unverifiable';
  if (verdict === 'unverifiable') {
    return {
      verdict,
      observations: [],
      notes,
      line:
        lang === 'nl'
          ? `In de gepubliceerde cijfers (vanaf ${first}) is ${year} het ${word} jaar, maar eerdere jaren staan er niet in: een record ${a.ever ? '"ooit"' : `sinds ${from}`} is daarmee niet te controleren.`
          : `In the published figures (from ${first}) ${year} is the ${word} year, but earlier years are not in them: a record ${a.ever ? '"ever"' : `since ${from}`} cannot be checked.`,
    };
  }
  const line = holds
    ? lang === 'nl'
      ? `${year} is met ${t} het ${word} jaar ${span}; daarna komt ${best.period} met ${v(best)}.`
      : `${year}, at ${t}, is the ${word} year ${span}; next comes ${best.period} at ${v(best)}.`
    : lang === 'nl'
      ? `${year} (${t}) is niet het ${word} jaar ${span}: ${best.period} ${tie ? 'was gelijk' : `lag ${a.highest ? 'hoger' : 'lager'}`}, met ${v(best)}.`
      : `${year} (${t}) is not the ${word} year ${span}: ${best.period} was ${tie ? 'equal' : a.highest ? 'higher' : 'lower'}, at ${v(best)}.`;
  return {
    verdict,
    observations: [...target.observations, best],
    notes,
    line,
  };
}

/** "piekte in september 2025": the month against the other published months of its year. */
function checkMonthExtreme(
  a: Extract<Assertion, { kind: 'extreme' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, lang, target } = scope;
  const year = target.period.slice(0, 4);
  const months = idx
    .observations(series.id, 'month')
    .filter((o) => o.period.startsWith(year) && typeof o.value === 'number');
  const others = months.filter((o) => o.period !== target.period);
  if (others.length === 0) return unverifiableCheck(scope, target.period);
  const better = (x: number, y: number) => (a.highest ? x > y : x < y);
  const best = others.reduce((m, o) => (better(o.value as number, m.value as number) ? o : m));
  const holds = !better(best.value as number, target.value) && best.value !== target.value;
  const v = (o: { value: number | null }) => formatValue(o.value, series.unit, lang);
  const word = lang === 'nl' ? (a.highest ? 'hoogste' : 'laagste') : a.highest ? 'highest' : 'lowest';
  const span = `${formatPeriod(months[0]!.period, lang)}-${formatPeriod(months[months.length - 1]!.period, lang)}`;
  const p = formatPeriod(target.period, lang);
  const b = formatPeriod(best.period, lang);
  return {
    verdict: holds ? 'true' : best.value === target.value ? 'roughly' : 'false',
    observations: [...target.observations, best],
    notes: [],
    line: holds
      ? lang === 'nl'
        ? `${p} is met ${v(target)} de ${word} maand van ${span}; daarna komt ${b} met ${v(best)}.`
        : `${p}, at ${v(target)}, is the ${word} month of ${span}; next comes ${b} at ${v(best)}.`
      : lang === 'nl'
        ? `${p} (${v(target)}) is niet de ${word} maand van ${span}: ${b} had ${v(best)}.`
        : `${p} (${v(target)}) is not the ${word} month of ${span}: ${b} had ${v(best)}.`,
  };
}

export function checkStreak(
  a: Extract<Assertion, { kind: 'streak' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, lang, target } = scope;
  const figures = [target];
  for (let i = 0; i < a.years; i++) {
    const before = figureAt(idx, series, previousPeriod(figures[0]!.period));
    if (!before) return unverifiableCheck(scope, previousPeriod(figures[0]!.period));
    figures.unshift(before);
  }
  const steps = figures.slice(1).map((f, i) => Math.sign(f.value - figures[i]!.value));
  const run = steps.every((s) => s === a.direction);
  const v = (f: (typeof figures)[number]) =>
    `${formatPeriod(f.period, lang)} ${formatValue(f.value, series.unit, lang)}`;
  const list = figures.map(v).join(', ');
  const verdict: Verdict = run ? 'true' : 'false';
  return {
    verdict,
    observations: figures.flatMap((f) => f.observations) as Observation[],
    notes: [],
    line:
      lang === 'nl'
        ? `${list}: ${run ? 'elk jaar' : 'niet elk jaar'} ${a.direction === 1 ? 'hoger' : 'lager'} dan het jaar ervoor ("${a.words}").`
        : `${list}: ${run ? 'every year' : 'not every year'} ${a.direction === 1 ? 'higher' : 'lower'} than the year before ("${a.words}").`,
  };
}
