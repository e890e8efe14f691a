/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early
 * once it exceeds `max`: the vocabulary is small, so this is faster than a general fuzzy index.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export const typoBudget = (length: number): number => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** The closest word within the typo budget, or null; ties go to the more common (earlier) word. */
export function correct(word: string, words: readonly string[]): string | null {
  const budget = typoBudget(word.length);
  if (budget === 0) return null;
  let best: string | null = null;
  let bestDistance = budget + 1;
  for (const w of words) {
    if (Math.abs(w.length - word.length) > budget || (w[0] !== word[0] && bestDistance <= 1)) continue;
    const allowed = Math.min(budget, typoBudget(w.length));
    if (allowed === 0) continue;
    const d = editDistance(word, w, allowed);
    if (d <= allowed && d < bestDistance) {
      best = w;
      bestDistance = d;
    }
  }
  return best;
}
