/** A list written as "a | b | c" (or one entry per line) as its entries. */
export const words = (text: string): string[] => text.trim().split(/\s*\|\s*|\n\s*/);
