/** The words of a text, case and accents aside ("Beslissingen" and "beslissingen" are one word). */
const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * What a reply to a list of options picks: "2" (or "2." / "2)") is the second option; after a
 * question back (a clarification), words that fit exactly one option ("beslissingen") pick that one.
 * Anything else is a question of its own: null.
 */
export function chosenOption(input: string, options: string[], byWords: boolean): string | null {
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(input);
  if (number) return options[Number(number[1]) - 1] ?? null;
  if (!byWords) return null;
  const typed = words(input);
  if (typed.length === 0) return null;
  const fits = options.filter((option) => {
    const own = new Set(words(option));
    return typed.every((w) => own.has(w));
  });
  return fits.length === 1 ? fits[0]! : null;
}
