import { NUMBER_WORDS } from './number-words.js';

/** What a question says about time, before it is matched against what the data has. */
export interface PeriodQuery {
  /** Explicit periods in the order mentioned: "2024", "2025-03". */
  periods: string[];
  /** A span: from/to as periods; `to` null means "up to the latest". */
  range: { from: string; to: string | null } | null;
  /** "meest recent", "latest month": the newest period the series has. */
  latest: 'any' | 'month' | null;
  /** "per maand", "monthly": the months of a year rather than the year. */
  monthly: boolean;
  /** Something period-like was said ("vorig jaar", "2016", "this year"). */
  mentioned: boolean;
}

const MONTHS: [RegExp, number][] = [
  [/^(januari|january|jan)$/, 1],
  [/^(februari|february|feb|febr)$/, 2],
  [/^(maart|march|mrt|mar|maa)$/, 3],
  [/^(april|apr)$/, 4],
  [/^(mei|may)$/, 5],
  [/^(juni|june|jun)$/, 6],
  [/^(juli|july|jul)$/, 7],
  [/^(augustus|august|aug)$/, 8],
  [/^(september|sept|sep)$/, 9],
  [/^(oktober|october|okt|oct)$/, 10],
  [/^(november|nov)$/, 11],
  [/^(december|dec)$/, 12],
];
const monthOf = (word: string): number | null => MONTHS.find(([re]) => re.test(word))?.[1] ?? null;

const pad = (m: number) => String(m).padStart(2, '0');

const PART_OF_YEAR =
  /\b(eerste|tweede|derde|vierde|first|second|third|fourth|1e|2e|3e|4e|1st|2nd|3rd|4th) (helft|half|kwartaal|quarter)\b|\b(h1|h2|q1|q2|q3|q4)\b/;

/** "eerste helft" -> months 1-6, "derde kwartaal" / "q3" -> 7-9. */
function partMonths(words: string): [number, number] {
  const n = /(eerste|first|1e|1st|h1|q1)/.test(words)
    ? 1
    : /(tweede|second|2e|2nd|h2|q2)/.test(words)
      ? 2
      : /(derde|third|3e|3rd|q3)/.test(words)
        ? 3
        : 4;
  const half = /(helft|half|^h\d)/.test(words);
  return half ? [n === 1 ? 1 : 7, n === 1 ? 6 : 12] : [(n - 1) * 3 + 1, n * 3];
}
const RANGE_WORD = /^(-|–|tot|t\/m|tm|to|through|until|till|thru|en|and|tot en met|up to)$/;

/**
 * Reads years, months, ranges and relative phrases from folded question text. `today` (YYYY-MM-DD)
 * anchors "vorig jaar", "last month", "afgelopen drie jaar".
 */
