import type { Reading } from '../../contract/index.js';
import type { Language, Publication } from '../../data/schema.js';
import type { Lexicon } from '../lexicon/compile.js';
import type { Tagged } from '../lexicon/senses.js';
import { readAge } from './age.js';
import { readConcepts } from './concepts.js';
import { readPeriods } from './periods.js';
import { readPersonAge } from './person-age.js';
import { readPublication } from './publication.js';
import { readQuantities, readShares } from './quantities.js';
import type { Hit, Query } from './query.js';
import { separableVerbs } from './separable.js';
import { spelledYears } from './spelled-years.js';
import { readText } from './text.js';
import { type Token, tokenize } from './tokens.js';
import { View } from './view.js';
import { waitingAsPending } from './waiting.js';
import { canonicalWords, type Match, matchPhrases } from './words.js';

export interface UnderstandOptions {
  today: string;
  context: Reading | null;
  lexicon: Lexicon;
  publications: Publication[];
}

/**
 * Reads a question once: tokens, the lexicon's and the catalogue's phrases, then the readers in a
 * fixed order (a publication's name, the age of open cases, periods, shares, quantities, concepts)
 * so that each phrase is read by one reader. What no reader took stays in the hits for the
 * answerers, and the ledger (see ledger.ts) tells which words nothing explained.
 */
export function understand(question: string, o: UnderstandOptions): Query {
  const text = readText(question);
  const tokens = spelledYears(tokenize(text.folded), o.lexicon);
  const words = canonicalWords(tokens, o.lexicon);
  const domain = matchPhrases(words, o.lexicon.domain);
  const lexical = matchPhrases(words, o.lexicon.words);
  separableVerbs(tokens, lexical);
  lexical.sort((a, b) => a.start - b.start);
  domain.push(...grantedPairs(tokens, lexical, domain));
  waitingAsPending(tokens, lexical, domain);
  domain.sort((a, b) => a.start - b.start);
  const lang = detectLanguage(tokens, domain, lexical);
  const view = new View(tokens, lexical, domain, lang, words);

  const publication = readPublication(view, o.publications);
  const age = readAge(view);
  const personAges = readPersonAge(view);
  const periods = readPeriods(view, o.today);
  const shares = readShares(view);
  const quantities = readQuantities(view);
  // "2 miljoen aanvragen": the scale of a plain count is part of the number, not the amount measure.
  const inCount = (m: Match) =>
    quantities.some((x) => x.unit === null && m.start >= x.start && m.end <= x.end);
  const concepts = readConcepts(
    view,
    domain.filter((m) => !inCount(m)),
  );

  const q: Query = {
    text,
    tokens,
    lang,
    today: o.today,
    context: o.context,
    view,
    concepts,
    periods,
    age,
    quantities,
    shares,
    markers: hits(view, lexical, (s) => (s.kind === 'marker' ? s.marker : undefined)),
    asks: hits(view, lexical, (s) => (s.kind === 'ask' ? s.ask : undefined)),
    claims: hits(view, lexical, (s) => (s.kind === 'claim' ? s.word : undefined)),
    hedges: hits(view, lexical, (s) => (s.kind === 'hedge' ? s.hedge : undefined)),
    multiples: hits(view, lexical, (s) => (s.kind === 'multiple' ? s.factor : undefined)),
    fractions: hits(view, lexical, (s) => (s.kind === 'fraction' ? s.percent : undefined)),
    refusals: [...hits(view, lexical, (s) => (s.kind === 'refusal' ? s.refusal : undefined)), ...personAges],
    publication,
    questionForm: isQuestionForm(view),
  };
  return q;
}

