import { MEASURES } from '../data/catalog/measures.js';
import { SUBJECTS } from '../data/catalog/subjects.js';
import { MAX_QUESTION_LENGTH } from '../engine/index.js';

/** A small deterministic generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALIASES = [
  ...Object.values(SUBJECTS).flatMap((s) => [...s.aliases.nl, ...s.aliases.en]),
  ...Object.values(MEASURES).flatMap((m) => [...m.aliases.nl, ...m.aliases.en]),
];
const WORDS = [
  'meer dan',
  'minder dan',
  'ruim',
  'bijna',
  'steeg',
  'daalde',
  'verdubbeld',
  'sinds',
  'tot en met',
  'van',
  'in',
  'eind',
  'vorig jaar',
  'per maand',
  'ouder dan',
  'maanden',
  'klopt het dat',
  'en dat',
  'than',
  'rose',
  'more than',
  'half',
  'een op de drie',
  'record',
  'hoogste',
  'any other year',
  'procent',
  '%',
  'miljoen',
  'fte',
  'januari',
  'december',
  'Q1',
  'tweede helft',
  'niet',
  'incl.',
  'gemiddeld',
  'top 3',
  'nationaliteiten',
  '?',
  '.',
];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const num = (r: () => number) =>
  pick(r, [
    String(Math.floor(r() * 100)),
    String(2000 + Math.floor(r() * 40)),
    `${Math.floor(r() * 99)}.${String(Math.floor(r() * 999)).padStart(3, '0')}`,
  ]);

/** Fill to the length limit with pieces from `next`. */
function fill(next: () => string): string {
  let out = '';
  while (out.length < MAX_QUESTION_LENGTH) out += `${next()} `;
  return out.slice(0, MAX_QUESTION_LENGTH);
}

/**
 * Inputs that make a reader work hardest, all at or near the length limit: pasted claims padded
 * with white space, many numbers, many series names, one word repeated, claim wording in every
 * combination, and noise. `count` of them, the same every time.
 */
export function worstCaseInputs(count = 10_000): string[] {
  const r = random(20261203);
  const kinds: (() => string)[] = [
    () =>
      `Klopt het dat er in 2024 ${num(r)} ${pick(r, ALIASES)} waren${' '.repeat(100 + Math.floor(r() * 800))}en dat de ${pick(r, ALIASES)} daalden?`,
    () => fill(() => num(r)),
    () => fill(() => pick(r, ALIASES)),
    () => {
      const w = pick(r, [...ALIASES, ...WORDS]);
      return fill(() => w);
    },
    () => fill(() => (r() < 0.5 ? pick(r, WORDS) : r() < 0.5 ? num(r) : pick(r, ALIASES))),
    () => fill(() => `${pick(r, WORDS)} ${num(r)} ${pick(r, ALIASES)}`),
    () => fill(() => String.fromCodePoint(33 + Math.floor(r() * 5000)).repeat(1 + Math.floor(r() * 8))),
    () => fill(() => pick(r, ALIASES).replace(/[aeiou]/, pick(r, ['x', 'q', '', 'ee']))),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}