export function readPeriods(text: string, today: string): PeriodQuery {
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const q: PeriodQuery = { periods: [], range: null, latest: null, monthly: false, mentioned: false };
  const add = (p: string) => {
    if (!q.periods.includes(p)) q.periods.push(p);
    q.mentioned = true;
  };

  // Relative years and months.
  if (
    /\b(vorig|verleden|afgelopen) jaar\b|\blast year\b|\bprevious year\b|\bvorig jaar\b/.test(text) &&
    !/\b(afgelopen|last|past) \w+ (jaar|years)\b/.test(text)
  )
    add(String(ty - 1));
  if (/\b(voorvorig jaar|year before last|twee jaar geleden|two years ago|het jaar daarvoor)\b/.test(text))
    add(String(ty - 2));
  if (/\b(dit jaar|this year|huidige jaar|current year|dit kalenderjaar)\b/.test(text)) add(String(ty));
  if (/\b(vorige maand|last month|previous month|afgelopen maand)\b|\blast month'?s\b/.test(text)) {
    add(tm === 1 ? `${ty - 1}-12` : `${ty}-${pad(tm - 1)}`);
  }
  if (/\b(deze maand|this month|huidige maand)\b/.test(text)) add(`${ty}-${pad(tm)}`);
  const lastN =
    /\b(afgelopen|laatste|voorbije|last|past|previous)\s+(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten)\s+(jaar|jaren|years)\b/.exec(
      text,
    );
  if (lastN) {
    const n = NUMBER_WORDS[lastN[2]!] ?? Number(lastN[2]);
    q.range = { from: String(ty - n), to: String(ty - 1) };
    q.mentioned = true;
  }
  if (
    /\b(meest recente?|recentste|laatste|latest|most recent|newest|nieuwste|actuele|current|currently|momenteel|op dit moment|right now)\b/.test(
      text,
    )
  ) {
    q.latest = /\b(maand|month)\b/.test(text) ? 'month' : 'any';
  }
  if (
    /\b(per maand|maandelijks|maandcijfers|monthly|per month|by month|month by month|each month|elke maand|iedere maand|month-by-month|welke maand|which month|drukste maand|busiest month|rustigste maand|quietest month)\b/.test(
      text,
    )
  )
    q.monthly = true;

  // Explicit months ("maart 2025", "mrt '25", "March 2025") and years.
  const words = text.split(/[\s,;:()?!]+/).filter(Boolean);
  const yearAt = (w: string | undefined): number | null => {
    if (!w) return null;
    const m = /^'?(\d{2}|\d{4})$/.exec(w);
    if (!m) return null;
    const n = Number(m[1]);
    if (m[1]!.length === 4) return n >= 1900 && n <= 2099 ? n : null;
    return w.startsWith("'") ? 2000 + n : null;
  };
  const explicit: { period: string; at: number }[] = [];
  const pendingMonths: { month: number; at: number }[] = [];
  words.forEach((w, i) => {
    const month = monthOf(w);
    if (month !== null) {
      const y =
        yearAt(words[i + 1]) ??
        (words[i + 1] === 'van' || words[i + 1] === 'of' ? yearAt(words[i + 2]) : null);
      if (y) explicit.push({ period: `${y}-${pad(month)}`, at: i });
      else if (w.length > 3 || /^(mrt|okt|dec|nov|aug|feb|jan|sep|apr|jun|jul)$/.test(w))
        pendingMonths.push({ month, at: i });
      return;
    }
    const iso = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(w);
    if (iso) {
      explicit.push({ period: w, at: i });
      return;
    }
    const y = yearAt(w);
    if (y && !(monthOf(words[i - 1] ?? '') !== null)) explicit.push({ period: String(y), at: i });
    const span = /^(\d{4})[-–/](\d{2}|\d{4})$/.exec(w);
    if (span) {
      const from = Number(span[1]);
      const to = span[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(span[2]) : Number(span[2]);
      if (to > from && from >= 1900) {
        q.range = { from: String(from), to: String(to) };
        q.mentioned = true;
      }
    }
    // "end of 22", "eind '22": two-digit years only where the wording makes them years.
    const two = /^'?(\d{2})$/.exec(w);
    if (
      two &&
      !w.startsWith("'") &&
      /^(of|eind|end|in|jaar|year)$/.test(words[i - 1] ?? '') &&
      Number(two[1]) >= 10 &&
      Number(two[1]) <= 40
    ) {
      const next = words[i + 1] ?? '';
      if (!/^(%|procent|percent|maanden|months|dagen|days|weken|weeks|jaar|years)/.test(next))
        explicit.push({ period: String(2000 + Number(two[1])), at: i });
    }
  });
  // A month without a year borrows the year named elsewhere ("maart en april 2025").
  const namedYear = explicit.find((e) => /^\d{4}$/.test(e.period)) ?? explicit[0];
  for (const m of pendingMonths) {
    const y = namedYear ? Number(namedYear.period.slice(0, 4)) : null;
    if (y) explicit.push({ period: `${y}-${pad(m.month)}`, at: m.at });
  }
  explicit.sort((a, b) => a.at - b.at);
  // A year that only supplied months their year is not a period of its own.
  const monthYears = new Set(explicit.filter((e) => e.period.length === 7).map((e) => e.period.slice(0, 4)));
  const own = explicit.filter(
    (e) => e.period.length === 7 || !(pendingMonths.length > 0 && monthYears.has(e.period)),
  );

  // Two periods joined by a range word ("2018 tot en met 2025", "from March to June 2025") are a span.
  if (!q.range && own.length === 2) {
    const [a, b] = own as [{ period: string; at: number }, { period: string; at: number }];
    const between = words.slice(a.at + 1, b.at).join(' ');
    const before = words[a.at - 1] ?? '';
    const isRange =
      RANGE_WORD.test(between) ||
      /^(tot en met|t\/m)$/.test(between) ||
      (/^(van|from|between|tussen)$/.test(before) && /^(tot|to|and|en|until|tot en met|t\/m)$/.test(between));
    if (
      isRange &&
      a.period.length === b.period.length &&
      a.period < b.period &&
      !(/^(en|and)$/.test(between) && !/^(between|tussen)$/.test(before))
    ) {
      q.range = { from: a.period, to: b.period };
      q.mentioned = true;
      return q;
    }
  }
  // "vorig kwartaal", "last quarter": the three months of the quarter before today's.
  if (/\b(vorig|vorige|afgelopen|last|previous|past) (kwartaal|quarter)\b/.test(text)) {
    const current = Math.floor((tm - 1) / 3);
    const y = current === 0 ? ty - 1 : ty;
    const first = current === 0 ? 10 : (current - 1) * 3 + 1;
    q.range = { from: `${y}-${pad(first)}`, to: `${y}-${pad(first + 2)}` };
    q.periods = [];
    q.mentioned = true;
    return q;
  }
  // Halves and quarters of a named year are the months they span (the IND publishes no totals for them).
  const part = PART_OF_YEAR.exec(text);
  const partYear = /\b(20\d{2})\b/.exec(text.slice(part?.index ?? 0));
  if (!q.range && part && partYear) {
    const [from, to] = partMonths(part[0]);
    q.range = { from: `${partYear[1]}-${pad(from)}`, to: `${partYear[1]}-${pad(to)}` };
    q.periods = [];
    q.mentioned = true;
    return q;
  }
  const since = /\b(sinds|since|vanaf|from)\s+('?\d{2,4})\b/.exec(text);
  if (!q.range && since && own.length === 1) {
    const y = yearAt(since[2]);
    if (y) {
      q.range = { from: String(y), to: null };
      q.mentioned = true;
      return q;
    }
  }
  for (const e of own) add(e.period);
  return q;
}
