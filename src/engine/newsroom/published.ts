import type { Answer } from '../../contract/answer.js';
import type { Observation, Series } from '../../data/schema.js';
import { emptyAnswer, sourceLine } from '../answer-base.js';
import { notFoundAnswer } from '../build-fallbacks.js';
import { findConcepts } from '../concepts.js';
import type { DataIndex } from '../data-index.js';
import type { Parsed } from '../engine.js';
import { toFact } from '../facts.js';
import { formatChange, formatPeriod, formatValue } from '../format.js';
import { tokenize } from '../normalize.js';
import { readPeriods } from '../periods.js';
import { resolveSeries } from '../resolve.js';
import type { Vocabulary } from '../vocabulary.js';
import { namedPublication, reportYear } from './publications.js';
import { quoteSentence } from './quote.js';
import { relativeText } from './revisions.js';

/** "as first published", "eerst gepubliceerd", "oorspronkelijk": the oldest publication of a figure. */
const FIRST =
  /\b(as first published|first published|originally (published|reported)|as originally|initially (published|reported)|first reported|eerst gepubliceerd|eerste publicatie|oorspronkelijk\w*|aanvankelijk|voor de herziening|before (the )?revision|ongecorrigeerd|in de eerste versie)\b/;
/** Wording that asks what a named publication said, rather than merely naming the source. */
const ASKS_PUBLICATION =
  /\b(stond|stonden|staat|vermeld\w*|noemde|noemden|gaf|gaven|meldde|publiceerde|gepubliceerd|volgens|according to|in|said|say|says|reported|published|gave|listed|showed|printed)\b/;

/**
 * The value a given publication printed ("Wat stond er in Jaarcijfers 2023 over familie en gezin
 * 2023?", "as first published"), with today's value and the difference beside it. The fact is the
 * printed value, sourced to that publication; null when no publication or first printing is asked.
 */
export function answerPublished(p: Parsed, idx: DataIndex, vocab: Vocabulary): Answer | null {
  const text = p.folded;
  const named = namedPublication(text, idx);
  const first = FIRST.test(text);
  if (!named && !first) return null;
  if (named && !first && !ASKS_PUBLICATION.test(text)) return null;
  // The publication's own name ("Jaarcijfers 2023") is neither a subject nor the period asked.
  const rest = named ? `${text.slice(0, named.at)} ${text.slice(named.end)}` : text;
  const tokens = tokenize(rest);
  const matches = findConcepts(tokens, vocab);
  if (!matches.some((m) => m.concept.type === 'subject' || m.concept.type === 'measure')) return null;
  const q = readPeriods(rest, p.today);
  const wanted =
    q.periods[0] ??
    (named ? (named.publication.kind === 'annual' ? reportYear(named.publication) : null) : null);
  const resolution = resolveSeries(matches, idx, {
    age: null,
    contextSeries: [],
    periods: wanted ? [wanted] : [],
    percent: /(\bpercent\w*|\bprocent\w*|%|\bpercentage\b)/.test(rest),
  });
  if (!resolution.ok) return null;
  const series = resolution.best.series;
  const period =
    wanted ??
    (named
      ? [...idx.observations(series.id)]
          .reverse()
          .find((o) => idx.revisions(series.id, o.period).some((r) => r.publication === named.publication.id))
          ?.period
      : idx.observations(series.id).at(-1)?.period);
  if (!period) return null;
  const history = idx.revisions(series.id, period);
  const printed = named
    ? history.find((o) => o.publication === named.publication.id)
    : history[history.length - 1];
  // "As first published" for a period without any figure: the ordinary engine says what exists.
  if (!printed) {
    if (!named) return null;
    const where = history.map((o) => idx.publicationTitle(o.publication)).join(', ');
    const label = `${series.label[p.lang]} ${formatPeriod(period, p.lang)}`;
    const answer = notFoundAnswer(p.question, p.lang, { why: 'nothing-matched' }, idx);
    answer.text =
      p.lang === 'nl'
        ? `${named.publication.title} bevat geen cijfer voor ${label}.${where ? ` Dat cijfer staat in: ${where}.` : ''}`
        : `${named.publication.title} has no figure for ${label}.${where ? ` It is in: ${where}.` : ''}`;
    return answer;
  }
  return publishedAnswer(p, series, printed, history[0]!, idx);
}

function publishedAnswer(
  p: Parsed,
  series: Series,
  printed: Observation,
  current: Observation,
  idx: DataIndex,
): Answer {
  const { lang } = p;
  const nl = lang === 'nl';
  const fact = toFact(printed, series, idx, lang);
  const title = fact.source;
  const now = idx.publicationTitle(current.publication);
  const v = (o: Observation) => formatValue(o.value, series.unit, lang);
  const period = formatPeriod(printed.period, lang);
  const answer = emptyAnswer(p.question, lang, 'value', '');
  answer.facts = [fact];
  answer.headline = v(printed);
  answer.reading = `${series.label[lang]} · ${period} · ${title}`;
  answer.sources = [title];
  answer.context = { intent: 'value', series: [series.id], periods: [printed.period] };
  answer.quote = quoteSentence(series, printed.period, printed.value, title, lang);
  let comparison: string;
  if (current.publication === printed.publication) {
    comparison = nl ? `Dit is ook het huidige cijfer.` : 'This is also the current figure.';
  } else if (current.value === printed.value) {
    comparison = nl
      ? `Niet herzien: de ${now} geven hetzelfde cijfer.`
      : `Not revised: ${now} gives the same figure.`;
  } else {
    const diff = (current.value ?? 0) - (printed.value ?? 0);
    const rel = printed.value ? ` (${relativeText(diff / printed.value, lang)})` : '';
    const delta = `${formatChange(diff, series.unit, lang)}${series.unit === 'percent' ? '' : rel}`;
    comparison = nl
      ? `Herzien: het huidige cijfer (${now}) is ${v(current)}, een verschil van ${delta}.`
      : `Revised: the current figure (${now}) is ${v(current)}, a difference of ${delta}.`;
    answer.notes = [{ kind: 'revision', text: comparison }];
  }
  const lead = nl
    ? `${series.label.nl} ${period}, zoals gepubliceerd in ${title}: ${v(printed)}.`
    : `${series.label.en} ${period}, as published in ${title}: ${v(printed)}.`;
  answer.text = [lead, comparison, `${sourceLine([title], lang)}.`].join('\n');
  return answer;
}
