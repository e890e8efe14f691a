import type { Change, Note, Verdict } from '../../contract/answer.js';
import type { Language, Observation, Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatChange, formatNumber, formatPeriod, formatRelative, formatValue } from '../format.js';
import { type Figure, figureAt } from './claim-figures.js';
import type { Assertion } from './claim-read.js';
import { checkExtreme, checkStreak } from './evaluate-range.js';
import { type Judgement, judgeDirection, judgeLevel, judgeMultiple, judgeRelative } from './tolerance.js';

/** What a claim is checked against: one series, the claimed period and the period it compares with. */
export interface ClaimScope {
  series: Series;
  target: Figure;
  /** The comparison period's figure; null when the claim needs none or it is not published. */
  base: Figure | null;
  basePeriod: string;
  /** First year of a record's range ("sinds 2018"), null for "ooit" / no range. */
  since: string | null;
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

const q = (s: string) => `"${s}"`;

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
      return checkShare(a, scope);
    default:
      return checkChange(a, scope);
  }
}

function say(scope: ClaimScope, j: Judgement, nl: string, en: string): string {
  return scope.lang === 'nl' ? `${nl} (marge: ${j.tolerance.nl}).` : `${en} (tolerance: ${j.tolerance.en}).`;
}

/** How far a figure is from the claimed number, in words. */
function offBy(actual: number, claimed: number, lang: Language, points = false): string {
  if (actual === claimed) return lang === 'nl' ? 'precies gelijk' : 'exactly that';
  if (points || claimed === 0) {
    const n = formatNumber(Math.abs(actual - claimed), lang, 1);
    if (lang === 'nl')
      return `${n} ${points ? 'procentpunt' : ''} ${actual > claimed ? 'hoger' : 'lager'}`.replace('  ', ' ');
    return `${n} ${points ? 'percentage points' : ''} ${actual > claimed ? 'higher' : 'lower'}`.replace(
      '  ',
      ' ',
    );
  }
  const d = ((actual - claimed) / Math.abs(claimed)) * 100;
  const n = formatNumber(Math.abs(d), lang, 1);
  if (lang === 'nl') return `${n}% ${d > 0 ? 'hoger' : 'lager'}`;
  return `${n}% ${d > 0 ? 'higher' : 'lower'}`;
}

function checkLevel(a: Extract<Assertion, { kind: 'level' }>, scope: ClaimScope, idx: DataIndex): Check {
  const { series, lang } = scope;
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
  const p = formatPeriod(fig.period, lang);
  const notes: Note[] = [];
  let verdict: Verdict = j.verdict;
  // The claimed number may be one the IND printed before revising it: say so, it is still wrong now.
  if (verdict !== 'true') {
    for (const old of idx.revisions(series.id, fig.period).slice(1)) {
      if (typeof old.value !== 'number' || old.value === fig.value) continue;
      if (judgeLevel(a.q.value, old.value, a.q.hedge, a.q.digits, percent).verdict !== 'true') continue;
      verdict = 'false';
      const title = idx.publicationTitle(old.publication);
      notes.push({
        kind: 'revision',
        text:
          lang === 'nl'
            ? `Het genoemde getal is het oude cijfer uit ${title} (${formatValue(old.value, series.unit, lang)}); dat is later herzien naar ${v}.`
            : `The number given is the superseded figure from ${title} (${formatValue(old.value, series.unit, lang)}); it was later revised to ${v}.`,
      });
      break;
    }
  }
  // A number that is another period's figure: say which, the likeliest mix-up.
  if (verdict === 'false' && notes.length === 0) {
    const same = idx
      .observations(series.id, fig.period.length === 4 ? 'year' : 'month')
      .find((o) => o.period !== fig.period && o.value === a.q.value);
    if (same)
      notes.push({
        kind: 'info',
        text:
          lang === 'nl'
            ? `${formatValue(a.q.value, series.unit, lang)} is het cijfer van ${formatPeriod(same.period, lang)}.`
            : `${formatValue(a.q.value, series.unit, lang)} is the figure for ${formatPeriod(same.period, lang)}.`,
      });
  }
  return {
    verdict,
    observations: fig.observations,
    notes,
    line: say(
      { ...scope },
      j,
      `${p}: ${v}; de bewering zegt ${q(a.q.phrase)}, het cijfer is ${offBy(fig.value, a.q.value, 'nl', percent)}`,
      `${p}: ${v}; the claim says ${q(a.q.phrase)}, the figure is ${offBy(fig.value, a.q.value, 'en', percent)}`,
    ),
  };
}

