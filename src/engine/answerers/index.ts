import { help, refuse } from './basics.js';
import { ageBuckets } from './buckets.js';
import { claim } from './claim/index.js';
import type { Answerer } from './context.js';
import { extreme } from './extreme.js';
import { figures } from './figures.js';
import { asPublished } from './published.js';
import { ranking } from './ranking.js';
import { countOfRate, rejections } from './rates.js';
import { revisions } from './revisions.js';

export type { Answerer, Ctx } from './context.js';

/**
 * Who answers, in order: the first that recognises the question answers it. Help and refusals
 * first (they carry no figures); revisions before claims ("klopt het dat dit cijfer is herzien?"
 * asks for revisions); claims before the publication-bound answers (a pasted sentence may cite a
 * publication and is still a claim); the ordinary figures last.
 */
export const ANSWERERS: readonly Answerer[] = [
  help,
  refuse,
  revisions,
  claim,
  asPublished,
  ranking,
  extreme,
  ageBuckets,
  rejections,
  countOfRate,
  figures,
];
