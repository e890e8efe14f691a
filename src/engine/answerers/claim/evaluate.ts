import type { Change, Note, Verdict } from '../../../contract/index.js';
import type { Language, Observation, Series } from '../../../data/schema.js';
import type { DataIndex } from '../../data-index.js';
import { formatChange, formatNumber, formatPeriod, formatRelative, formatValue } from '../../format.js';
import { claimMessages } from '../../messages/index.js';
import { ageOf } from '../../resolve/measures.js';
import type { Assertion } from './assertions.js';
import { checkExtreme, checkStreak } from './evaluate-range.js';
import { type Figure, figureAt } from './figures.js';
import {
  type Judgement,
  judgeDirection,
  judgeLevel,
  judgeMultiple,
  judgeRelative,
  judgeShare,
} from './tolerance.js';

/** What a claim is checked against: one series, the claimed period and the period it compares with. */
export interface ClaimScope {
  series: Series;
  target: Figure;
  /** The comparison period's figure; null when the claim needs none or it is not published. */
  base: Figure | null;
  basePeriod: string;
  /** First year of a record's range ("sinds 2018"), null for "ooit" / no range. */
  since: string | null;
  /** "de laagste tussen 2018 en 2025": the years a record is claimed over, around the claimed one. */
  span?: { from: string; to: string | null } | null;
  lang: Language;
}

/** One assertion checked: its verdict, the observations it rests on, and a sentence saying why. */
export interface Check {
  verdict: Verdict;
  observations: Observation[];
  line: string;
  notes: Note[];
  change?: Change;
}

export function checkAssertion(a: Assertion, scope: ClaimScope, idx: DataIndex): Check {
  switch (a.kind) {
    case 'level':
      return checkLevel(a, scope, idx);
    case 'average':
      return checkAverage(a, scope);
    case 'extreme':
      return checkExtreme(a, scope, idx);
    case 'streak':
      return checkStreak(a, scope, idx);
    case 'share':
      return checkShare(a, scope, idx);
    default:
      return checkChange(a, scope);
  }
}

const say = (scope: ClaimScope, j: Judgement, line: string) =>
  claimMessages(scope.lang).tolerance(line, j.tolerance[scope.lang]);

/** How far a figure is from the claimed number, in words. */
function offBy(actual: number, claimed: number, lang: Language, points = false): string {
  const m = claimMessages(lang);
  if (actual === claimed) return m.exactly;
  // A loss against a loss: how much bigger or smaller the loss is.
  if (actual < 0 && claimed < 0) return offBy(-actual, -claimed, lang, points);
  if (points || claimed === 0)
    return m.offBy(formatNumber(Math.abs(actual - claimed), lang, 1), actual > claimed, points);
  const d = ((actual - claimed) / Math.abs(claimed)) * 100;
  return m.offBy(formatNumber(Math.abs(d), lang, 1), d > 0, false);
}

function checkLevel(a: Extract<Assertion, { kind: 'level' }>, scope: ClaimScope, idx: DataIndex): Check {
  const { series, lang } = scope;
  const m = claimMessages(lang);
  const fig = a.period
    ? a.period === scope.target.period || a.period === scope.target.period.slice(0, 4)
      ? scope.target
      : a.period === scope.basePeriod
        ? scope.base
        : figureAt(idx, series, a.period)
    : a.role === 'base'
      ? scope.base
      : scope.target;
  if (!fig) return unverifiableCheck(scope, a.period ?? scope.basePeriod);
  const percent = series.unit === 'percent';
  const j = judgeLevel(a.q.value, fig.value, a.q.hedge, a.q.digits, percent);
  const v = formatValue(fig.value, series.unit, lang);
  const notes: Note[] = [];
  let verdict: Verdict = j.verdict;
  // The claimed number is one the IND printed before revising it: right as first published, not
  // now. It is never "true"; how far the current figure is off decides between roughly and false.
  const printings = idx.revisions(series.id, fig.period);
  for (const old of printings.slice(1)) {
    if (typeof old.value !== 'number' || old.value === fig.value) continue;
    if (judgeLevel(a.q.value, old.value, a.q.hedge, a.q.digits, percent).verdict !== 'true') continue;
    // Counted the old way before a definition change: right by that count, so never "false".
    const redefined = printings[0] ? idx.redefinition(series, old, printings[0]) : undefined;
    if (redefined) {
      if (verdict !== 'true') verdict = 'roughly';
      notes.push({
        kind: 'definition',
        text: m.countedBefore(
          idx.publicationTitle(old.publication),
          formatValue(old.value, series.unit, lang),
          v,
        ),
      });
      break;
    }
    // Only the old printing exactly: a rounded number that fits both says nothing about which.
    if (verdict === 'true' && (a.q.value !== old.value || a.q.hedge !== 'exact')) continue;
    if (verdict === 'true') verdict = 'roughly';
    notes.push({
      kind: 'revision',
      text: m.superseded(idx.publicationTitle(old.publication), formatValue(old.value, series.unit, lang), v),
    });
    break;
  }
  // A number that is another period's figure: say which, the likeliest mix-up.
  if (verdict === 'false' && notes.length === 0) {
    const same = idx
      .observations(series.id, fig.period.length === 4 ? 'year' : 'month')
      .find((o) => o.period !== fig.period && o.value === a.q.value);
    if (same)
      notes.push({
        kind: 'info',
        text: m.otherPeriod(formatValue(a.q.value, series.unit, lang), formatPeriod(same.period, lang)),
      });
  }
  return {
    verdict,
    observations: fig.observations,
    notes,
    line: say(
      scope,
      j,
      m.level(formatPeriod(fig.period, lang), v, a.q.words, offBy(fig.value, a.q.value, lang, percent)),
    ),
  };
}

