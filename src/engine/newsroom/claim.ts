import type { Answer, Change, Note, Verdict } from '../../contract/answer.js';
import type { Observation, Series } from '../../data/schema.js';
import { readAge } from '../age.js';
import { clarificationAnswer } from '../build-fallbacks.js';
import { findConcepts } from '../concepts.js';
import type { DataIndex } from '../data-index.js';
import type { Parsed } from '../engine.js';
import { formatPeriod, formatValue } from '../format.js';
import { NATIONALITY, UNSUPPORTED } from '../intent.js';
import { tokenize } from '../normalize.js';
import { resolveSeries } from '../resolve.js';
import { questionFor } from '../suggestions.js';
import type { Vocabulary } from '../vocabulary.js';
import { type Figure, figureAt, latestPeriod, monthsFigure, previousPeriod } from './claim-figures.js';
import { type ClaimPeriods, readClaimPeriods } from './claim-periods.js';
import { type Assertion, readAssertions } from './claim-read.js';
import { claimSeries } from './claim-series.js';
import { availability, claimAnswer, unverifiableAnswer } from './compose.js';
import { detectClaim } from './detect.js';
import { type Check, checkAssertion } from './evaluate.js';
import { answerRankingClaim } from './ranking-claim.js';

/** Unmarked sentences longer than this are prose, not a claim pasted to check. */
const MAX_IMPLICIT_TOKENS = 40;

/**
 * Checks a claim against the figures: detect it, read what it asserts (numbers, changes, records),
 * find the series and periods, judge each assertion within the tolerance its wording implies, and
 * answer with the verdict, the figures used and the working. Null when the text is not a claim.
 */
export function answerClaim(p: Parsed, idx: DataIndex, vocab: Vocabulary): Answer | null {
  const detected = detectClaim(p.folded);
  if (!detected) return null;
  const { text, explicit } = detected;
  const tokens = tokenize(text);
  if (!explicit && tokens.length > MAX_IMPLICIT_TOKENS) return null;
  const { assertions, quantities } = readAssertions(text);
  const periods = readClaimPeriods(
    text,
    p.today,
    quantities.map((q) => [q.at, q.end]),
  );
  const matches = findConcepts(tokens, vocab);
  if (!explicit && matches.length === 0) return null;
  const { lang, question } = p;
  const nl = lang === 'nl';

  // Dimensions the IND does not publish: never check a claim about them against a total.
  const unexplained = tokens.filter((_, i) => !matches.some((m) => m.start <= i && i < m.end)).join(' ');
  const nationality = NATIONALITY.test(unexplained);
  // A nationality's place in the top 3 is published: "de tweede groep" is checkable.
  const ranked = nationality ? answerRankingClaim(p, text, matches, periods, idx) : null;
  if (ranked) return ranked;
  if (!explicit && assertions.length === 0) return null;
  if (nationality) {
    return unverifiableAnswer(
      question,
      lang,
      nl
        ? 'De IND publiceert geen aantallen of aandelen per nationaliteit, alleen per categorie de top 3 nationaliteiten van de aanvragers (2023-2025). Een bewering over een nationaliteit is daarmee niet te controleren, behalve haar plaats in die top 3.'
        : 'The IND publishes no counts or shares per nationality, only the top 3 nationalities of applicants per category (2023-2025). A claim about one nationality cannot be checked, except its place in that top 3.',
      nl ? ['Top 3 nationaliteiten naturalisatie 2025'] : ['Top 3 nationalities naturalisation 2025'],
    );
  }
  if (UNSUPPORTED.test(unexplained))
    return unverifiableAnswer(
      question,
      lang,
      nl
        ? 'De IND-cijfers hebben geen uitsplitsing naar bijvoorbeeld geslacht, gemeente, regio of leeftijd van aanvragers, en geen prognoses: alleen landelijke totalen per categorie, per jaar of per maand. Deze bewering is daarmee niet te controleren.'
        : "The IND's figures have no breakdown by e.g. gender, municipality, region or applicants' age, and no forecasts: only national totals per category, per year or per month. This claim cannot be checked against them.",
    );

  const percentWanted =
    quantities.some((q) => q.unit === 'percent' && !q.perMonth) &&
    !assertions.some((a) => a.kind === 'relative');
  const resolution = resolveSeries(matches, idx, {
    age: readAge(text),
    contextSeries: [],
    periods: periods.target ? [periods.target] : [],
    percent: percentWanted,
  });
  if (!resolution.ok) {
    if (resolution.reason === 'ambiguous') {
      const options = resolution.candidates.slice(0, 4).map((c) => {
        const period = periods.target ?? latestPeriod(idx, c.series);
        const o = period ? idx.value(c.series.id, period) : undefined;
        return {
          label: `${c.series.label[lang]}${period ? ` ${formatPeriod(period, lang)}` : ''}`,
          value: o ? formatValue(o.value, c.series.unit, lang) : '-',
          question: questionFor(c.series, period, lang),
        };
      });
      return clarificationAnswer(question, lang, options);
    }
    // An unmarked sentence about nothing the data knows is not a claim about the figures.
    if (!explicit) return null;
    return unverifiableAnswer(
      question,
      lang,
      nl
        ? 'Ik kan niet vaststellen over welk gepubliceerd IND-cijfer deze bewering gaat.'
        : 'I cannot tell which published IND figure this claim is about.',
    );
  }
  const series = claimSeries(resolution.best, matches, text, assertions, periods.target, idx);
  if (assertions.length === 0)
    return unverifiableAnswer(
      question,
      lang,
      nl
        ? `Ik zie in deze bewering geen getal, verandering of record om te toetsen. Beschikbaar voor ${series.label.nl}: ${availability(series, idx, 'nl')}.`
        : `I see no number, change or record in this claim to check. Available for ${series.label.en}: ${availability(series, idx, 'en')}.`,
      [questionFor(series, latestPeriod(idx, series), lang)],
      series,
    );
  const mismatch = unitMismatch(series, assertions);
  if (mismatch)
    return unverifiableAnswer(
      question,
      lang,
      nl
        ? `De bewering noemt ${mismatch.nl}, maar de IND publiceert voor ${series.label.nl} ${unitWords(series, 'nl')}; dat is niet met elkaar te vergelijken.`
        : `The claim gives ${mismatch.en}, but for ${series.label.en} the IND publishes ${unitWords(series, 'en')}; the two cannot be compared.`,
      [questionFor(series, latestPeriod(idx, series), lang)],
      series,
    );
  return checkClaim(p, series, assertions, periods, idx);
}

