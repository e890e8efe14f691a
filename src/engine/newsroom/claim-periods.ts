/**
 * The periods a claim is about, with their roles: the period claimed ("in 2025"), the one it is
 * compared with ("ten opzichte van 2023", "between 2023 and ..."), the start of a record's range
 * ("sinds 2018"), and parts of a year ("first half of 2026") that annual figures cannot check.
 * The engine's readPeriods answers "which periods to show"; a claim needs to know which is which.
 */

export interface Mention {
  period: string;
  at: number;
  end: number;
}

export interface ClaimPeriods {
  target: string | null;
  base: string | null;
  /** "sinds 2018", "since 2018": a record is checked from this year on. */
  since: string | null;
  /** A part of a year: the months it covers, and the words used. */
  partial: { year: string | null; months: number[]; words: string } | null;
  mentions: Mention[];
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october';
export const MONTH_NUMBER: Record<string, number> = {
  januari: 1,
  january: 1,
  februari: 2,
  february: 2,
  maart: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  augustus: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  december: 12,
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const PARTIAL: [RegExp, number[]][] = [
  [/\b(eerste (helft|halfjaar|half jaar)|first half|h1|first six months|eerste zes maanden)\b/, range(1, 6)],
  [
    /\b(tweede (helft|halfjaar|half jaar)|second half|h2|last six months|laatste zes maanden)\b/,
    range(7, 12),
  ],
  [/\b(eerste kwartaal|first quarter|q1)\b/, range(1, 3)],
  [/\b(tweede kwartaal|second quarter|q2)\b/, range(4, 6)],
  [/\b(derde kwartaal|third quarter|q3)\b/, range(7, 9)],
  [/\b(vierde kwartaal|laatste kwartaal|fourth quarter|last quarter|q4)\b/, range(10, 12)],
  [/\b(zomer|summer)\b/, range(6, 8)],
  [/\b(voorjaar|lente|spring)\b/, range(3, 5)],
  [/\b(najaar|herfst|autumn)\b/, range(9, 11)],
];

/** Reads the periods of a claim from folded text; `taken` are spans already read as quantities. */
export function readClaimPeriods(text: string, today: string, taken: [number, number][]): ClaimPeriods {
  const mentions: Mention[] = [];
  const free = (at: number) => !taken.some(([a, b]) => at >= a && at < b);
  for (const m of text.matchAll(
    new RegExp(`\\b(${MONTHS})\\s+(?:van\\s+|of\\s+)?((?:19|20)\\d\\d)\\b`, 'g'),
  )) {
    const month = String(MONTH_NUMBER[m[1]!]).padStart(2, '0');
    mentions.push({ period: `${m[2]}-${month}`, at: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(/(?<![\d.,])((?:19[89]|20[0-4])\d)(?![\d]|[.,]\d)/g)) {
    const at = m.index!;
    if (!free(at) || mentions.some((x) => at >= x.at && at < x.end)) continue;
    mentions.push({ period: m[1]!, at, end: at + 4 });
  }
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const relative: [RegExp, string][] = [
    [/\b(vorig jaar|verleden jaar|afgelopen jaar|last year|previous year)\b/, String(ty - 1)],
    [/\b(dit jaar|this year|huidige jaar)\b/, String(ty)],
    [
      /\b(vorige maand|last month|afgelopen maand)\b/,
      tm === 1 ? `${ty - 1}-12` : `${ty}-${String(tm - 1).padStart(2, '0')}`,
    ],
  ];
  for (const [re, period] of relative) {
    const m = re.exec(text);
    if (m) mentions.push({ period, at: m.index, end: m.index + m[0].length });
  }
  mentions.sort((a, b) => a.at - b.at);

  const yearRe = '((?:19|20)\\d\\d)';
  let base: string | null = null;
  let target: string | null = null;
  let since: string | null = null;
  const span =
    new RegExp(
      `\\b(?:tussen|between)\\s+(?:\\w+\\s+)?${yearRe}\\s+(?:en|and)\\s+(?:\\w+\\s+)?${yearRe}`,
    ).exec(text) ??
    new RegExp(
      `\\b(?:van|from|vanaf)\\s+(?:\\w+\\s+)?${yearRe}\\s+(?:tot en met|tot|t/m|naar|op|to|until|through|till)\\s+(?:\\w+\\s+)?${yearRe}`,
    ).exec(text) ??
    new RegExp(`(?<![\\d.,])${yearRe}\\s*[-–/]\\s*${yearRe}(?![\\d])`).exec(text);
  if (span) {
    base = span[1]!;
    target = span[2]!;
  }
  const sinceMatch = new RegExp(`\\b(?:sinds|since|sedert|vanaf)\\s+(?:\\w+\\s+)?${yearRe}`).exec(text);
  if (!span && sinceMatch) since = sinceMatch[1]!;
  if (!base) {
    const against = new RegExp(
      `\\b(?:ten opzichte van|t\\.?o\\.?v\\.?|vergeleken met|in vergelijking met|compared (?:with|to)|versus|vs\\.?|tegenover|tegen|than|dan|relative to|on|(?:als|as)(?=\\s+in\\s))\\s+(?:(?:in|het jaar|the year|eind|end of)\\s+)*${yearRe}`,
    ).exec(text);
    if (against) base = against[1]!;
    else if (
      /\b(een jaar eerder|a year earlier|the year before|het jaar ervoor|een jaar daarvoor)\b/.test(text)
    )
      base = 'previous';
  }
  const others = mentions.filter((m) => m.period !== base && m.period !== since && m.period !== 'previous');
  if (!target && others.length > 0) {
    const sorted = others.map((m) => m.period).sort();
    target = sorted[sorted.length - 1]!;
    if (!base && new Set(sorted.map((p) => p.length)).size === 1 && sorted[0] !== target) base = sorted[0]!;
  }

  let partial: ClaimPeriods['partial'] = null;
  for (const [re, months] of PARTIAL) {
    const m = re.exec(text);
    if (!m) continue;
    const after = new RegExp(`^\\s*(?:van|of|in)?\\s*${yearRe}`).exec(text.slice(m.index + m[0].length));
    partial = { year: after?.[1] ?? target, months, words: m[0] };
    break;
  }
  return { target, base, since, partial, mentions };
}
