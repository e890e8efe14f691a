/**
 * What the engine and the front ends agree on: the Answer an engine returns and the Ask port every
 * adapter calls. Both sides import it; neither imports the other's internals.
 */
export * from './answer.js';
export type * from './ask.js';
