import type { Answer } from '../contract.js';
import type { DataIndex } from '../data-index.js';
import type { Parsed } from '../engine.js';
import type { Vocabulary } from '../vocabulary.js';
import { answerClaim } from './claim.js';

export interface NewsroomContext {
  idx: DataIndex;
  vocab: Vocabulary;
}

/**
 * Newsroom questions that are not a plain lookup: claim checks ("klopt het dat..."), as-published
 * values ("wat stond er in Jaarcijfers 2023"), and revision lists. Returns null when the question is
 * none of these, so the ordinary engine answers it.
 */
export function answerNewsroom(p: Parsed, ctx: NewsroomContext): Answer | null {
  return answerClaim(p, ctx.idx, ctx.vocab);
}
