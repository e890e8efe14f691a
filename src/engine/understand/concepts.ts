import type { ConceptHit } from './query.js';
import type { View } from './view.js';
import type { Match } from './words.js';

const isMarker = (view: View, i: number, marker: 'negation' | 'inclusion') =>
  view.senses(i).some((s) => s.kind === 'marker' && s.marker === marker);

/**
 * The catalogue's phrases, each with what the words around it say: left out ("niet over verblijf",
 * "not the Ketenservicelijn", "excluding externals") or counted in ("incl. externen", "external
 * staff included"). The negating or including words are taken with it.
 */
export function readConcepts(view: View, domain: Match[]): ConceptHit[] {
  const hits = domain.map((match) => {
    const hit: ConceptHit = { match, negated: false, included: false };
    // Up to two function words between the marker and the phrase: "not the", "niet over de".
    let b = view.prev(match.start);
    for (let hops = 0; b >= 0 && hops < 3; hops++) {
      if (view.taken(b) || view.dom[b]) break;
      const kind = isMarker(view, b, 'negation')
        ? 'negated'
        : isMarker(view, b, 'inclusion')
          ? 'included'
          : null;
      if (kind) {
        hit[kind] = true;
        const phrase = view.lex[b]!;
        view.take(phrase.start, phrase.end, 'concept');
        break;
      }
      if (!view.has(b, 'function')) break;
      b = view.prev(view.lex[b]?.start ?? b);
    }
    const a = view.next(match.end - 1);
    if (a < view.length && !view.taken(a) && !view.dom[a] && isMarker(view, a, 'inclusion')) {
      const phrase = view.lex[a]!;
      if (/^(included|inbegrepen|meegerekend|meegeteld)$/.test(phrase.key)) {
        hit.included = true;
        view.take(phrase.start, phrase.end, 'concept');
      }
    }
    return hit;
  });
  // "external staff included": the words after a run of phrases count the whole run in.
  hits.forEach((hit, k) => {
    if (!hit.included) return;
    for (let j = k - 1; j >= 0 && hits[j]!.match.end === hits[j + 1]!.match.start; j--)
      hits[j]!.included = true;
  });
  linkListedMeasures(view, hits);
  return hits;
}

const namesMeasure = (hit: ConceptHit) => hit.match.senses.some((s) => s.kind === 'measure');

/** A word that joins two figures asked: "en", "and", "vs", "tegenover", "than", "dan". */
const joins = (view: View, i: number) =>
  view
    .senses(i)
    .some(
      (s) =>
        (s.kind === 'range' && (s.role === 'and' || s.role === 'versus')) ||
        (s.kind === 'claim' && s.word === 'than'),
    );

/** A word or mark that lists figures asked: a joining word, a comma, "&", "/". */
export const listJoin = (view: View, i: number): boolean => joins(view, i) || /^[,&/+]$/.test(view.text(i));

function linkListedMeasures(view: View, hits: ConceptHit[]): void {
  let previous: ConceptHit | undefined;
  for (const hit of hits) {
    if (!namesMeasure(hit)) continue;
    if (previous && previous.match.end <= hit.match.start) {
      for (let i = previous.match.end; i < hit.match.start; i++)
        if (!view.dom[i] && joins(view, i)) {
          hit.listedWith = previous;
          break;
        }
    }
    previous = hit;
  }
}
