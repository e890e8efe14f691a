import type { ClaimWord, Hedge } from '../../lexicon/types.js';
import type { Quantity } from '../../understand/quantities.js';
import { words as spanWords } from '../../understand/quantities.js';
import { type Hit, hasClaim, type Query } from '../../understand/query.js';
import type { Assertion } from './assertions.js';

const UP_DOWN: ClaimWord[] = ['up', 'down', 'stable'];

/** The claim words of a kind, in order. */
const claimHits = (q: Query, word: ClaimWord) => q.claims.filter((c) => c.value === word);

/** The direction a claim states: the first of up, down or stable; then "meer ... dan"; else null. */
function directionOf(q: Query): { dir: 1 | -1 | 0; hit: Hit<ClaimWord> } | null {
  const first = q.claims.filter((c) => UP_DOWN.includes(c.value)).sort((a, b) => a.start - b.start)[0];
  if (first) return { dir: first.value === 'up' ? 1 : first.value === 'down' ? -1 : 0, hit: first };
  return null;
}

const textAt = (q: Query, i: number) => q.view.text(i);
const spanText = (q: Query, h: { start: number; end: number }) => spanWords(q.view, h.start, h.end);

/** A hedge phrase ending right before token i ("ruim verdubbeld", "bijna een kwart"). */
export function hedgeBefore(q: Query, i: number): Hedge {
  const b = q.view.prev(i);
  const h = q.hedges.find((x) => x.end - 1 === b);
  return h?.value ?? 'exact';
}

