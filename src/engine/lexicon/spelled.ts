/**
 * Numbers and years written as words, generated from a language's number grammar rather than listed
 * by hand: "twenty-two" and "vierentwintig" are read as numbers, "twenty twenty-two", "two thousand
 * and twenty-one" and "tweeduizend vierentwintig" as years.
 */
export interface NumberGrammar {
  /** 1-9. */
  units: string[];
  /** 10-19. */
  teens: string[];
  /** 20, 30, ... 90. */
  tens: string[];
  /** The spellings of tens + unit ("twenty-two", "twenty two"; "tweeëntwintig"). */
  compound(ten: string, unit: string): string[];
  /** The spellings of the year 2000 + n ("two thousand and n", "twenty n", "tweeduizend n"). */
  year(n: number, spellings: string[]): string[];
}

/** Every spelling of 1-99. */
export function spellings(g: NumberGrammar, n: number): string[] {
  if (n < 10) return [g.units[n - 1]!];
  if (n < 20) return [g.teens[n - 10]!];
  const ten = g.tens[Math.floor(n / 10) - 2]!;
  const unit = n % 10;
  return unit === 0 ? [ten] : g.compound(ten, g.units[unit - 1]!);
}

/** 1-99 as words, for the lexicon's numbers. */
export function spelledNumbers(g: NumberGrammar): Record<string, number> {
  const out: Record<string, number> = {};
  for (let n = 1; n < 100; n++) for (const s of spellings(g, n)) out[s] = n;
  return out;
}

/** The years 2001-2049 as words. "two thousand" alone is a number of its own, never a year. */
export function spelledYears(g: NumberGrammar): Record<string, number> {
  const out: Record<string, number> = {};
  for (let n = 1; n < 50; n++) for (const s of g.year(n, spellings(g, n))) out[s] = 2000 + n;
  return out;
}
