import type { Answer } from '../../contract/answer.js';

const PICK = {
  nl: 'Antwoord met een nummer of typ uw keuze:',
  en: 'Answer with a number or type your choice:',
};
const TRY = { nl: 'Probeer bijvoorbeeld:', en: 'Try for example:' };

/**
 * The answer for a person at a terminal: the figure first, then how it was read, the text, the
 * suggestions and the chart URL. In a conversation (`numbered`) the suggestions are numbered, so
 * one can be picked by its number.
 */
export function renderTerminal(a: Answer, options: { color: boolean; numbered?: boolean }): string {
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (options.color ? `\x1b[2m${s}\x1b[22m` : s);
  const lines: string[] = [];
  if (a.headline) lines.push(bold(a.headline));
  if (a.reading) lines.push(dim(a.reading));
  lines.push('', a.text);
  if (a.suggestions.length) {
    const pick = options.numbered && a.kind === 'clarification';
    lines.push('', (pick ? PICK : TRY)[a.language]);
    a.suggestions.forEach((s, i) => {
      lines.push(options.numbered ? `  ${i + 1}. ${s}` : `  • ${s}`);
    });
  }
  if (a.chart?.url) lines.push('', dim(a.chart.url));
  return `${lines.join('\n')}\n`;
}