function checkClaim(
  p: Parsed,
  series: Series,
  assertions: Assertion[],
  periods: ClaimPeriods,
  idx: DataIndex,
): Answer {
  const { lang, question } = p;
  const nl = lang === 'nl';
  const notes: Note[] = [];
  const cannot = (why: { nl: string; en: string }) =>
    unverifiableAnswer(
      question,
      lang,
      `${why[lang]} ${nl ? 'Beschikbaar' : 'Available'}: ${availability(series, idx, lang)}.`,
      [questionFor(series, latestPeriod(idx, series), lang)],
      series,
    );

  let target: Figure | null;
  let base: Figure | null;
  let basePeriod: string;
  if (periods.partial) {
    const year = periods.partial.year;
    target = year ? monthsFigure(idx, series, year, periods.partial.months) : null;
    if (!target || !year)
      return cannot({
        nl: `Voor "${periods.partial.words}${year ? ` ${year}` : ''}" is er geen cijfer: de IND publiceert dit niet over die maanden.`,
        en: `There is no figure for "${periods.partial.words}${year ? ` ${year}` : ''}": the IND does not publish this for those months.`,
      });
    basePeriod = String(Number(year) - 1);
    base = monthsFigure(idx, series, basePeriod, periods.partial.months);
  } else {
    const period = periods.target ?? latestPeriod(idx, series);
    if (!period) return cannot({ nl: 'Er is geen cijfer.', en: 'There is no figure.' });
    target = figureAt(idx, series, period);
    if (!target)
      return cannot({
        nl: `Voor ${formatPeriod(period, 'nl')} is er geen cijfer over ${series.label.nl}${period > (latestPeriod(idx, series) ?? '') ? ' (nog niet gepubliceerd)' : ''}.`,
        en: `There is no figure for ${series.label.en} in ${formatPeriod(period, 'en')}${period > (latestPeriod(idx, series) ?? '') ? ' (not published yet)' : ''}.`,
      });
    if (!periods.target)
      notes.push({
        kind: 'period',
        text: nl
          ? `Geen periode genoemd: getoetst aan het meest recente cijfer (${formatPeriod(period, 'nl')}).`
          : `No period given: checked against the latest figure (${formatPeriod(period, 'en')}).`,
      });
    const fromLevel = assertions.find((a) => a.kind === 'level' && a.role === 'base' && a.period);
    basePeriod =
      periods.base && periods.base !== 'previous'
        ? periods.base
        : fromLevel && fromLevel.kind === 'level' && fromLevel.period
          ? fromLevel.period
          : previousPeriod(target.period.length === 7 && period.length === 4 ? period : target.period);
    base = figureAt(idx, series, basePeriod);
  }
  if (target.derived === 'sum')
    notes.push({
      kind: 'info',
      text: nl
        ? 'Berekend als de som van de gepubliceerde maandcijfers.'
        : 'Computed as the sum of the published monthly figures.',
    });

  const scope = { series, target, base, basePeriod, since: periods.since, lang };
  const checks: Check[] = assertions.map((a) => checkAssertion(a, scope, idx));
  const verdict = combine(checks.map((c) => c.verdict));
  if (verdict === 'unverifiable') {
    const why = checks
      .filter((c) => c.verdict === 'unverifiable')
      .map((c) => c.line)
      .join(' ');
    return unverifiableAnswer(
      question,
      lang,
      `${why} ${nl ? 'Beschikbaar' : 'Available'}: ${availability(series, idx, lang)}.`,
      [],
      series,
    );
  }
  const observations: Observation[] = [target.observations, ...checks.map((c) => c.observations)].flat();
  const change: Change | null = checks.find((c) => c.change)?.change ?? null;
  return claimAnswer(
    {
      question,
      lang,
      verdict,
      series,
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
function combine(verdicts: Verdict[]): Verdict {
  for (const v of ['false', 'unverifiable', 'roughly'] as const) if (verdicts.includes(v)) return v;
  return 'true';
}

/** The years a claim's chart shows: from the record's first year (or four back) to the claimed one. */
function trendFor(series: Series, target: Figure, periods: ClaimPeriods, idx: DataIndex): Observation[] {
  const kind = target.period.length === 4 ? 'year' : 'month';
  const all = idx.observations(series.id, kind).filter((o) => o.period <= target.period);
  const from = periods.since && kind === 'year' ? periods.since : null;
  return from ? all.filter((o) => o.period >= from) : all.slice(-5);
}

const UNIT_CLAIMS: Record<string, { nl: string; en: string; fits: Series['unit'][] }> = {
  percent: { nl: 'een percentage', en: 'a percentage', fits: ['percent'] },
  eur: { nl: 'een bedrag in euro', en: 'an amount in euros', fits: ['eur'] },
  fte: { nl: 'een aantal fte', en: 'a number of FTE', fits: ['fte'] },
  weeks: { nl: 'een aantal weken', en: 'a number of weeks', fits: ['weeks'] },
  days: { nl: 'een aantal dagen', en: 'a number of days', fits: ['days'] },
};

/** A claimed level whose unit the series does not publish (a share of a count, a count of a rate). */
function unitMismatch(series: Series, assertions: Assertion[]): { nl: string; en: string } | null {
  for (const a of assertions) {
    if (a.kind !== 'level' && a.kind !== 'average') continue;
    const claimed = a.q.unit && a.q.unit !== 'points' ? UNIT_CLAIMS[a.q.unit] : undefined;
    if (claimed && !claimed.fits.includes(series.unit)) return claimed;
    if (!a.q.unit && series.unit === 'percent' && a.q.value > 100) return { nl: 'een aantal', en: 'a count' };
  }
  return null;
}

const unitWords = (series: Series, lang: 'nl' | 'en'): string =>
  ({
    count: lang === 'nl' ? 'aantallen' : 'counts',
    percent: lang === 'nl' ? 'een percentage' : 'a percentage',
    weeks: lang === 'nl' ? 'weken' : 'weeks',
    days: lang === 'nl' ? 'dagen' : 'days',
    fte: 'fte',
    eur: lang === 'nl' ? 'bedragen in euro' : 'amounts in euros',
  })[series.unit];
