import { fold, tokenize } from '../../engine/index.js';

/**
 * What a reply to a list of options picks: "2" (or "2." / "2)") is the second option; after a
 * question back (a clarification), words that fit exactly one option ("beslissingen") pick that one.
 * Anything else is a question of its own: null.
 */
export function chosenOption(input: string, options: string[], byWords: boolean): string | null {
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(input);
  if (number) return options[Number(number[1]) - 1] ?? null;
  if (!byWords) return null;
  const words = tokenize(fold(input));
  if (words.length === 0) return null;
  const fits = options.filter((option) => {
    const own = new Set(tokenize(fold(option)));
    return words.every((w) => own.has(w));
  });
  return fits.length === 1 ? fits[0]! : null;
}
