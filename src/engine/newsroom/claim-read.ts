import { MONTH_NUMBER } from './claim-periods.js';
import {
  ABOUT_WORDS,
  BARE_LESS,
  BARE_MORE,
  DOWN,
  EVER,
  FRACTIONS,
  HIGHEST,
  IN_N_YEARS,
  INCLUSIVE,
  LESS_THAN_BEFORE,
  LOWEST,
  MORE_THAN_BEFORE,
  MULTIPLES,
  NEARLY_WORDS,
  NUMBER_WORDS,
  ORDINALS,
  OVER_WORDS,
  SHARE,
  SLIGHT,
  STABLE,
  STREAK,
  STRONG,
  TIMES,
  UP,
} from './claim-words.js';
import { type Hedge, parseNumber, type Quantity, readQuantities } from './quantities.js';

/** One thing a claim asserts that the figures can confirm or refute. */
export type Assertion =
  /** A level in a period: "16.500 in 2025", "ruim 50.000", "onder de 6.400 fte". */
  | { kind: 'level'; q: Quantity; role: 'target' | 'base'; period: string | null }
  /** "gemiddeld zo'n 2.000 per maand": the year's figure divided by twelve. */
  | { kind: 'average'; q: Quantity; period: string | null }
  /** A relative change in percent, signed: "daalde met 10 procent" = -10. */
  | { kind: 'relative'; percent: number; hedge: Hedge; fraction: boolean; words: string }
  /** An absolute change: "steeg met 5.000", "5.000 meer dan in 2024". */
  | { kind: 'absolute'; q: Quantity; direction: 1 | -1 }
  /** A multiple: "verdubbeld" = 2, "halved" = 0.5. */
  | { kind: 'multiple'; factor: number; hedge: Hedge; words: string }
  /** Only a direction: "steeg", "fell", "bleef gelijk". */
  | { kind: 'direction'; direction: 1 | -1 | 0; strength: 'strong' | 'slight' | null; words: string }
  /** The highest or lowest of a range of years. */
  | {
      kind: 'extreme';
      highest: boolean;
      words: string;
      inclusive: boolean;
      ever: boolean;
      years: number | null;
    }
  /** "voor het tweede jaar op rij": this many changes in a row, all one way. */
  | { kind: 'streak'; years: number; direction: 1 | -1; words: string }
  /** A share of a whole ("een derde van alle ..."): only checkable against a published percentage. */
  | { kind: 'share'; percent: number; words: string };

const hedgeBefore = (text: string, at: number): Hedge => {
  const lead = text.slice(Math.max(0, at - 25), at);
  if (OVER_WORDS.test(lead)) return 'over';
  if (NEARLY_WORDS.test(lead)) return 'nearly';
  if (ABOUT_WORDS.test(lead)) return 'about';
  return 'exact';
};

const direction = (text: string): 1 | -1 | 0 | null => {
  const up = UP.exec(text);
  const down = DOWN.exec(text);
  if (up && down) return up.index < down.index ? 1 : -1;
  if (up) return 1;
  if (down) return -1;
  if (MORE_THAN_BEFORE.test(text)) return 1;
  if (LESS_THAN_BEFORE.test(text)) return -1;
  if (STABLE.test(text)) return 0;
  return null;
};

const CHANGE_AFTER =
  /^\s*(meer|minder|more|fewer|less|hoger|lager|higher|lower|stijging|daling|toename|afname|increase|decrease|rise|drop|fall|decline|jump|groei|growth|krimp|up|down|erbij|extra)\b/;
const CHANGE_BEFORE =
  /(\b(met|by|of)|stijging van|daling van|toename van|afname van|groei van|krimp van|increase of|decrease of|rise of|drop of|fall of|decline of|growth of|a|an|een)\s*$/;

