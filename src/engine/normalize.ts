/** Lower case, accents folded, typographic quotes unified: the form every matcher works on. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"');
}

/**
 * Splits folded text into word tokens. Keeps "&" (k&t, f&g), "/" inside words (eu/eer), hyphens
 * inside words (ind-loket, e-mails) and digits with separators (36.720, 2018-2025 is split later).
 */
export function tokenize(folded: string): string[] {
  const spaced = folded
    .replace(/(\d)\s*%/g, '$1 %')
    .replace(/([a-z])&([a-z])/g, '$1&$2')
    .replace(/\s&\s/g, ' & ')
    .replace(/[^\p{L}\p{N}&/%'.,\-€]+/gu, ' ');
  return spaced
    .split(/\s+/)
    .map((t) => t.replace(/^[.,'\-/]+|[.,'\-/]+$/g, ''))
    .filter((t) => t.length > 0);
}
