import type { Answer, Verdict } from '../../contract/answer.js';
import { buildRanking } from '../build-ranking.js';
import type { ConceptMatch } from '../concepts.js';
import type { DataIndex } from '../data-index.js';
import type { Parsed } from '../engine.js';
import { NATIONALITY } from '../intent.js';
import type { ClaimPeriods } from './claim-periods.js';
import { VERDICT_WORDS } from './compose.js';

/** "de grootste groep", "most ... came from", "op de tweede plaats": the place a claim gives. */
const PLACES: [RegExp, number][] = [
  [/\b(tweede|second|nummer 2|number 2|no\.? 2)\b/, 2],
  [/\b(derde plaats|third place|third largest|derde grootste|nummer 3|number 3)\b/, 3],
  [/\b(top ?(3|drie|three)|among the top|bij de top|in de top)\b/, 3.5],
  [
    /\b(grootste|largest|biggest|meeste|most|eerste plaats|first place|nummer 1|number 1|no\.? 1|top of|bovenaan|topped|led|leading|koploper)\b/,
    1,
  ],
];

/**
 * A claim about a nationality's place: checkable only against the published top 3 of applicants
 * per category ("Syriërs vormden de grootste groep naturalisatieaanvragers in 2025"). A share or a
 * count per nationality is not published: null, so the caller declines.
 */
export function answerRankingClaim(
  p: Parsed,
  text: string,
  matches: ConceptMatch[],
  periods: ClaimPeriods,
  idx: DataIndex,
): Answer | null {
  if (
    /\b(procent|percent|%|een derde|a third|de helft|half|kwart|quarter|meerderheid|majority|aandeel|share)\b/.test(
      text,
    )
  )
    return null;
  const place = PLACES.find(([re]) => re.test(text));
  const nationality = NATIONALITY.exec(text)?.[0];
  if (!place || !nationality) return null;
  const subject = matches.find((m) => m.concept.type === 'subject' && idx.rankingSubjects.has(m.concept.id))
    ?.concept as { type: 'subject'; id: string } | undefined;
  if (!subject) return null;
  const years = idx.rankingPeriods(subject.id);
  const year = periods.target ?? years[years.length - 1];
  if (!year || !years.includes(year)) return null;
  const ranking = buildRanking(p.question, p.lang, subject.id, year, idx);
  const published = idx.ranking(subject.id, year);
  if (!ranking || !published) return null;
  const stem = nationality.slice(0, 4);
  const entry = published.entries.find((e) =>
    [e.nl, e.en].some((n) => n.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').startsWith(stem)),
  );
  const wanted = place[1];
  let verdict: Verdict;
  if (!entry) verdict = 'false';
  else verdict = wanted === 3.5 ? 'true' : entry.rank === wanted ? 'true' : 'false';
  const nl = p.lang === 'nl';
  const where = entry
    ? nl
      ? `De nationaliteit ${entry.nl} staat op plaats ${entry.rank} van de top 3`
      : `${entry.en} nationals are number ${entry.rank} in the top 3`
    : nl
      ? `"${nationality}" staat niet in de top 3`
      : `"${nationality}" is not in the top 3`;
  ranking.kind = 'claim';
  ranking.verdict = verdict;
  ranking.headline = VERDICT_WORDS[p.lang][verdict];
  ranking.context = { intent: 'claim', series: ranking.context?.series ?? [], periods: [year] };
  ranking.text = `${VERDICT_WORDS[p.lang][verdict]}. ${where} (${year}).\n${ranking.text}`;
  return ranking;
}
