import type { Language } from '../../data/schema.js';
import type {
  AskKind,
  ClaimWord,
  Hedge,
  MarkerKind,
  PeriodWord,
  RangeRole,
  RefusalKind,
  RelativePeriod,
  UnitWord,
} from './types.js';

/** What a word or phrase can mean. A phrase may have several senses; the readers pick. */
export type Sense =
  | { kind: 'function' }
  | { kind: 'verb' }
  | { kind: 'ask'; ask: AskKind }
  | { kind: 'marker'; marker: MarkerKind }
  | { kind: 'month'; month: number }
  | { kind: 'periodWord'; word: PeriodWord }
  | { kind: 'relative'; relative: RelativePeriod }
  | { kind: 'range'; role: RangeRole }
  | { kind: 'number'; value: number }
  | { kind: 'year'; year: number }
  | { kind: 'ordinal'; value: number }
  | { kind: 'unit'; unit: UnitWord }
  | { kind: 'scale'; factor: number }
  | { kind: 'hedge'; hedge: Hedge }
  | { kind: 'claim'; word: ClaimWord }
  | { kind: 'multiple'; factor: number }
  | { kind: 'fraction'; percent: number }
  | { kind: 'refusal'; refusal: RefusalKind }
  | { kind: 'age'; age: 'older' | 'younger' | 'old' }
  | { kind: 'grant'; part: 'verbs' | 'objects' }
  | { kind: 'subject'; id: string; loose: boolean; beside?: true }
  | { kind: 'measure'; id: string }
  | { kind: 'qualifier'; measure: string }
  | { kind: 'tag'; subject: string };

export type SenseKind = Sense['kind'];
export type SenseOf<K extends SenseKind> = Extract<Sense, { kind: K }>;

/** A sense with the language it was listed under (the catalogue's aliases have one too). */
export type Tagged = Sense & { lang: Language };

/** Senses that name what a figure is about: the catalogue's. */
export const DOMAIN_KINDS: ReadonlySet<SenseKind> = new Set(['subject', 'measure', 'qualifier', 'tag']);

/** Senses that explain a word by themselves: nothing more needs to be done with it. */
export const SELF_EXPLAINING: ReadonlySet<SenseKind> = new Set(['function', 'verb', 'ask']);
