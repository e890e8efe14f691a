/** Arithmetic on periods, "YYYY" or "YYYY-MM". */

const pad = (m: number) => String(m).padStart(2, '0');

/** The period before: 2024 -> 2023, 2025-01 -> 2024-12. */
export function previousPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) - 1);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** The month before year-month (y, m). */
export const previousMonth = (y: number, m: number): string =>
  m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;

/** Quarter n (1-4) or half n (1-2) as its months. */
export function monthsOfPart(n: number, half: boolean): number[] {
  const [from, to] = half ? (n === 1 ? [1, 6] : [7, 12]) : [(n - 1) * 3 + 1, n * 3];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Months from `from` to `to`, both YYYY-MM, inclusive. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Years from `from` to `to`, inclusive. */
export const yearsBetween = (from: string, to: string): string[] =>
  Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));

export const monthOf = (year: string, month: number): string => `${year}-${pad(month)}`;

/** Plain comparison: periods are ISO-like strings. */
export const byPeriod = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether `period` lies in [from, to] (to null: no end), comparing at the bounds' own length. */
export const inRange = (period: string, from: string, to: string | null): boolean =>
  period.slice(0, from.length) >= from && (to === null || period.slice(0, to.length) <= to);
