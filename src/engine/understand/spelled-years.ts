import type { Lexicon } from '../lexicon/compile.js';
import type { Token } from './tokens.js';

/** The longest spelled year in words ("two thousand and twenty-two" is five). */
const LONGEST = 5;

/**
 * "twenty twenty-two", "tweeduizend vierentwintig": a year written as words becomes one number token
 * "2022" spanning the words, so that every reader (periods, ranges, claims) sees the year as if it
 * had been typed in digits, and the words it came from are echoed as typed. "two thousand and five
 * hundred" stays a number.
 */
export function spelledYears(tokens: Token[], lexicon: Lexicon): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const found = yearAt(tokens, i, lexicon);
    if (!found) {
      out?.push(tokens[i]!);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push({
      text: String(found.year),
      start: tokens[i]!.start,
      end: tokens[found.end - 1]!.end,
      kind: 'number',
    });
    i = found.end - 1;
  }
  return out ?? tokens;
}

function yearAt(tokens: Token[], i: number, lexicon: Lexicon): { year: number; end: number } | null {
  if (tokens[i]!.kind !== 'word') return null;
  let key = '';
  let found: { year: number; end: number } | null = null;
  for (let k = i; k < Math.min(tokens.length, i + LONGEST); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    key = key ? `${key} ${t.text}` : t.text;
    const year = lexicon.words.phrases.get(key)?.find((s) => s.kind === 'year');
    if (year?.kind === 'year') found = { year: year.year, end: k + 1 };
    else if (!lexicon.words.prefixes.has(key)) break;
  }
  if (!found) return null;
  const next = tokens[found.end];
  if (next && lexicon.words.phrases.get(next.text)?.some((s) => s.kind === 'scale' || s.kind === 'number'))
    return null;
  return found;
}
