/**
 * Reads an age range of open cases: "ouder dan 15 maanden", "older than 15 months",
 * "tussen 6 en 15 maanden", "6 to 12 months old", "6-15 maanden", "tot 1 maand", "under 3 months".
 */
export function readAge(text: string): [number, number | null] | null {
  const unit = '(?:maand|maanden|months?|mnd)';
  let m = new RegExp(
    `\\b(?:ouder dan|older than|boven|over|more than|meer dan|langer dan|longer than)\\s+(\\d+)\\s*${unit}`,
  ).exec(text);
  if (m) return [Number(m[1]), null];
  m = new RegExp(
    `\\b(?:tussen|between|van|from)?\\s*(\\d+)\\s*(?:-|–|tot|to|en|and)\\s*(\\d+)\\s*${unit}`,
  ).exec(text);
  if (m && Number(m[1]) < Number(m[2])) return [Number(m[1]), Number(m[2])];
  m = new RegExp(
    `\\b(?:tot|under|less than|minder dan|jonger dan|younger than|korter dan|up to)\\s+(\\d+)\\s*${unit}`,
  ).exec(text);
  if (m) return [0, Number(m[1])];
  return null;
}
