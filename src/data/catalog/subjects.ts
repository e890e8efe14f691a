import { ASIEL } from './subjects/asiel.js';
import { BEDRIJFSVOERING } from './subjects/bedrijfsvoering.js';
import { DIENSTVERLENING } from './subjects/dienstverlening.js';
import { DOCUMENTEN } from './subjects/documenten.js';
import { JURIDISCH } from './subjects/juridisch.js';
import { REGULIER } from './subjects/regulier.js';
import type { SubjectDef } from './subjects/types.js';

export type { SubjectDef } from './subjects/types.js';

/**
 * What a figure is about, one file per domain. Order matters where several subjects share a measure
 * and none is named: the first listed is the main one (the IND phone line for "calls").
 */
export const SUBJECTS = {
  ...REGULIER,
  ...ASIEL,
  ...JURIDISCH,
  ...DIENSTVERLENING,
  ...DOCUMENTEN,
  ...BEDRIJFSVOERING,
} satisfies Record<string, SubjectDef>;

export type SubjectId = keyof typeof SUBJECTS;
export const subjectDef = (id: string): SubjectDef | undefined =>
  (SUBJECTS as Record<string, SubjectDef>)[id];
