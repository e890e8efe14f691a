import type { Answer, Fact } from '../../contract/answer.js';
import type { Observation, Series } from '../../data/schema.js';
import { emptyAnswer, sourceLine } from '../answer-base.js';
import { findConcepts } from '../concepts.js';
import type { DataIndex } from '../data-index.js';
import type { Parsed } from '../engine.js';
import { toFact } from '../facts.js';
import { formatChange, formatNumber, formatPeriod, formatValue } from '../format.js';
import { tokenize } from '../normalize.js';
import { readPeriods } from '../periods.js';
import { resolveSeries } from '../resolve.js';
import type { Vocabulary } from '../vocabulary.js';
import { namedPublication } from './publications.js';

const REVISED =
  /\b(herzien\w*|herziening\w*|bijgesteld\w*|gecorrigeerd\w*|correcties|aangepast|gewijzigd|revised|revisions?|revising|corrected|corrections|restated|adjusted)\b/;

/** One figure that a later publication printed differently. */
export interface Revision {
  series: Series;
  period: string;
  before: Observation;
  after: Observation;
}

/** Every revision in the dataset, oldest publication pair first: each change from one printing to the next. */
export function listRevisions(idx: DataIndex, series: Series[], periods: string[] | null): Revision[] {
  const out: Revision[] = [];
  for (const s of series) {
    const all = periods ?? [
      ...new Set(idx.dataset.observations.filter((o) => o.series === s.id).map((o) => o.period)),
    ];
    for (const period of all) {
      const printings = [...idx.revisions(s.id, period)].reverse();
      for (let i = 1; i < printings.length; i++) {
        const [before, after] = [printings[i - 1]!, printings[i]!];
        if (before.value !== after.value) out.push({ series: s, period, before, after });
      }
    }
  }
  return out;
}

/**
 * "Welke cijfers voor 2023 zijn herzien?", "was the Dublin figure for 2023 revised?": each revision
 * old -> new with the difference and both publications, biggest relative change first; no revision
 * says so plainly. Kind 'value': the facts are, per revised figure, the new value then the old one,
 * each sourced to the publication that printed it.
 */
export function answerRevisions(p: Parsed, idx: DataIndex, vocab: Vocabulary): Answer | null {
  const text = p.folded;
  if (!REVISED.test(text)) return null;
  // A question, not a claim pasted with "herzien" in it: a question word, a question mark, or short.
  if (
    !/\?|\b(welke|welk|wat|is|zijn|was|werd|werden|which|what|was|were|has|have|did|any|lijst|list|toon|show)\b/.test(
      text,
    )
  )
    return null;
  const named = namedPublication(text, idx);
  const rest = named ? `${text.slice(0, named.at)} ${text.slice(named.end)}` : text;
  const matches = findConcepts(tokenize(rest), vocab);
  const q = readPeriods(rest, p.today);
  const periods = q.range ? null : q.periods.length > 0 ? q.periods : null;
  let series: Series[] = [...idx.series.values()];
  let single: Series | null = null;
  if (matches.some((m) => m.concept.type === 'subject')) {
    const r = resolveSeries(matches, idx, { age: null, contextSeries: [], periods: periods ?? [] });
    if (!r.ok) return null;
    const subject = idx.bySubject.get(r.best.series.subject) ?? [];
    // "the Dublin figure": every measure of the subject, unless one was named.
    series = r.best.measureNamed ? [r.best.series] : subject;
    if (r.best.measureNamed) single = r.best.series;
  }
  let revisions = listRevisions(idx, series, periods);
  if (named) revisions = revisions.filter((r) => r.after.publication === named.publication.id);
  if (q.range) {
    const { from, to } = q.range;
    revisions = revisions.filter(
      (r) => r.period >= from && (to === null || r.period.slice(0, to.length) <= to),
    );
  }
  revisions.sort((a, b) => relative(b) - relative(a));
  return revisionAnswer(p, revisions, single, periods, named?.publication.title ?? null, idx);
}

const relative = (r: Revision) =>
  r.before.value
    ? Math.abs(((r.after.value ?? 0) - r.before.value) / r.before.value)
    : Number.POSITIVE_INFINITY;

