import type { Dataset, Language, Observation, Series } from '../data/schema.js';
import { readAge } from './age.js';
import { buildBuckets } from './build-buckets.js';
import { clarificationAnswer, helpAnswer, notFoundAnswer } from './build-fallbacks.js';
import { buildFigures } from './build-figures.js';
import { buildRanking } from './build-ranking.js';
import { findConcepts } from './concepts.js';
import type { Answer, Note, Reading } from './contract.js';
import { DataIndex } from './data-index.js';
import { formatPeriod, formatValue } from './format.js';
import { detectIntent, INJECTION, type Intent, NATIONALITY, UNSUPPORTED, wantsComparison } from './intent.js';
import { detectLanguage } from './language.js';
import { answerNewsroom } from './newsroom/index.js';
import { fold, tokenize } from './normalize.js';
import { type PeriodQuery, readPeriods } from './periods.js';
import { type Candidate, resolveSeries } from './resolve.js';
import { questionFor, subjectName } from './suggestions.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

export interface AnswerOptions {
  /** Reference date (YYYY-MM-DD) for "vorig jaar", "last month"; defaults to the real today. */
  today?: string;
  /** The previous reading in this conversation, for follow-ups ("en in 2023?"). */
  context?: Reading | null;
}

export const MAX_QUESTION_LENGTH = 1000;

export interface Engine {
  answer(question: unknown, options?: AnswerOptions): Answer;
  readonly index: DataIndex;
  readonly vocabulary: Vocabulary;
}

/** Everything a question says, read once. */
export interface Parsed {
  question: string;
  folded: string;
  tokens: string[];
  lang: Language;
  today: string;
}

const isoToday = () => new Date().toISOString().slice(0, 10);

/**
 * The query engine: a question as typed, in Dutch or English, in; one typed answer out. Pure: the
 * dataset is passed in, nothing is read or sent. It never throws; when it cannot be sure of the
 * figure it asks or declines rather than guess.
 */
export function createEngine(dataset: Dataset): Engine {
  const index = new DataIndex(dataset);
  const vocabulary = buildVocabulary();

  const answer = (question: unknown, options: AnswerOptions = {}): Answer => {
    const raw = typeof question === 'string' ? question : '';
    const clean = raw
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ')
      .trim();
    const today = /^\d{4}-\d{2}-\d{2}$/.test(options.today ?? '') ? options.today! : isoToday();
    if (clean.length > MAX_QUESTION_LENGTH) {
      const lang = detectLanguage(tokenize(fold(clean.slice(0, 500))));
      return notFoundAnswer(clean.slice(0, 200), lang, { why: 'too-long', max: MAX_QUESTION_LENGTH }, index);
    }
    const folded = fold(clean);
    const tokens = tokenize(folded);
    const lang = detectLanguage(tokens);
    const parsed: Parsed = { question: clean, folded, tokens, lang, today };
    try {
      return answerParsed(parsed, options.context ?? null, index, vocabulary);
    } catch {
      // A bug must not cost the reader an answer, and must never produce a number.
      return notFoundAnswer(clean, lang, { why: 'nothing-matched' }, index);
    }
  };
  return { answer, index, vocabulary };
}

