import type { MeasureDef } from './types.js';

const bucket = (from: number, to: number | null): MeasureDef => {
  const months = (n: number, nl: boolean) =>
    n === 1 ? (nl ? '1 maand' : '1 month') : nl ? `${n} maanden` : `${n} months`;
  const nl =
    to === null
      ? `openstaand, ouder dan ${months(from, true)}`
      : from === 0
        ? `openstaand, tot ${months(to, true)}`
        : `openstaand, ${from}-${to} maanden oud`;
  const en =
    to === null
      ? `pending, older than ${months(from, false)}`
      : from === 0
        ? `pending, under ${months(to, false)}`
        : `pending, ${from}-${to} months old`;
  return { unit: 'count', nl, en, aliases: { nl: [], en: [] }, age: [from, to] };
};

/** Age buckets of open cases, as the monthly tables print them. */
export const AGE = {
  'open-tot-1m': bucket(0, 1),
  'open-tot-3m': bucket(0, 3),
  'open-tot-6m': bucket(0, 6),
  'open-1-3m': bucket(1, 3),
  'open-1-6m': bucket(1, 6),
  'open-3-6m': bucket(3, 6),
  'open-6-12m': bucket(6, 12),
  'open-6-15m': bucket(6, 15),
  'open-boven-3m': bucket(3, null),
  'open-boven-6m': bucket(6, null),
  'open-boven-12m': bucket(12, null),
  'open-boven-15m': bucket(15, null),
} satisfies Record<string, MeasureDef>;