/** Reads what a claim asserts from the query: levels, changes, multiples, shares, records, runs. */
export function readAssertions(q: Query): Assertion[] {
  const v = q.view;
  const out: Assertion[] = [];
  const direction = directionOf(q);
  const dir = direction?.dir ?? null;
  const more = claimHits(q, 'more');
  const less = claimHits(q, 'less');
  let changeRead = false;

  for (const x of q.quantities) {
    const next = v.next(x.end - 1);
    // "5.000 meer", "22 procentpunt minder dan in 2024", "10% fewer": a change, signed by the word after.
    const nextClaim = q.claims.find(
      (c) => c.start === next && ['more', 'less', 'up', 'down'].includes(c.value),
    );
    const nextHedge = q.hedges.find((h) => h.start === next && (h.value === 'over' || h.value === 'below'));
    const nextWord =
      nextClaim ??
      (nextHedge
        ? { ...nextHedge, value: nextHedge.value === 'over' ? ('more' as const) : ('less' as const) }
        : undefined);
    // "2,5 keer zo veel", "three times as many": a factor, not a level.
    const times = q.claims.find((c) => c.start === next && c.value === 'times');
    if (times) {
      out.push({
        kind: 'multiple',
        factor: x.value,
        hedge: x.hedge,
        words: spanText(q, { start: x.start, end: times.end }),
      });
      changeRead = true;
      continue;
    }
    const before = v.prev(x.start);
    const lead = textAt(q, before);
    const toLevel = /^(naar|tot|to|op|at|reaching|reached|hit|bereikte|bereikten|uitkwam|landed)$/.test(lead);
    const byWord = /^(met|by|of|a|an|een)$/.test(lead);
    const dirBefore = direction && direction.hit.start < x.start && dir !== 0;
    const isChange = !!nextWord || (!!dirBefore && byWord);
    if (isChange && !toLevel) {
      const sign: 1 | -1 = nextWord
        ? nextWord.value === 'less' || nextWord.value === 'down'
          ? -1
          : 1
        : dir === -1
          ? -1
          : 1;
      if (x.unit === 'percent')
        out.push({
          kind: 'relative',
          percent: sign * x.value,
          hedge: x.hedge,
          fraction: false,
          words: x.words,
        });
      else out.push({ kind: 'absolute', q: x, direction: sign });
      changeRead = true;
      continue;
    }
    if (x.perMonth && x.unit !== 'percent') {
      out.push({ kind: 'average', q: x, period: periodNear(q, x) });
      continue;
    }
    const base =
      /^(van|from)$/.test(lead) && (dir !== null || q.tokens.some((t) => /^(naar|to)$/.test(t.text)));
    // "zakte in 2025 van 58% naar 36%": the year before the pair is the change's, so a starting
    // level has only a period of its own after it ("van 14.210 in december 2024").
    out.push({
      kind: 'level',
      q: x,
      role: base ? 'base' : 'target',
      period: periodNear(q, x, base ? 'after' : 'either'),
    });
  }

  for (const mult of q.multiples) {
    const after = v.next(mult.end - 1);
    const ample = /^(ruimschoots|ruim)$/.test(textAt(q, after));
    out.push({
      kind: 'multiple',
      factor: mult.value,
      hedge: ample ? 'over' : hedgeBefore(q, mult.start),
      words: spanText(q, mult),
    });
    changeRead = true;
  }

  for (const s of q.shares) out.push({ kind: 'share', percent: s.percent, hedge: s.hedge, words: s.words });
  for (const f of q.fractions) {
    if (out.some((a) => a.kind === 'multiple' && a.factor === 0.5 && f.value === 50)) continue;
    const after = v.next(f.end - 1);
    const ofWhole = q.claims.some((c) => c.start === after && c.value === 'shareOf');
    const by =
      /^(met|by)$/.test(textAt(q, v.prev(f.start))) || /^(met|by)$/.test(textAt(q, v.prev(v.prev(f.start))));
    if (ofWhole || dir === null || dir === 0) {
      const text = spanText(q, f);
      // "de meerderheid" is more than half, "a minority" less.
      const bound: Hedge | null = /meerderheid|merendeel|gros|majority|most/.test(text)
        ? 'over'
        : /minderheid|minority/.test(text)
          ? 'below'
          : null;
      if (ofWhole || !by)
        out.push({ kind: 'share', percent: f.value, hedge: bound ?? hedgeBefore(q, f.start), words: text });
      continue;
    }
    const sign = less.some((c) => c.start === after) ? -1 : dir;
    out.push({
      kind: 'relative',
      percent: sign * f.value,
      hedge: hedgeBefore(q, f.start),
      fraction: true,
      words: spanText(q, f),
    });
    changeRead = true;
  }

  const extreme = readExtreme(q);
  if (extreme && !out.some((a) => a.kind === 'share')) out.push(extreme);
  const streak = readStreak(q, dir);
  if (streak) out.push(streak);

  // "waren er meer naturalisatieaanvragen?": a bare comparative, against the period before.
  if (out.length === 0 && dir === null && (more.length > 0 || less.length > 0)) {
    const hit = more[0] ?? less[0]!;
    out.push({
      kind: 'direction',
      direction: more.length > 0 ? 1 : -1,
      strength: null,
      words: spanText(q, hit),
    });
  }
  // A direction on its own ("fell", "kromp") is checked too, unless a number already says how much.
  if (direction && !changeRead) {
    const strength = hasClaim(q, 'strong') ? 'strong' : hasClaim(q, 'slight') ? 'slight' : null;
    out.push({ kind: 'direction', direction: direction.dir, strength, words: spanText(q, direction.hit) });
  }
  return out;
}

/** The period tied to a number: "51.760 in 2025", "in 2025 kwamen er 24.070", "reaching 25,390 in December". */
function periodNear(q: Query, x: Quantity, where: 'after' | 'either' = 'either'): string | null {
  const ms = q.periods.mentions;
  // After the number, in the same clause, before the next number.
  const nextNumber = q.quantities.find((y) => y.start > x.end)?.start ?? q.tokens.length;
  const after = ms.find((m) => m.start >= x.end && m.start < nextNumber && m.start - x.end <= 8);
  if (after) return after.period;
  if (where === 'after') return null;
  const prevNumber = [...q.quantities].reverse().find((y) => y.end <= x.start)?.end ?? -1;
  const before = [...ms]
    .reverse()
    .find((m) => m.end <= x.start && m.end > prevNumber && x.start - m.end <= 6);
  return before?.period ?? null;
}

