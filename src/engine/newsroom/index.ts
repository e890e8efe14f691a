import type { Answer } from '../../contract/answer.js';
import type { DataIndex } from '../data-index.js';
import type { Parsed } from '../engine.js';
import type { Vocabulary } from '../vocabulary.js';
import { answerClaim } from './claim.js';
import { answerPublished } from './published.js';
import { answerRevisions } from './revisions.js';

export interface NewsroomContext {
  idx: DataIndex;
  vocab: Vocabulary;
}

/**
 * Newsroom questions that are not a plain lookup: revision lists ("welke cijfers zijn herzien?"),
 * claim checks ("klopt het dat..."), and as-published values ("wat stond er in Jaarcijfers 2023").
 * Returns null when the question is none of these, so the ordinary engine answers it. Revisions go
 * first ("klopt het dat dit cijfer is herzien?" asks for them), then claims (a pasted sentence may
 * cite a publication: it is still a claim to check).
 */
export function answerNewsroom(p: Parsed, ctx: NewsroomContext): Answer | null {
  return (
    answerRevisions(p, ctx.idx, ctx.vocab) ??
    answerClaim(p, ctx.idx, ctx.vocab) ??
    answerPublished(p, ctx.idx, ctx.vocab)
  );
}