function checkAverage(a: Extract<Assertion, { kind: 'average' }>, scope: ClaimScope): Check {
  const { series, lang, target } = scope;
  const months = target.period.length === 4 ? 12 : 1;
  const mean = target.value / months;
  const j = judgeLevel(a.q.value, mean, a.q.hedge, a.q.digits);
  const v = formatValue(target.value, series.unit, lang);
  const m = formatValue(Math.round(mean), series.unit, lang);
  const p = formatPeriod(target.period, lang);
  return {
    verdict: j.verdict,
    observations: target.observations,
    notes: [],
    line: say(
      scope,
      j,
      `${p}: ${v}, gemiddeld ${m} per maand; de bewering zegt ${q(a.q.phrase)}, het gemiddelde is ${offBy(mean, a.q.value, 'nl')}`,
      `${p}: ${v}, on average ${m} a month; the claim says ${q(a.q.phrase)}, the average is ${offBy(mean, a.q.value, 'en')}`,
    ),
  };
}

function checkChange(a: Assertion, scope: ClaimScope): Check {
  const { series, lang, target, base } = scope;
  if (!base) return unverifiableCheck(scope, scope.basePeriod);
  const absolute = target.value - base.value;
  const relative = base.value === 0 ? null : absolute / base.value;
  const change: Change = { from: base.period, to: target.period, absolute, relative };
  const vb = formatValue(base.value, series.unit, lang);
  const vt = formatValue(target.value, series.unit, lang);
  const pb = formatPeriod(base.period, lang);
  const pt = formatPeriod(target.period, lang);
  const rel = relative === null ? '' : ` (${formatRelative(relative, lang)})`;
  const diff = `${formatChange(absolute, series.unit, lang)}${series.unit === 'percent' ? '' : rel}`;
  const intro =
    lang === 'nl'
      ? `${vb} in ${pb} en ${vt} in ${pt}: ${diff}`
      : `${vb} in ${pb} and ${vt} in ${pt}: ${diff}`;
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
    words = a.words;
    const ratio = base.value === 0 ? '∞' : formatNumber(target.value / base.value, lang, 2);
    return {
      verdict: j.verdict,
      observations: [...target.observations, ...base.observations],
      notes: [],
      change,
      line: say(
        scope,
        j,
        `${intro}, factor ${ratio}; de bewering zegt ${q(words)}`,
        `${intro}, a factor of ${ratio}; the claim says ${q(words)}`,
      ),
    };
  } else if (a.kind === 'absolute') {
    const lj = judgeLevel(a.q.value, Math.abs(absolute), a.q.hedge, a.q.digits, series.unit === 'percent');
    const wrongWay = Math.sign(absolute) !== a.direction;
    j = wrongWay
      ? { verdict: 'false', tolerance: { nl: 'de richting klopt niet', en: 'the direction is wrong' } }
      : lj;
    words = a.q.phrase;
  } else if (a.kind === 'direction') {
    j = judgeDirection(a.direction, relative, absolute, a.strength);
    words = a.words;
  } else return unverifiableCheck(scope, target.period);
  return {
    verdict: j.verdict,
    observations: [...target.observations, ...base.observations],
    notes: [],
    change,
    line: say(scope, j, `${intro}; de bewering zegt ${q(words)}`, `${intro}; the claim says ${q(words)}`),
  };
}

function checkShare(a: Extract<Assertion, { kind: 'share' }>, scope: ClaimScope): Check {
  // A share is checkable only where the IND publishes that percentage itself (approval rates, on time).
  if (scope.series.unit !== 'percent') return unverifiableCheck(scope, scope.target.period);
  const j = judgeLevel(a.percent, scope.target.value, 'about', 2);
  const v = formatValue(scope.target.value, 'percent', scope.lang);
  return {
    verdict: j.verdict,
    observations: scope.target.observations,
    notes: [],
    line: say(
      scope,
      j,
      `${formatPeriod(scope.target.period, 'nl')}: ${v}; de bewering zegt ${q(a.words)}`,
      `${formatPeriod(scope.target.period, 'en')}: ${v}; the claim says ${q(a.words)}`,
    ),
  };
}

export function unverifiableCheck(scope: ClaimScope, period: string): Check {
  const p = formatPeriod(period, scope.lang);
  return {
    verdict: 'unverifiable',
    observations: [],
    notes: [],
    line:
      scope.lang === 'nl'
        ? `Voor ${p} is er geen vergelijkbaar cijfer om dit aan te toetsen.`
        : `There is no comparable figure for ${p} to check this against.`,
  };
}
