import type { Answer, Fact } from '../../contract/index.js';
import type { DefinitionBreak, Observation, Series } from '../../data/schema.js';
import { emptyAnswer, sourceLine } from '../compose/base.js';
import { toFact } from '../compose/facts.js';
import type { DataIndex } from '../data-index.js';
import { formatChange, formatPeriod, formatRelative, formatValue } from '../format.js';
import { messages } from '../messages/index.js';
import { inRange } from '../understand/period-math.js';
import { hasMarker, type Query } from '../understand/query.js';
import { type Answerer, type Ctx, namesSubject, seriesOf } from './context.js';
import { accounting, gate } from './gate.js';

/**
 * One figure that a later publication printed differently: corrected (a revision) or, when
 * `redefined` is set, counted under a new definition (a definition change, never a revision).
 */
export interface Revision {
  series: Series;
  period: string;
  before: Observation;
  after: Observation;
  redefined?: DefinitionBreak;
}

/**
 * Every change of these series from one printing to the next, oldest pair first; a change across
 * a definition change carries that break.
 */
export function listRevisions(idx: DataIndex, series: Series[], periods: string[] | null): Revision[] {
  const out: Revision[] = [];
  for (const s of series) {
    for (const period of periods ?? idx.printedPeriods(s.id)) {
      const printings = [...idx.revisions(s.id, period)].reverse();
      for (let i = 1; i < printings.length; i++) {
        const [before, after] = [printings[i - 1]!, printings[i]!];
        if (before.value === after.value) continue;
        const redefined = idx.redefinition(s, before, after);
        out.push({ series: s, period, before, after, ...(redefined ? { redefined } : {}) });
      }
    }
  }
  return out;
}

const relative = (r: Revision) =>
  r.before.value
    ? Math.abs(((r.after.value ?? 0) - r.before.value) / r.before.value)
    : Number.POSITIVE_INFINITY;

/**
 * "Welke cijfers voor 2023 zijn herzien?", "was the Dublin figure for 2023 revised?": each revision
 * old -> new with the difference and both publications, biggest relative change first; no revision
 * says so plainly. A figure counted under a new definition is listed apart, as a definition change
 * with its explanation, never as a revision. The facts are, per changed figure, the new value then
 * the old one.
 */
export const revisions: Answerer = {
  name: 'revisions',
  answer(q, ctx) {
    if (!hasMarker(q, 'revision')) return null;
    // A claim pasted with "herzien" in it is a claim to check, not a question about revisions.
    if (q.quantities.length > 0 && !q.questionForm) return null;
    const { idx } = ctx;
    const named = q.publication?.publication ?? null;
    const periods = q.periods.range
      ? null
      : q.periods.mentions.length
        ? q.periods.mentions.map((m) => m.period)
        : null;
    let series: Series[] = [...idx.series.values()];
    let single: Series | null = null;
    let used = [] as Parameters<typeof accounting>[0];
    if (namesSubject(q)) {
      const r = seriesOf(q, ctx);
      if (!r.ok) return null;
      used = r.best.used;
      // "the Dublin figure": every measure of the subject, unless one was named.
      series = r.best.measureNamed ? [r.best.series] : (idx.bySubject.get(r.best.series.subject) ?? []);
      if (r.best.measureNamed) single = r.best.series;
    }
    let list = listRevisions(idx, series, periods);
    if (named) list = list.filter((r) => r.after.publication === named.id);
    const range = q.periods.range;
    if (range) list = list.filter((r) => inRange(r.period, range.from, range.to));
    list.sort((a, b) => relative(b) - relative(a));
    const answer = revisionAnswer(q, list, single, periods, named?.title ?? null, ctx);
    return gate(
      q,
      answer,
      accounting(used, ['revision', 'asPublished', 'help'], { publication: true, asks: new Set(['which']) }),
      ctx,
    );
  },
};