function answerParsed(p: Parsed, context: Reading | null, idx: DataIndex, vocab: Vocabulary): Answer {
  const { question, folded, tokens, lang } = p;
  let intent: Intent = tokens.length === 0 ? 'help' : detectIntent(folded);
  if (intent === 'help') return helpAnswer(question, lang, idx);
  if (INJECTION.test(folded)) return notFoundAnswer(question, lang, { why: 'injection' }, idx);
  const newsroom = answerNewsroom(p, { idx, vocab });
  if (newsroom) return newsroom;

  const periods = readPeriods(folded, p.today);
  const age = readAge(folded);
  const matches = findConcepts(tokens, vocab);
  const namesSubject = matches.some((m) => m.concept.type === 'subject');

  // Words a known phrase already explains ("stickers Oekraïne") are not a nationality or a breakdown.
  const unexplained = tokens.filter((_, i) => !matches.some((m) => m.start <= i && i < m.end)).join(' ');
  if (NATIONALITY.test(unexplained) && intent !== 'ranking')
    return notFoundAnswer(question, lang, { why: 'nationality' }, idx);
  if (UNSUPPORTED.test(unexplained)) return notFoundAnswer(question, lang, { why: 'unsupported' }, idx);
  if (!namesSubject && !context && matches.length === 0)
    return notFoundAnswer(question, lang, { why: 'nothing-matched' }, idx);
  // Long rambling text that only brushes a term is not a question about the figures.
  if (tokens.length > 40 && matches.length < 2 && !periods.mentioned)
    return notFoundAnswer(question, lang, { why: 'nothing-matched' }, idx);

  // A follow-up reuses what the previous question read, changing only what it names.
  const follow = context && !namesSubject ? context : null;
  if (
    follow &&
    !periods.mentioned &&
    periods.range === null &&
    follow.periods.length > 0 &&
    intent !== 'ranking'
  ) {
    if (intent === 'comparison' && follow.periods.length === 1)
      periods.periods.push(previousPeriod(follow.periods[0]!));
    periods.periods.unshift(...follow.periods.filter((x) => !periods.periods.includes(x)));
  } else if (
    follow &&
    intent === 'comparison' &&
    periods.periods.length === 1 &&
    follow.periods.length === 1 &&
    follow.periods[0] !== periods.periods[0]
  ) {
    periods.periods = [follow.periods[0]!, periods.periods[0]!].sort();
  }
  if (
    context &&
    namesSubject &&
    !periods.mentioned &&
    context.periods.length > 0 &&
    isShortFollowUp(tokens)
  ) {
    periods.periods.push(...context.periods);
    periods.mentioned = true;
  }

  if (intent === 'ranking')
    return rankingAnswer(
      p,
      matches.flatMap((m) => (m.concept.type === 'subject' ? [{ id: m.concept.id, weight: m.weight }] : [])),
      periods,
      idx,
      follow,
    );

  const resolution = resolveSeries(matches, idx, {
    age,
    contextSeries: follow ? follow.series : context && isShortFollowUp(tokens) ? context.series : [],
    periods: periods.periods,
    percent: /(\bpercent\w*|\bprocent\w*|%|\bpercentage\b|\baandeel\b|\bshare\b)/.test(folded),
  });
  if (!resolution.ok) {
    if (resolution.reason === 'ambiguous') return clarify(p, resolution.candidates, periods, idx);
    if (resolution.reason === 'no-subject')
      return notFoundAnswer(question, lang, { why: 'nothing-matched' }, idx);
    const subjectSeries = idx.bySubject.get(resolution.subject!)!;
    const subjectLabel = subjectSeries[0]!.label[lang].split(' · ')[0]!;
    const measures = subjectSeries.map((s) => s.label[lang].split(' · ')[1]!);
    return notFoundAnswer(question, lang, { why: 'measure', subject: subjectLabel, measures }, idx);
  }
  const series = resolution.best.series;
  // "Hoeveel ... ingewilligd?" asks a count, but the IND publishes a percentage: never pass one off
  // as the other.
  const asksCount =
    /\b(hoeveel|how many|aantal|number of)\b/.test(folded) &&
    !/(\bpercent\w*|\bprocent\w*|%|\brate\b|\baandeel\b|\bshare\b|\bratio\b|hoe vaak|how often|welk deel|what part|proportion)/.test(
      folded,
    );
  if (asksCount && series.unit === 'percent') {
    const subjectSeries = idx.bySubject.get(series.subject)!;
    const counts = [
      ...subjectSeries.filter((s) => s.measure === 'beslissingen'),
      ...subjectSeries.filter(
        (s) => s.unit !== 'percent' && ['aanvragen', 'ontvangen', 'procedures'].includes(s.measure),
      ),
    ].slice(0, 1);
    return clarify(
      p,
      [resolution.best, ...counts.map((c) => ({ ...resolution.best, series: c }))],
      periods,
      idx,
    );
  }
  if (
    intent === 'value' &&
    (periods.periods.length >= 2 || (wantsComparison(folded) && periods.periods.length === 1))
  )
    intent = 'comparison';
  // "naar leeftijd", "by age": the open cases split into their age buckets, per month.
  if (
    AGE_BREAKDOWN.test(folded) &&
    !age &&
    (series.measure === 'in-behandeling' || series.measure.startsWith('open-'))
  ) {
    const months = idx.periods(`${series.subject}.in-behandeling`, 'month');
    const wanted = periods.range
      ? months.filter(
          (m) =>
            m >= periods.range!.from &&
            (periods.range!.to === null || m.slice(0, periods.range!.to.length) <= periods.range!.to),
        )
      : periods.periods.length
        ? months.filter((m) => periods.periods.some((x) => m.startsWith(x)))
        : periods.monthly
          ? months.filter((m) => m.startsWith(months[months.length - 1]!.slice(0, 4)))
          : months.slice(-1);
    const byAge = buildBuckets(question, lang, series.subject, wanted, idx);
    if (byAge) return byAge;
  }
  // "e-mails per maand" names a measure, not a monthly breakdown.
  if (series.measure.endsWith('per-maand')) periods.monthly = false;
  if (periods.range || periods.monthly) intent = intent === 'comparison' ? 'comparison' : 'series';
  return figuresAnswer(p, series, intent, periods, idx, resolution.best.measureNamed);
}

