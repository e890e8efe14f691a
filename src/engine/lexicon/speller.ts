/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), stopping early
 * once every cell of a row exceeds `max`. Rows are reused to keep the hot path allocation-free.
 */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
    rowC = new Int32Array(b.length + 1);
  }
  let twoBack = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, twoBack[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const t = twoBack;
    twoBack = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export const typoBudget = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * A dictionary for typo correction: words bucketed by length, answers cached per word. Hand-written
 * rather than fuse.js: a bounded edit distance with early exit is about 20x faster per word, and
 * the engine spells every unknown word of every question.
 */
export class Speller {
  private readonly byLength = new Map<number, { words: string[]; masks: Int32Array }>();
  private readonly cache = new Map<string, string | null>();

  /** `words` most common first. */
  constructor(readonly words: string[]) {
    const lists = new Map<number, string[]>();
    for (const w of words) {
      const list = lists.get(w.length) ?? [];
      list.push(w);
      lists.set(w.length, list);
    }
    for (const [len, list] of lists)
      this.byLength.set(len, { words: list, masks: Int32Array.from(list, letters) });
  }

  /**
   * The closest word within the typo budget, or null. Two different words equally close make it
   * null too: a guess between them would be a silent choice. `allow` overrides the word's own
   * budget (a short word is spelled only where its neighbour vouches for the correction).
   */
  correct(word: string, allow?: number): string | null {
    const key = allow === undefined ? word : `${allow}:${word}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const budget = word.length > 40 ? 0 : (allow ?? typoBudget(word.length));
    let best: string | null = null;
    let bestDistance = budget + 1;
    let tie = false;
    const mask = letters(word);
    for (let len = word.length - budget; budget > 0 && len <= word.length + budget; len++) {
      const bucket = this.byLength.get(len);
      if (!bucket) continue;
      const allowed = Math.min(budget, typoBudget(len));
      if (allowed === 0) continue;
      for (let k = 0; k < bucket.words.length; k++) {
        // One edit adds or removes at most two letters from the set of letters used: a cheap bound.
        if (bitCount(mask ^ bucket.masks[k]!) > 2 * allowed) continue;
        const w = bucket.words[k]!;
        const d = editDistance(word, w, Math.min(allowed, bestDistance));
        if (d > allowed) continue;
        if (d < bestDistance) {
          best = w;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && w !== best) tie = true;
      }
    }
    const answer = tie ? null : best;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, answer);
    return answer;
  }
}

/** The letters a word uses, as bits (folded onto 31, which only weakens the bound). */
function letters(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) % 31);
  return m;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