/** Reads what a claim asserts, from folded text. Periods are tied to numbers by "in 2024" nearby. */
export function readAssertions(text: string): { assertions: Assertion[]; quantities: Quantity[] } {
  const assertions: Assertion[] = [];
  const quantities = readQuantities(text).filter(
    (q) => !/^\s*(keer|maal|times|x\b|-fold)/.test(text.slice(q.end)),
  );
  const dir = direction(text);
  // Where the direction is said: "steeg met 10 procent" reads the number as the change, "met 16.500
  // ... was 2025" (no verb before it) as a level.
  const dirAt = dir === null ? -1 : Math.min(...[UP, DOWN].map((re) => re.exec(text)?.index ?? text.length));
  let changeRead = false;

  for (const q of quantities) {
    const start = Math.min(q.at, text.indexOf(q.phrase, Math.max(0, q.at - 40)));
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(q.end);
    const isChange =
      CHANGE_AFTER.test(after) || (dir !== null && dir !== 0 && dirAt < start && CHANGE_BEFORE.test(before));
    const toLevel = /\b(naar|tot|to|op|at)\s*$/.test(before);
    if (q.unit === 'percent' && isChange && !toLevel) {
      const sign =
        dir === -1 ||
        /^\s*(minder|fewer|less|lager|lower|daling|afname|decrease|drop|fall|decline|krimp|down)\b/.test(
          after,
        )
          ? -1
          : 1;
      assertions.push({
        kind: 'relative',
        percent: sign * q.value,
        hedge: q.hedge,
        fraction: false,
        words: q.phrase,
      });
      changeRead = true;
      continue;
    }
    if (isChange && !toLevel && q.unit !== 'percent') {
      const sign =
        dir === -1 ||
        /^\s*(minder|fewer|less|lager|lower|daling|afname|decrease|drop|fall|decline|krimp|down)\b/.test(
          after,
        )
          ? -1
          : 1;
      assertions.push({ kind: 'absolute', q, direction: sign });
      changeRead = true;
      continue;
    }
    if (q.perMonth && q.unit !== 'percent') {
      assertions.push({ kind: 'average', q, period: periodAfter(text, q.end) });
      continue;
    }
    const role = /\b(van|from)\s*$/.test(before) && dir !== null ? 'base' : 'target';
    assertions.push({ kind: 'level', q, role, period: periodAfter(text, q.end) ?? periodBefore(before) });
  }

  for (const [re, factor] of MULTIPLES) {
    const m = re.exec(text);
    if (!m) continue;
    // "ruimschoots verdubbeld" and "verdubbelde ruimschoots" both say: more than that.
    const after = /^\s*(ruimschoots|ruim|meer dan dat|and more|and then some)\b/.test(
      text.slice(m.index + m[0].length),
    );
    assertions.push({
      kind: 'multiple',
      factor,
      hedge: after ? 'over' : hedgeBefore(text, m.index),
      words: m[0],
    });
    changeRead = true;
    break;
  }
  const times = TIMES.exec(text);
  if (times && !assertions.some((a) => a.kind === 'multiple')) {
    const n = NUMBER_WORDS[times[1]!] ?? parseNumber(times[1]!);
    if (n && n > 0) {
      assertions.push({
        kind: 'multiple',
        factor: n,
        hedge: hedgeBefore(text, times.index),
        words: times[0],
      });
      changeRead = true;
    }
  }

  const share = SHARE.exec(text);
  for (const [re, percent] of FRACTIONS) {
    const m = re.exec(text);
    if (!m || assertions.some((a) => a.kind === 'multiple' && a.factor === 0.5 && percent === 50)) continue;
    const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 20);
    if (share && share.index >= m.index && share.index - m.index < 30 && !/\b(met|by)\s/.test(around)) {
      assertions.push({ kind: 'share', percent, words: m[0] });
      break;
    }
    if (dir === null || dir === 0) continue;
    const after = text.slice(m.index + m[0].length);
    const sign = /^\s*(minder|fewer|less|lager|lower)\b/.test(after) ? -1 : dir;
    assertions.push({
      kind: 'relative',
      percent: sign * percent,
      hedge: hedgeBefore(text, m.index),
      fraction: true,
      words: m[0],
    });
    changeRead = true;
    break;
  }
  if (
    !assertions.some((a) => a.kind === 'share') &&
    share &&
    /\b(meerderheid|majority|merendeel)\b/.test(share[0])
  )
    assertions.push({ kind: 'share', percent: 50, words: share[0] });

  const highest = HIGHEST.exec(text);
  const lowest = LOWEST.exec(text);
  const extreme = highest && (!lowest || highest.index < lowest.index) ? highest : lowest;
  if (extreme && !assertions.some((a) => a.kind === 'share')) {
    const n = IN_N_YEARS.exec(text);
    assertions.push({
      kind: 'extreme',
      highest: extreme === highest,
      words: extreme[0],
      inclusive: INCLUSIVE.test(text),
      ever: EVER.test(text),
      years: n ? (NUMBER_WORDS[n[1]!] ?? Number(n[1])) : null,
    });
  }

  const streak = STREAK.exec(text);
  if (streak && (dir === 1 || dir === -1)) {
    const word = (streak[1] ?? streak[2])!;
    const n = ORDINALS[word] ?? NUMBER_WORDS[word] ?? Number.parseInt(word, 10);
    if (n >= 2 && n <= 10) assertions.push({ kind: 'streak', years: n, direction: dir, words: streak[0] });
  }

  // "waren er meer naturalisatieaanvragen?": a bare comparative, against the period before.
  if (assertions.length === 0 && dir === null) {
    const more = BARE_MORE.exec(text);
    const less = BARE_LESS.exec(text);
    if (more || less)
      assertions.push({
        kind: 'direction',
        direction: more ? 1 : -1,
        strength: null,
        words: (more ?? less)![0],
      });
  }

  // A direction on its own ("fell", "kromp") is checked too, unless a number already says how much.
  if (dir !== null && !changeRead) {
    const words = (dir === 1 ? UP : dir === -1 ? DOWN : STABLE).exec(text)?.[0] ?? '';
    assertions.push({
      kind: 'direction',
      direction: dir,
      strength: STRONG.test(text) ? 'strong' : SLIGHT.test(text) ? 'slight' : null,
      words: words || (MORE_THAN_BEFORE.exec(text) ?? LESS_THAN_BEFORE.exec(text))?.[0] || '',
    });
  }
  return { assertions, quantities };
}

/** "51.760 in 2025", "37,500 notices of default in 2025": the period right after a number. */
function periodAfter(text: string, end: number): string | null {
  const m =
    /^[^.;:!?]{0,45}?\b(?:in|over|eind|end of|at the end of|per eind|ultimo|for|voor)\s+(?:(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\s+)?((?:19|20)\d\d)\b/.exec(
      text.slice(end),
    );
  if (!m) return null;
  const month = m[1] ? MONTH_NUMBER[m[1]] : undefined;
  // Stop at another number: "51.760 in 2025, from 54.780 in 2024" ties each to its own year.
  const between = text.slice(end, end + m.index + m[0].length);
  if (/\d[\d.,]*\s/.test(between.replace(/(19|20)\d\d\b/g, ''))) return null;
  return month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2]!;
}

function periodBefore(before: string): string | null {
  const m = /\b(?:in|eind|end of)\s+((?:19|20)\d\d)\s*,?\s*(?:\S+\s+){0,1}$/.exec(before);
  return m ? m[1]! : null;
}