const isShortFollowUp = (tokens: string[]) =>
  tokens.length <= 5 && /^(en|and|what about|hoe zit het met|voor|for)$/.test(tokens[0] ?? '');

function previousPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) - 1);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function figuresAnswer(
  p: Parsed,
  series: Series,
  intent: Intent,
  q: PeriodQuery,
  idx: DataIndex,
  measureNamed = true,
): Answer {
  const { lang, question } = p;
  const years = idx.observations(series.id, 'year');
  const months = idx.observations(series.id, 'month');
  const all = idx.observations(series.id);
  const notFound = (asked: string[]): Answer => {
    // The default measure lacks the period, but the subject has other figures for it: offer those.
    if (!measureNamed) {
      const siblings = idx.bySubject
        .get(series.subject)!
        .filter((s) => s.id !== series.id && asked.every((a) => idx.value(s.id, a)));
      if (siblings.length > 0) {
        const candidates = siblings
          .slice(0, 4)
          .map((s) => ({ series: s, score: 0, subjectWeight: 0, measureNamed: false }));
        return clarify(p, candidates, q, idx);
      }
    }
    return notFoundAnswer(
      question,
      lang,
      {
        why: 'period',
        label: series.label[lang],
        asked: asked.map((x) => formatPeriod(x, lang)),
        series: series.id,
      },
      idx,
    );
  };
  const figures = (kind: 'value' | 'comparison' | 'series', observations: Observation[], periodNote?: Note) =>
    buildFigures({ question, lang, series, kind, observations, ...(periodNote ? { periodNote } : {}) }, idx);

  if (q.range) {
    const { from, to } = q.range;
    const pool = from.length === 7 ? months : years.length ? years : months;
    const inRange = pool.filter(
      (o) => o.period.slice(0, from.length) >= from && (to === null || o.period.slice(0, to.length) <= to),
    );
    if (inRange.length === 0) return notFound([to ? `${from}-${to}` : from]);
    const missing =
      to && from.length === 4 ? rangeYears(from, to).filter((y) => !inRange.some((o) => o.period === y)) : [];
    const note: Note | undefined = missing.length
      ? {
          kind: 'period',
          text:
            lang === 'nl'
              ? `Geen cijfer voor ${missing.join(', ')}.`
              : `No figure for ${missing.join(', ')}.`,
        }
      : undefined;
    if (inRange.length === 2 && intent === 'comparison') return figures('comparison', inRange);
    return inRange.length === 1 ? figures('value', inRange) : figures('series', inRange, note);
  }
  if (q.monthly) {
    const year = q.periods.find((x) => x.length === 4) ?? months[months.length - 1]?.period.slice(0, 4);
    const inYear = months.filter((o) => o.period.startsWith(year ?? '-'));
    if (inYear.length === 0) return notFound([year ?? '']);
    return figures('series', inYear);
  }
  if (q.periods.length > 0) {
    const found: Observation[] = [];
    const missing: string[] = [];
    for (const period of q.periods) {
      const o = all.find((x) => x.period === period);
      if (o) found.push(o);
      else if (
        period.length === 4 &&
        years.length === 0 &&
        months.some((m) => m.period.startsWith(period)) &&
        q.periods.length === 1
      ) {
        // Only monthly figures exist. A stock (open cases) at the end of the year is December's
        // figure; a flow gets that year's months (the IND publishes no annual sum of them).
        const december = months.find((m) => m.period === `${period}-12`);
        if (december && isStock(series) && intent !== 'series') {
          const note: Note = {
            kind: 'period',
            text:
              lang === 'nl'
                ? `Stand eind december ${period} (maandcijfers).`
                : `Position at the end of December ${period} (monthly figures).`,
          };
          return figures('value', [december], note);
        }
        return figures(
          'series',
          months.filter((m) => m.period.startsWith(period)),
        );
      } else missing.push(period);
    }
    if (missing.length > 0) return notFound(missing);
    found.sort((a, b) => a.period.localeCompare(b.period));
    if (found.length === 1 && intent === 'comparison') {
      const prev = all.find((x) => x.period === previousPeriod(found[0]!.period));
      if (prev) return figures('comparison', [prev, found[0]!]);
    }
    if (found.length === 1)
      return figures(
        intent === 'series' &&
          found[0]!.period.length === 4 &&
          months.some((m) => m.period.startsWith(found[0]!.period))
          ? 'series'
          : 'value',
        intent === 'series' &&
          found[0]!.period.length === 4 &&
          months.some((m) => m.period.startsWith(found[0]!.period))
          ? months.filter((m) => m.period.startsWith(found[0]!.period))
          : found,
      );
    return figures(intent === 'series' ? 'series' : 'comparison', found);
  }
  if (q.mentioned) return notFound([p.today.slice(0, 4)]);
  // No period named: the latest, and the answer says which.
  if (q.latest === 'month' && months.length) return figures('value', [months[months.length - 1]!]);
  if (intent === 'series') return figures('series', years.length >= 2 ? years : months);
  const pool = years.length ? years : months;
  const latest = pool[pool.length - 1];
  if (!latest) return notFound([]);
  if (intent === 'comparison' && pool.length >= 2) return figures('comparison', pool.slice(-2));
  const note: Note = {
    kind: 'period',
    text:
      lang === 'nl'
        ? `Geen periode genoemd: dit is het meest recente cijfer (${formatPeriod(latest.period, 'nl')}).`
        : `No period given: this is the latest figure (${formatPeriod(latest.period, 'en')}).`,
  };
  return figures('value', [latest], q.latest ? undefined : note);
}