function revisionAnswer(
  p: Parsed,
  revisions: Revision[],
  single: Series | null,
  periods: string[] | null,
  publication: string | null,
  idx: DataIndex,
): Answer {
  const { lang } = p;
  const nl = lang === 'nl';
  const answer = emptyAnswer(p.question, lang, 'value', '');
  const scope = [
    single ? single.label[lang] : null,
    periods ? periods.map((x) => formatPeriod(x, lang)).join(', ') : null,
    publication,
  ]
    .filter(Boolean)
    .join(' · ');
  answer.reading = `${nl ? 'Herzieningen' : 'Revisions'}${scope ? ` · ${scope}` : ''}`;
  if (revisions.length === 0) {
    // Nothing revised: say so, with the figure itself when one figure was asked.
    const current = single && periods?.length === 1 ? idx.value(single.id, periods[0]!) : undefined;
    const facts: Fact[] = current ? [toFact(current, single!, idx, lang)] : [];
    answer.facts = facts;
    answer.headline = nl ? 'niet herzien' : 'not revised';
    answer.sources = facts.map((f) => f.source);
    const printed = current
      ? idx
          .revisions(single!.id, current.period)
          .map((o) => idx.publicationTitle(o.publication))
          .reverse()
      : [];
    answer.text =
      publication && !single
        ? nl
          ? `Niet herzien: de ${publication} wijzigen geen eerder gepubliceerd cijfer${periods ? ` over ${periods.join(', ')}` : ''}.`
          : `Not revised: ${publication} changes no previously published figure${periods ? ` for ${periods.join(', ')}` : ''}.`
        : nl
          ? `Niet herzien${scope ? ` (${scope})` : ''}: geen enkel cijfer is in een latere publicatie anders gepubliceerd.${current ? ` ${printed.join(', ')} geven allemaal ${formatValue(current.value, single!.unit, lang)}.` : ''}`
          : `Not revised${scope ? ` (${scope})` : ''}: no figure was printed differently in a later publication.${current ? ` ${printed.join(', ')} all give ${formatValue(current.value, single!.unit, lang)}.` : ''}`;
    if (facts.length) answer.text += `\n${sourceLine(answer.sources, lang)}.`;
    return answer;
  }
  answer.facts = revisions.flatMap((r) => [
    toFact(r.after, r.series, idx, lang),
    toFact(r.before, r.series, idx, lang),
  ]);
  answer.sources = [...new Set(answer.facts.map((f) => f.source))];
  answer.headline = nl
    ? `${revisions.length} ${revisions.length === 1 ? 'herziening' : 'herzieningen'}`
    : `${revisions.length} ${revisions.length === 1 ? 'revision' : 'revisions'}`;
  answer.context = {
    intent: 'value',
    series: [...new Set(revisions.map((r) => r.series.id))],
    periods: [...new Set(revisions.map((r) => r.period))],
  };
  answer.notes = revisions.map((r) => ({ kind: 'revision' as const, text: line(r, idx, lang) }));
  const head = nl
    ? `${answer.headline}${scope ? ` (${scope})` : ''}, grootste relatieve wijziging eerst:`
    : `${answer.headline}${scope ? ` (${scope})` : ''}, largest relative change first:`;
  answer.text = [
    head,
    ...answer.notes.map((n) => `• ${n.text}`),
    `${sourceLine(answer.sources, lang)}.`,
  ].join('\n');
  return answer;
}

function line(r: Revision, idx: DataIndex, lang: 'nl' | 'en'): string {
  const unit = r.series.unit;
  const v = (o: Observation) => formatValue(o.value, unit, lang);
  const diff = (r.after.value ?? 0) - (r.before.value ?? 0);
  const rel = r.before.value && unit !== 'percent' ? `; ${relativeText(diff / r.before.value, lang)}` : '';
  const from = idx.publicationTitle(r.before.publication);
  const to = idx.publicationTitle(r.after.publication);
  return `${r.series.label[lang]} ${formatPeriod(r.period, lang)}: ${v(r.before)} → ${v(r.after)} (${formatChange(diff, unit, lang)}${rel}), ${from} → ${to}`;
}

/** A relative change with enough decimals to show a small revision: −0,05% rather than −0%. */
export function relativeText(fraction: number, lang: 'nl' | 'en'): string {
  const pct = Math.abs(fraction) * 100;
  const sign = fraction > 0 ? '+' : fraction < 0 ? '−' : '±';
  return `${sign}${formatNumber(pct, lang, pct < 1 ? 2 : 1)}%`;
}