/** Every sense of a kind in phrases no reader took, in the question's language where it has one. */
function hits<T>(view: View, lexical: Match[], pick: (s: Tagged) => T | undefined): Hit<T>[] {
  const out: Hit<T>[] = [];
  for (const m of lexical) {
    if (!view.free(m.start, m.end)) continue;
    // A word inside a longer catalogue phrase ("hoger beroep", "nog niet beslist") is that phrase.
    const inside = view.dom[m.start];
    const withinDomain =
      inside && inside.end - inside.start >= 2 && inside.start <= m.start && inside.end >= m.end;
    const own = m.senses.filter((s) => s.lang === view.lang);
    const senses = own.length > 0 ? own : m.senses;
    const seen = new Set<T>();
    for (const s of senses) {
      const v = pick(s);
      if (v === undefined || seen.has(v)) continue;
      if (withinDomain && (s.kind === 'claim' || (s.kind === 'marker' && s.marker !== 'total'))) continue;
      seen.add(v);
      out.push({ value: v, start: m.start, end: m.end });
    }
  }
  return out;
}

/**
 * "kreeg vorig jaar 36 procent van de aanvragers een vergunning", "how many students got a
 * residence permit": a verb of receiving with what is granted later in the same sentence reads as
 * the approval rate (a measure), on the verb; the object stays a describing word.
 */
function grantedPairs(tokens: Token[], lexical: Match[], domain: Match[]): Match[] {
  const out: Match[] = [];
  const part = (m: Match, p: 'verbs' | 'objects') => m.senses.some((s) => s.kind === 'grant' && s.part === p);
  // Sentence number per token, so a verb and its object are looked for in one sentence only.
  const sentence: number[] = [];
  let n = 0;
  for (const t of tokens) {
    sentence.push(n);
    if (t.kind === 'separator' && /^[.;?!]$/.test(t.text)) n++;
  }
  const applications = domain.filter((d) =>
    d.senses.some((s) => s.kind === 'measure' && s.id === 'aanvragen'),
  );
  lexical.forEach((verb, k) => {
    // "got a residence permit" said in one go.
    const marker = verb.senses.find((s) => s.kind === 'marker' && s.marker === 'granted');
    if (marker) {
      out.push({ ...verb, senses: [{ kind: 'measure', id: 'inwilligingen', lang: marker.lang }] });
      return;
    }
    if (!part(verb, 'verbs')) return;
    for (const obj of lexical.slice(k + 1, k + 14)) {
      if (sentence[obj.start] !== sentence[verb.start]) break;
      if (!part(obj, 'objects')) continue;
      // "kreeg de IND aanvragen voor een vergunning": applications for a permit, not permits granted.
      if (applications.some((d) => d.start >= verb.end && d.end <= obj.start)) break;
      const lang = verb.senses.find((s) => s.kind === 'grant')!.lang;
      out.push({
        start: verb.start,
        end: verb.end,
        key: verb.key,
        senses: [{ kind: 'measure', id: 'inwilligingen', lang }],
        fuzzy: false,
      });
      break;
    }
  });
  return out;
}

/** Dutch or English by the words only one of them has; Dutch wins a tie (the IND's language). */
function detectLanguage(tokens: Token[], domain: Match[], lexical: Match[]): Language {
  const score = { nl: 0, en: 0 };
  for (const m of [...lexical, ...domain]) {
    const langs = new Set(m.senses.map((s) => s.lang));
    if (langs.size !== 1) continue;
    const [only] = langs as Set<Language>;
    score[only!] += m.end - m.start;
  }
  void tokens;
  return score.en > score.nl ? 'en' : 'nl';
}

function isQuestionForm(view: View): boolean {
  // A question mark anywhere: "Where did most come from? Top 3 please".
  if (view.tokens.some((t) => t.kind === 'separator' && t.text === '?')) return true;
  // "Het aantal aanvragen steeg": a count phrase also starts statements; question words do not.
  const first = view.next(-1);
  const ask = first < view.length ? view.sense(first, 'ask') : undefined;
  if (!ask) return false;
  return (
    ask.ask !== 'count' || /^(hoeveel|hoe veel|hvl|how many|how much)\b/.test(view.lex[first]?.key ?? '')
  );
}