const AGE_BREAKDOWN =
  /\b(naar leeftijd|per leeftijd|leeftijdsopbouw|leeftijdscategorie\w*|ouderdom|hoe oud|how old|by age|age breakdown|age of (the )?(open|pending)|ageing|aging|age buckets|leeftijd)\b/;

const isStock = (s: Series) => s.measure === 'in-behandeling' || s.measure.startsWith('open-');

const rangeYears = (from: string, to: string) =>
  Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));

function rankingAnswer(
  p: Parsed,
  named: { id: string; weight: number }[],
  q: PeriodQuery,
  idx: DataIndex,
  follow: Reading | null,
): Answer {
  const { lang, question } = p;
  const weights = new Map<string, number>();
  for (const n of named)
    if (idx.rankingSubjects.has(n.id)) weights.set(n.id, (weights.get(n.id) ?? 0) + n.weight);
  if (weights.has('nareis-mvv') && weights.has('nareis-8evrm')) weights.delete('nareis-mvv');
  const candidates = [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const year = q.periods.find((x) => x.length === 4) ?? (q.periods[0]?.slice(0, 4) || null);
  // "family reunification" is both Family & Partner and nareis: ask rather than pick one.
  if (candidates.length >= 2 && weights.get(candidates[0]!) === weights.get(candidates[1]!)) {
    const options = candidates.slice(0, 3).map((subject) => {
      const label = idx.bySubject.get(subject)![0]!.label[lang].split(' · ')[0]!;
      const y = year ?? idx.rankingPeriods(subject).slice(-1)[0] ?? '';
      const ask = `${lang === 'nl' ? 'Top 3 nationaliteiten' : 'Top 3 nationalities'} ${subjectName(subject, lang)} ${y}`;
      return { label: `${label} ${y}`, value: 'top 3', question: ask };
    });
    return clarificationAnswer(question, lang, options);
  }
  const fromContext = follow?.series[0]?.split('.')[0];
  const subject = candidates[0] ?? (fromContext && idx.rankingSubjects.has(fromContext) ? fromContext : null);
  if (!subject) return notFoundAnswer(question, lang, { why: 'ranking', subject: null, year }, idx);
  const periods = idx.rankingPeriods(subject);
  const chosen = year ?? (q.mentioned ? null : periods[periods.length - 1]!);
  const label = idx.bySubject.get(subject)![0]!.label[lang].split(' · ')[0]!;
  if (!chosen)
    return notFoundAnswer(question, lang, { why: 'ranking', subject: label, year: p.today.slice(0, 4) }, idx);
  return (
    buildRanking(question, lang, subject, chosen, idx) ??
    notFoundAnswer(question, lang, { why: 'ranking', subject: label, year: chosen }, idx)
  );
}

function clarify(p: Parsed, candidates: Candidate[], q: PeriodQuery, idx: DataIndex): Answer {
  const options = candidates.slice(0, 4).map((c) => {
    const obs = idx.observations(c.series.id);
    const period =
      q.periods.find((x) => obs.some((o) => o.period === x)) ??
      obs.filter((o) => o.period.length === 4).pop()?.period ??
      obs[obs.length - 1]?.period ??
      null;
    const o = period ? idx.value(c.series.id, period) : undefined;
    return {
      label: `${c.series.label[p.lang]}${period ? ` ${formatPeriod(period, p.lang)}` : ''}`,
      value: o ? formatValue(o.value, c.series.unit, p.lang) : '-',
      question: questionFor(c.series, period, p.lang),
    };
  });
  return clarificationAnswer(p.question, p.lang, options);
}