function readExtreme(q: Query): Assertion | null {
  const high = claimHits(q, 'highest')[0];
  const low = claimHits(q, 'lowest')[0];
  let highest: boolean | null = high && (!low || high.start < low.start) ? true : low ? false : null;
  let words = highest === true ? spanText(q, high!) : highest === false ? spanText(q, low!) : '';
  // "meer dan in elk ander jaar", "more than in any other month of that year"; "meer dan ooit",
  // "more than ever before" compares with every year before it in the same way.
  const other = claimHits(q, 'other')[0] ?? claimHits(q, 'ever')[0];
  // "meer dan", "more than" read as one phrase (a hedge) before "in any other year".
  const comparatives = [
    ...q.claims
      .filter((c) => c.value === 'more' || c.value === 'less')
      .map((c) => ({ ...c, up: c.value === 'more' })),
    ...q.hedges
      .filter((h) => h.value === 'over' || h.value === 'below')
      .map((h) => ({ ...h, up: h.value === 'over' })),
  ].filter((c) => {
    if (!other || c.start >= other.start) return false;
    // Right before "any other", or with "than" between: "fewer ... in 2025 than in any year".
    return (
      other.start - c.end <= 3 ||
      q.claims.some((t) => t.value === 'than' && t.start >= c.end && t.end <= other.start)
    );
  });
  const comparative = comparatives.sort((a, b) => b.start - a.start)[0];
  if (other && comparative) {
    highest = comparative.up;
    words = spanWords(q.view, comparative.start, other.end + 1);
  }
  if (highest === null) return null;
  const ever = q.claims.some((c) => c.value === 'ever');
  const inclusive = !!other && !ever;
  const month = other ? q.view.sense(q.view.next(other.end - 1), 'periodWord')?.word === 'month' : false;
  const range = q.periods.range;
  const years = range && !range.since && range.to ? Number(range.to) - Number(range.from) + 1 : inYears(q);
  return { kind: 'extreme', highest, words, inclusive: inclusive || !!years, ever, years, month };
}

/** "voor het derde jaar op rij", "for the third consecutive year", "three years in a row". */
function readStreak(q: Query, dir: 1 | -1 | 0 | null): Assertion | null {
  if (dir !== 1 && dir !== -1) return null;
  const streak = claimHits(q, 'streak')[0];
  if (!streak) {
    // "sinds 2022 elk jaar gedaald", "fallen every single year since 2022": each change since then.
    const every = q.markers.find((m) => m.value === 'perYear');
    const since = q.periods.range?.since ? q.periods.range.from : null;
    if (!every || !since || since.length !== 4) return null;
    return {
      kind: 'streak',
      years: 0,
      since,
      direction: dir,
      words: spanWords(q.view, every.start, every.end),
    };
  }
  const v = q.view;
  for (let i = Math.max(0, streak.start - 4); i < Math.min(q.tokens.length, streak.end + 3); i++) {
    const n = v.sense(i, 'ordinal')?.value ?? v.sense(i, 'number')?.value;
    if (n && n >= 2 && n <= 10)
      return {
        kind: 'streak',
        years: n,
        direction: dir,
        words: spanWords(v, Math.min(i, streak.start), Math.max(i + 1, streak.end)),
      };
  }
  return null;
}

/** "het laagste in vijf jaar", "the highest in ten years": the range a record is claimed over. */
function inYears(q: Query): number | null {
  const v = q.view;
  for (let i = 0; i < v.length; i++) {
    const n = v.isNumber(i) ? Number(v.text(i)) : v.sense(i, 'number')?.value;
    if (!n || n < 2 || n > 30 || !/^(in|van)$/.test(v.text(v.prev(i)))) continue;
    if (v.sense(v.next(i), 'periodWord')?.word === 'year') return n;
  }
  return null;
}
