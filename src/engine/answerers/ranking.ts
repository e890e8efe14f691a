import { clarificationAnswer, declineAnswer } from '../compose/fallbacks.js';
import { buildRanking } from '../compose/ranking.js';
import { messages } from '../messages/index.js';
import { subjectName } from '../suggestions.js';
import type { ConceptHit } from '../understand/query.js';
import { hasMarker } from '../understand/query.js';
import type { Answerer } from './context.js';
import { accounting, gate } from './gate.js';

/** Top-3 nationalities: one category and year, or a question back when a term names two. */
export const ranking: Answerer = {
  name: 'ranking',
  answer(q, ctx) {
    if (!hasMarker(q, 'ranking')) return null;
    // "hoeveel ... per nationaliteit": counts, which are not published (the refusal says so).
    if (q.asks.some((a) => a.value === 'count')) return null;
    const { idx } = ctx;
    const m = messages(q.lang);
    const weights = new Map<string, { weight: number; hits: ConceptHit[] }>();
    const used: ConceptHit[] = [];
    for (const c of q.concepts) {
      if (c.negated) continue;
      for (const s of c.match.senses) {
        if (s.kind === 'measure' && s.id === 'aanvragen') used.push(c);
        if (s.kind !== 'subject' || !idx.rankingSubjects.has(s.id)) continue;
        const w = weights.get(s.id) ?? { weight: 0, hits: [] };
        w.weight += c.match.key.split(' ').length * (s.loose ? 0.9 : 1);
        w.hits.push(c);
        weights.set(s.id, w);
      }
    }
    // "nareisaanvragen 8 EVRM": the 8 EVRM kind, not both.
    if (weights.has('nareis-mvv') && weights.has('nareis-8evrm')) {
      used.push(...weights.get('nareis-mvv')!.hits);
      weights.delete('nareis-mvv');
    }
    const ordered = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight);
    const year =
      q.periods.mentions.find((x) => x.period.length === 4)?.period ??
      q.periods.mentions[0]?.period.slice(0, 4) ??
      null;
    // "family reunification" is both Family & Partner and nareis: ask rather than pick one.
    if (ordered.length >= 2 && ordered[0]![1].weight === ordered[1]![1].weight) {
      const options = ordered.slice(0, 3).map(([subject]) => {
        const label = idx.bySubject.get(subject)![0]!.name[q.lang].subject;
        const y = year ?? idx.rankingPeriods(subject).slice(-1)[0] ?? '';
        return {
          label: `${label} ${y}`,
          value: 'top 3',
          question: `${m.topOf} ${subjectName(subject, q.lang)} ${y}`,
        };
      });
      return clarificationAnswer(q.text.original, q.lang, options);
    }
    const fromContext = q.context?.series[0]?.split('.')[0];
    const subject =
      ordered[0]?.[0] ?? (fromContext && idx.rankingSubjects.has(fromContext) ? fromContext : null);
    if (!subject) return declineAnswer(q.text.original, q.lang, m.noRanking(null, year), idx);
    const label = idx.bySubject.get(subject)![0]!.name[q.lang].subject;
    const periods = idx.rankingPeriods(subject);
    const chosen = year ?? (q.periods.mentioned ? null : periods[periods.length - 1]!);
    const answer = chosen ? buildRanking(q.text.original, q.lang, subject, chosen, idx) : null;
    if (!answer)
      return declineAnswer(q.text.original, q.lang, m.noRanking(label, chosen ?? q.today.slice(0, 4)), idx);
    const hits = [...used, ...(weights.get(subject)?.hits ?? [])];
    // Loose words for the same domain ("asylum" beside "track 4") are part of the name.
    const domain = idx.bySubject.get(subject)![0]!.domain;
    const looseHere = (c: (typeof q.concepts)[number]) =>
      c.match.senses.some((s) => s.kind === 'subject') &&
      c.match.senses.every(
        (s) => s.kind !== 'subject' || (s.loose && idx.bySubject.get(s.id)?.[0]?.domain === domain),
      );
    hits.push(...q.concepts.filter(looseHere));
    // "welke drie nationaliteiten", "op 1, 2 en 3": the places of the top 3.
    const places = new Set<number>();
    q.tokens.forEach((t, i) => {
      const n = t.kind === 'number' ? Number(t.text) : q.view.sense(i, 'number')?.value;
      if (n !== undefined && n >= 1 && n <= 3 && Number.isInteger(n)) places.add(i);
    });
    // "per nationaliteit": what a top 3 is.
    for (const r of q.refusals)
      if (r.value === 'nationality') for (let i = r.start; i < r.end; i++) places.add(i);
    return gate(
      q,
      answer,
      accounting(hits, ['ranking'], {
        asks: new Set(['which']),
        claims: true,
        quantities: q.quantities.every((x) => places.has(x.at)),
        tokens: places,
      }),
      ctx,
    );
  },
};
