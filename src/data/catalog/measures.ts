import { AGE } from './measures/age.js';
import { CASES } from './measures/cases.js';
import { ORGANISATION } from './measures/organisation.js';
import { RATES } from './measures/rates.js';
import { SERVICE } from './measures/service.js';
import type { MeasureDef } from './measures/types.js';

export type { MeasureDef } from './measures/types.js';

/** What is counted about a subject, one file per kind of figure. */
export const MEASURES = {
  ...CASES,
  ...RATES,
  ...SERVICE,
  ...ORGANISATION,
  ...AGE,
} satisfies Record<string, MeasureDef>;

export type MeasureId = keyof typeof MEASURES;
export const measureDef = (id: string): MeasureDef | undefined =>
  (MEASURES as Record<string, MeasureDef>)[id];
