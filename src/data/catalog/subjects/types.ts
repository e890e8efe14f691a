import type { Bilingual, DefinitionBreak, Series } from '../../schema.js';

/**
 * What a figure is about. Labels use the IND's own English terms where it has them. Aliases are
 * matched by the query engine (after lower-casing and accent folding), so a new synonym is one edit
 * here. Notes are footnotes and caveats that travel with every figure of the subject.
 */
export interface SubjectDef {
  domain: Series['domain'];
  nl: string;
  en: string;
  aliases: { nl: string[]; en: string[] };
  /**
   * Words that describe the subject without naming it ("residence permit", "asylum", "fixed term"):
   * two or more of them together point at it.
   */
  tags?: string[];
  /** Aliases that name the subject only loosely ("asiel"): a more specific subject named as strongly wins. */
  loose?: string[];
  /**
   * Words that describe the subject only beside another of its names ("8 EVRM bij AMV"): alone,
   * "alleenstaande minderjarigen" are the minors themselves, whose figures the IND does not publish.
   */
  beside?: { nl: string[]; en: string[] };
  /**
   * Measures this subject is what people mean by when they name no subject: the IND's own phone
   * line for "calls". Without it, a measure several subjects publish is asked back.
   */
  mainFor?: string[];
  /** For a total of other subjects: the subjects it adds up ("nareis in totaal" asks for it). */
  parts?: string[];
  notes?: Bilingual[];
  breaks?: DefinitionBreak[];
}
