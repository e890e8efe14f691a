import type { Answer, Reading } from '../contract/answer.js';
import type { Dataset, Language } from '../data/schema.js';
import { readAge } from './age.js';
import { clarify, rankingAnswer } from './answer-choices.js';
import { AGE_BREAKDOWN, figuresAnswer, previousPeriod } from './answer-figures.js';
import { buildBuckets } from './build-buckets.js';
import { helpAnswer, notFoundAnswer } from './build-fallbacks.js';
import { findConcepts } from './concepts.js';
import { DataIndex } from './data-index.js';
import { detectIntent, INJECTION, type Intent, NATIONALITY, UNSUPPORTED, wantsComparison } from './intent.js';
import { detectLanguage } from './language.js';
import { answerNewsroom } from './newsroom/index.js';
import { withoutQuoteRequest } from './newsroom/quote.js';
import { fold, tokenize } from './normalize.js';
import { readPeriods } from './periods.js';
import { resolveSeries } from './resolve.js';
import { suggestFor } from './suggest.js';
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
  /** Up to `limit` answerable questions that fit what has been typed so far (autocomplete). */
  suggest(prefix: string, language?: Language, limit?: number): string[];
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
    // "in afgeronde woorden", "quote": how to phrase the reply, not what it is about.
    const tokens = tokenize(withoutQuoteRequest(folded));
    const lang = detectLanguage(tokens);
    const parsed: Parsed = { question: clean, folded, tokens, lang, today };
    try {
      return answerParsed(parsed, options.context ?? null, index, vocabulary);
    } catch {
      // A bug must not cost the reader an answer, and must never produce a number.
      return notFoundAnswer(clean, lang, { why: 'nothing-matched' }, index);
    }
  };
  const engine: Engine = {
    answer,
    suggest: (prefix, language, limit = 25) => suggestFor(engine, prefix, language, limit),
    index,
    vocabulary,
  };
  return engine;
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
  // "Hoeveel ... kregen (in 2023) een vergunning?" asks how many were granted, a figure the IND
  // publishes as a rate; the words need not stand together, so a phrase alias cannot catch it.
  if (GRANTED.test(folded)) {
    matches.push({
      concept: { type: 'measure', id: 'inwilligingen' },
      start: tokens.length,
      end: tokens.length,
      weight: 2,
      fuzzy: false,
    });
  }
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
    text: folded,
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
  // Rejections are not published: offer the approval rate and the decisions rather than a figure
  // that would be read as the number or share rejected.
  if (REJECTED.test(folded)) {
    const subjectSeries = idx.bySubject.get(series.subject)!;
    const offer = subjectSeries.filter((s) => s.measure === 'inwilligingen' || s.measure === 'beslissingen');
    const answer = clarify(
      p,
      offer.map((s) => ({ ...resolution.best, series: s })),
      periods,
      idx,
    );
    const note =
      lang === 'nl'
        ? 'De IND publiceert geen afwijzingen, wel het inwilligingspercentage en het aantal beslissingen.'
        : 'The IND does not publish rejections, only the approval rate and the number of decisions.';
    return { ...answer, text: `${note} ${answer.text}` };
  }
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

const REJECTED =
  /\b(afgewezen|afwijzing\w*|afgewezen|geweigerd|weigering\w*|rejected|rejections?|refused|refusals?|denied|denials?|turned down)\b/;

const GRANTED =
  /\b(kregen|kreeg|krijgen|verkregen|got|obtained|were granted|was granted)\b[^.?!]*\b(vergunning\w*|verblijfsvergunning\w*|permits?|status|nederlanderschap|citizenship)\b/;

const isShortFollowUp = (tokens: string[]) =>
  tokens.length <= 5 && /^(en|and|what about|hoe zit het met|voor|for)$/.test(tokens[0] ?? '');
