/**
 * The longest question read, in characters: the engine declines a longer one (saying so), the ask
 * layer's configurable limit (MAX_QUESTION_LENGTH) may only be lower, and the front ends that
 * declare a limit of their own (the Discord /ind option) take this one. A leaf module without
 * imports, so commands/ind.ts (read by the engine) can use it without a cycle or loading zod.
 */
export const MAX_QUESTION_LENGTH = 1000;
