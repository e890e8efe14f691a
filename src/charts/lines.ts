import type { Answer, Fact, SeriesName } from '../contract/answer.js';
import { isMonth } from './format.js';

/** One series of an answer: its name and its value per period (null where none was printed). */
export interface Line {
  series: string;
  label: string;
  name: SeriesName;
  points: Map<string, number | null>;
}

export const numeric = (fact: Fact): number | null => (typeof fact.value === 'number' ? fact.value : null);

/** Facts grouped per series, in first-seen order; a period seen twice keeps its first value. */
export function groupBySeries(facts: Fact[]): Line[] {
  const lines = new Map<string, Line>();
  for (const fact of facts) {
    const line = lines.get(fact.series) ?? {
      series: fact.series,
      label: fact.label,
      name: fact.name,
      points: new Map(),
    };
    if (!line.points.has(fact.period)) line.points.set(fact.period, numeric(fact));
    lines.set(fact.series, line);
  }
  return [...lines.values()];
}

/** Every period any line has, in time order ("2024" < "2024-12" < "2025"). */
export const periodsOf = (lines: Line[]): string[] =>
  [...new Set(lines.flatMap((l) => [...l.points.keys()]))].sort();

/** Longest axis a gap is filled on; beyond it the periods are plotted as given. */
const MAX_FILLED = 60;

/**
 * Every year (or month) from the first period to the last, so a year nobody published shows as a
 * gap in a trend instead of silently shortening the step between its neighbours.
 */
export function continuousPeriods(periods: string[]): string[] {
  const first = periods[0];
  const last = periods[periods.length - 1];
  const years = periods.every((p) => /^\d{4}$/.test(p));
  if (!first || !last || !(years || periods.every(isMonth))) return periods;
  const index = (p: string) =>
    p.length === 4 ? Number(p) : Number(p.slice(0, 4)) * 12 + Number(p.slice(5)) - 1;
  const name = (i: number) =>
    first.length === 4 ? String(i) : `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const count = index(last) - index(first) + 1;
  if (count > MAX_FILLED) return periods;
  return Array.from({ length: count }, (_, i) => name(index(first) + i));
}

export const valuesAt = (line: Line, periods: string[]): (number | null)[] =>
  periods.map((p) => line.points.get(p) ?? null);

/** The measure ids of open cases by age: open-tot-1m, open-1-6m, open-boven-15m. */
const AGE_ID = /\.open-(?:tot-(\d+)m|(\d+)-(\d+)m|boven-(\d+)m)$/;

/**
 * The age bucket of an open-cases series ("spoor-4.open-1-6m" -> [1, 6]), if it is one. Read from the
 * series id, which the contract carries, so charts need not consult the catalogue.
 */
export function ageOf(series: string): [number, number | null] | undefined {
  const m = AGE_ID.exec(series);
  if (!m) return undefined;
  if (m[1]) return [0, Number(m[1])];
  if (m[2]) return [Number(m[2]), Number(m[3])];
  return [Number(m[4]), null];
}

/** Youngest bucket first; an open-ended bucket ("older than 15 months") last. */
export const byAge = (a: Line, b: Line): number => {
  const [x, y] = [ageOf(a.series)!, ageOf(b.series)!];
  return x[0] - y[0] || (x[1] ?? Number.POSITIVE_INFINITY) - (y[1] ?? Number.POSITIVE_INFINITY);
};

/** Several age buckets of one backlog and nothing else: drawn as a stack. */
export function isAgeBreakdown(facts: Fact[], maxBuckets: number): boolean {
  const series = new Set(facts.map((f) => f.series));
  return series.size > 1 && series.size <= maxBuckets && [...series].every((s) => ageOf(s));
}

/** "2020-05" is counted the old way when the break is "until 2020"; "2021" is not. */
export const isOld = (period: string, until: string): boolean => period.slice(0, until.length) <= until;

/** The last period counted under an older definition, when the change falls inside the range. */
export function definitionBreak(answer: Answer, periods: string[]): string | null {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return null;
  const inside = answer.notes
    .flatMap((n) => (n.kind === 'definition' && n.until ? [n.until] : []))
    .filter((until) => isOld(first, until) && !isOld(last, until))
    .sort();
  return inside[inside.length - 1] ?? null;
}

/** The unit all facts share; mixed units fall back to plain numbers rather than a wrong label. */
export const sharedUnit = (facts: Fact[]): Fact['unit'] =>
  new Set(facts.map((f) => f.unit)).size === 1 ? facts[0]!.unit : 'count';