function checkAverage(a: Extract<Assertion, { kind: 'average' }>, scope: ClaimScope): Check {
  const { series, lang, target } = scope;
  const months = target.derived === 'sum' ? target.observations.length : target.period.length === 4 ? 12 : 1;
  const mean = target.value / months;
  const j = judgeLevel(a.q.value, mean, a.q.hedge, a.q.digits);
  const line = claimMessages(lang).average(
    formatPeriod(target.period, lang),
    formatValue(target.value, series.unit, lang),
    formatValue(Math.round(mean), series.unit, lang),
    a.q.words,
    offBy(mean, a.q.value, lang),
  );
  return { verdict: j.verdict, observations: target.observations, notes: [], line: say(scope, j, line) };
}

function checkChange(a: Assertion, scope: ClaimScope): Check {
  const { series, lang, target, base } = scope;
  const m = claimMessages(lang);
  if (!base) return unverifiableCheck(scope, scope.basePeriod);
  const absolute = target.value - base.value;
  const relative = base.value === 0 ? null : absolute / base.value;
  const change: Change = { from: base.period, to: target.period, absolute, relative };
  const rel = relative === null || series.unit === 'percent' ? '' : ` (${formatRelative(relative, lang)})`;
  const intro = m.changeIntro(
    formatValue(base.value, series.unit, lang),
    formatPeriod(base.period, lang),
    formatValue(target.value, series.unit, lang),
    formatPeriod(target.period, lang),
    `${formatChange(absolute, series.unit, lang)}${rel}`,
  );
  const observations = [...target.observations, ...base.observations];
  let j: Judgement;
  let words: string;
  if (a.kind === 'relative') {
    if (relative === null) return unverifiableCheck(scope, base.period);
    j = judgeRelative(a.percent, relative * 100, a.hedge, a.fraction);
    words = a.words;
  } else if (a.kind === 'multiple') {
    j = judgeMultiple(
      a.factor,
      base.value === 0 ? Number.POSITIVE_INFINITY : target.value / base.value,
      a.hedge,
    );
    const ratio = base.value === 0 ? '∞' : formatNumber(target.value / base.value, lang, 2);
    return {
      verdict: j.verdict,
      observations,
      notes: [],
      change,
      line: say(scope, j, m.multiple(intro, ratio, a.words)),
    };
  } else if (a.kind === 'absolute') {
    const wrongWay = Math.sign(absolute) !== a.direction;
    j = wrongWay
      ? {
          verdict: 'false',
          tolerance: { nl: claimMessages('nl').wrongDirection, en: claimMessages('en').wrongDirection },
        }
      : judgeLevel(a.q.value, Math.abs(absolute), a.q.hedge, a.q.digits, series.unit === 'percent');
    words = a.q.words;
  } else if (a.kind === 'direction') {
    j = judgeDirection(a.direction, relative, absolute, a.strength);
    words = a.words;
  } else return unverifiableCheck(scope, target.period);
  return { verdict: j.verdict, observations, notes: [], change, line: say(scope, j, m.change(intro, words)) };
}

function checkShare(a: Extract<Assertion, { kind: 'share' }>, scope: ClaimScope, idx: DataIndex): Check {
  // A share is checkable where the IND publishes that percentage itself (approval rates, on time),
  // or where the part and its whole are both published: an age group of open cases.
  if (scope.series.unit !== 'percent') return shareOfOpenCases(a, scope, idx);
  const j = judgeShare(a.percent, scope.target.value, a.hedge);
  const line = claimMessages(scope.lang).share(
    formatPeriod(scope.target.period, scope.lang),
    formatValue(scope.target.value, 'percent', scope.lang),
    a.words,
  );
  return {
    verdict: j.verdict,
    observations: scope.target.observations,
    notes: [],
    line: say(scope, j, line),
  };
}

/** "ruim de helft van de openstaande zaken is ouder dan 15 maanden": the bucket over all open cases. */
function shareOfOpenCases(
  a: Extract<Assertion, { kind: 'share' }>,
  scope: ClaimScope,
  idx: DataIndex,
): Check {
  const { series, target, lang } = scope;
  const whole = ageOf(series.measure) ? idx.series.get(`${series.subject}.in-behandeling`) : undefined;
  const all = whole ? figureAt(idx, whole, target.period) : null;
  if (!all || all.period !== target.period || all.value <= 0) return unverifiableCheck(scope, target.period);
  const share = (target.value / all.value) * 100;
  const j = judgeShare(a.percent, share, a.hedge);
  const line = claimMessages(lang).shareOfWhole(
    formatPeriod(target.period, lang),
    formatValue(target.value, series.unit, lang),
    formatValue(all.value, series.unit, lang),
    formatValue(Math.round(share * 10) / 10, 'percent', lang),
    a.words,
  );
  return {
    verdict: j.verdict,
    observations: [...all.observations, ...target.observations],
    notes: [],
    line: say(scope, j, line),
  };
}

export function unverifiableCheck(scope: ClaimScope, period: string): Check {
  return {
    verdict: 'unverifiable',
    observations: [],
    notes: [],
    line: claimMessages(scope.lang).noComparable(formatPeriod(period, scope.lang)),
  };
}
