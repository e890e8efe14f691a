import type { Answer } from '../../contract/answer.js';

/** The answer for a person at a terminal: the figure first, then how it was read, notes and source. */
export function renderTerminal(a: Answer, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const lines: string[] = [];
  if (a.headline) lines.push(bold(a.headline));
  if (a.reading) lines.push(dim(a.reading));
  lines.push('', a.text);
  if (a.suggestions.length) {
    lines.push('', a.language === 'nl' ? 'Probeer bijvoorbeeld:' : 'Try for example:');
    for (const s of a.suggestions) lines.push(`  • ${s}`);
  }
  if (a.chart?.url) lines.push('', dim(a.chart.url));
  return `${lines.join('\n')}\n`;
}