function revisionAnswer(
  q: Query,
  list: Revision[],
  single: Series | null,
  periods: string[] | null,
  publication: string | null,
  ctx: Ctx,
): Answer {
  const { idx } = ctx;
  const { lang } = q;
  const m = messages(lang);
  const answer = emptyAnswer(q.text.original, lang, 'value', '');
  const scope = [single?.label[lang], periods?.map((x) => formatPeriod(x, lang)).join(', '), publication]
    .filter(Boolean)
    .join(' · ');
  answer.reading = `${m.revisions}${scope ? ` · ${scope}` : ''}`;
  if (list.length === 0) {
    // Nothing revised: say so, with the figure itself when one figure was asked.
    const current = single && periods?.length === 1 ? idx.value(single.id, periods[0]!) : undefined;
    const facts: Fact[] = current ? [toFact(current, single!, idx, lang)] : [];
    answer.facts = facts;
    answer.headline = m.notRevised;
    answer.sources = facts.map((f) => f.source);
    const printed = current
      ? idx
          .revisions(single!.id, current.period)
          .map((o) => idx.publicationTitle(o.publication))
          .reverse()
      : null;
    answer.text =
      publication && !single
        ? m.nothingRevisedBy(publication, periods ?? [])
        : m.nothingRevised(scope, printed, current ? formatValue(current.value, single!.unit, lang) : null);
    if (facts.length) answer.text += `\n${sourceLine(answer.sources, lang)}.`;
    return answer;
  }
  const revised = list.filter((r) => !r.redefined);
  const redefined = list.filter((r) => r.redefined);
  answer.facts = list.flatMap((r) => [
    toFact(r.after, r.series, idx, lang),
    toFact(r.before, r.series, idx, lang),
  ]);
  answer.sources = [...new Set(answer.facts.map((f) => f.source))];
  answer.headline = m.revisionTally(revised.length, redefined.length);
  answer.context = {
    intent: 'value',
    series: [...new Set(list.map((r) => r.series.id))],
    periods: [...new Set(list.map((r) => r.period))],
  };
  answer.notes = revised.map((r) => ({ kind: 'revision' as const, text: line(r, idx, lang) }));
  const text = revised.length
    ? [m.revisionHead(m.revisionCount(revised.length), scope), ...answer.notes.map((n) => `• ${n.text}`)]
    : [m.onlyRedefined(scope)];
  if (revised.length && redefined.length) text.push(m.redefinedHead);
  // One note per definition change, with every figure it touches and its explanation once.
  for (const group of byBreak(redefined)) {
    const lines = group.map((r) => line(r, idx, lang));
    const b = group[0]!.redefined!;
    answer.notes.push({ kind: 'definition', text: m.redefinedNote(lines, b.note[lang]), until: b.until });
    text.push(...lines.map((l) => `• ${l}`), `  ${b.note[lang]}`);
  }
  answer.text = [...text, `${sourceLine(answer.sources, lang)}.`].join('\n');
  return answer;
}

/** Definition changes grouped by series and break, in list order. */
function byBreak(list: Revision[]): Revision[][] {
  const groups = new Map<string, Revision[]>();
  for (const r of list) {
    const key = `${r.series.id}|${r.redefined!.until}|${r.redefined!.publication}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

function line(r: Revision, idx: DataIndex, lang: 'nl' | 'en'): string {
  const unit = r.series.unit;
  const v = (o: Observation) => formatValue(o.value, unit, lang);
  const diff = (r.after.value ?? 0) - (r.before.value ?? 0);
  const rel =
    r.before.value && unit !== 'percent' ? `; ${formatRelative(diff / r.before.value, lang, true)}` : '';
  const from = idx.publicationTitle(r.before.publication);
  const to = idx.publicationTitle(r.after.publication);
  return `${r.series.label[lang]} ${formatPeriod(r.period, lang)}: ${v(r.before)} → ${v(r.after)} (${formatChange(diff, unit, lang)}${rel}), ${from} → ${to}`;
}
