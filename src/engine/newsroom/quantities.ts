/**
 * The numbers a claim states, read from folded text: "16.500", "37,500", "ruim 50.000", "bijna 40
 * miljoen euro", "6.400 fte", "10 procent", "gemiddeld zo'n 2.000 per maand". Years, track numbers
 * ("spoor 4", "8 EVRM") and durations ("ouder dan 15 maanden") are not claimed quantities.
 */

/** How the wording bounds the number: "ruim X" is above X, "bijna X" just under it, "zo'n X" near it. */
export type Hedge = 'exact' | 'about' | 'over' | 'nearly' | 'below' | 'atLeast' | 'atMost';

export interface Quantity {
  /** In the dataset's units: euros for money, points for percentages. */
  value: number;
  /** The words as written, hedge included ("bijna 40 miljoen euro"), for the reply. */
  phrase: string;
  /** Character offsets of the number itself in the text. */
  at: number;
  end: number;
  hedge: Hedge;
  unit: 'percent' | 'points' | 'eur' | 'fte' | 'weeks' | 'days' | null;
  /** "per maand", "a month": an average per month. */
  perMonth: boolean;
  /** Significant digits as written: 2 for "25,000", 4 for "51,760" (a rounded number is looser). */
  digits: number;
}

const HEDGES: [Hedge, RegExp][] = [
  ['atLeast', /(minstens|ten minste|tenminste|minimaal|at least|no fewer than|no less than)$/],
  ['atMost', /(hooguit|hoogstens|maximaal|at most|no more than|niet meer dan)$/],
  [
    'nearly',
    /(bijna|nagenoeg|vrijwel|almost|nearly|close to|just under|just below|net onder( de)?|krap|tegen de|just shy of)$/,
  ],
  [
    'over',
    /(ruim|ruimschoots|meer dan|more than|over|boven( de)?|above|upwards of|in excess of|well over|exceeded|overschreed|passeerde|topped|surpassed|net boven( de)?|just over|just above)$/,
  ],
  ['below', /(onder( de)?|minder dan|less than|fewer than|below|under|beneath|lager dan)$/],
  [
    'about',
    /(zo'?n|ongeveer|circa|ca\.?|rond( de)?|rondom|around|about|approximately|approx\.?|roughly|some|pakweg|grofweg|ruwweg|omstreeks|naar schatting|an estimated|estimated|om en nabij( de)?)$/,
  ],
  ['exact', /(precies|exact|exactly|precisely|welgeteld)$/],
];

const SCALES: [RegExp, number][] = [
  [/^(miljard|billion|mld|bn)\b/, 1e9],
  [/^(miljoen|million|millions|mln|mio|m)\b/, 1e6],
  [/^(duizend|thousand|k)\b/, 1e3],
];

/** "16.500" and "37,500" group thousands; "36,8" and "36.8" are decimals. */
export function parseNumber(text: string): number | null {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  let normal: string;
  if (dots && commas) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = text.split(group).join('').replace(decimal, '.');
  } else if (dots + commas === 0) normal = text;
  else {
    const sep = dots ? '.' : ',';
    const parts = text.split(sep);
    const grouped = parts.length > 2 || parts[1]!.length === 3;
    normal = grouped ? parts.join('') : parts.join('.');
    if (grouped && !parts.slice(1).every((p) => p.length === 3)) return null;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

const significant = (digits: string): number => {
  const plain = digits.replace(/[.,]/g, '').replace(/^0+/, '');
  const trimmed = plain.replace(/0+$/, '');
  return Math.max(1, trimmed.length);
};

const isYear = (raw: string, after: string, before: string): boolean => {
  if (!/^(19[89]\d|20[0-4]\d)$/.test(raw)) return false;
  // "zo'n 2000 per maand", "2000 aanvragen": a count that happens to look like a year.
  if (HEDGES.some(([, re]) => re.test(before.trimEnd()))) return false;
  return !/^\s*(per |a month|aanvragen|applications|mensen|people|personen|fte|euro|beslissingen|decisions|zaken|cases)/.test(
    after,
  );
};

/** Every claimed quantity in folded text, in order. */
export function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const re = /\d[\d.,]*\d|\d/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const at = m.index;
    let end = at + raw.length;
    const before = text.slice(Math.max(0, at - 40), at);
    const afterRaw = text.slice(end);
    // Part of a word or code ("8evrm", "h1", "q3", "2e"), or a track / article number.
    if (/[a-z]$/.test(before) || (/^[a-z&]/.test(afterRaw) && !/^(k|m|mln|bn)\b/.test(afterRaw))) continue;
    if (/(spoor|track|artikel|article|art\.?|nr\.?|nummer|number|no\.)\s*$/.test(before)) continue;
    if (/^\s*(evrm|echr|ehrm)\b/.test(afterRaw)) continue;
    if (
      /^\s*(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\b/.test(
        afterRaw,
      )
    )
      continue;
    if (/^\s*(maanden|maand|months|month|jaar|jaren|years|year|uur|hours)\b/.test(afterRaw)) continue;
    if (/^\s*[-–]\s*\d/.test(afterRaw) || /\d\s*[-–]\s*$/.test(before)) continue;
    if (isYear(raw, afterRaw, before)) continue;
    const base = parseNumber(raw);
    if (base === null) continue;
    let value = base;
    let rest = afterRaw.replace(/^\s+/, '');
    let consumed = afterRaw.length - rest.length;
    for (const [scaleRe, factor] of SCALES) {
      const s = scaleRe.exec(rest);
      if (s) {
        value *= factor;
        consumed += s[0].length;
        rest = rest.slice(s[0].length);
        break;
      }
    }
    let unit: Quantity['unit'] = null;
    const u =
      /^\s*(%|procentpunten|procentpunt|percentage ?points?|points?|procent|percent|euro's|euros|euro|eur|fte|weken|weeks|week|dagen|days|day)/.exec(
        rest,
      );
    if (u) {
      const w = u[1]!;
      unit = /punt|point/.test(w)
        ? 'points'
        : /%|procent|percent/.test(w)
          ? 'percent'
          : /eur/.test(w)
            ? 'eur'
            : w === 'fte'
              ? 'fte'
              : /we/.test(w)
                ? 'weeks'
                : 'days';
      consumed += u[0].length;
    }
    if (/(€|eur|euro)\s*$/.test(before)) unit = 'eur';
    end += consumed;
    const tail = text.slice(end, end + 40);
    const perMonth =
      /^\s*(\S+\s+){0,4}?(per maand|a month|per month|each month|every month|monthly|maandelijks|in de maand)\b/.test(
        tail,
      );
    let hedge: Hedge = 'exact';
    let hedgeAt = at;
    const lead = before.replace(/(€|eur|euro)\s*$/, '').trimEnd();
    for (const [h, hre] of HEDGES) {
      const hm = new RegExp(`(?:^|[^a-z'])${hre.source}`).exec(lead);
      if (hm) {
        hedge = h;
        hedgeAt = at - before.length + hm.index + (/^[^a-z']/.test(hm[0]) ? 1 : 0);
        break;
      }
    }
    found.push({
      value,
      phrase: text.slice(Math.min(hedgeAt, at), end).trim(),
      at,
      end,
      hedge,
      unit,
      perMonth,
      digits: significant(raw),
    });
  }
  return found;
}
