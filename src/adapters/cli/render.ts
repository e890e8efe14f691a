import type { Answer } from '../../contract/answer.js';
import { changeLine } from '../shared/change-text.js';

const WORDS = {
  nl: {
    pick: 'Antwoord met een nummer of typ uw keuze:',
    try: 'Probeer bijvoorbeeld:',
    source: 'Bron',
  },
  en: {
    pick: 'Answer with a number or type your choice:',
    try: 'Try for example:',
    source: 'Source',
  },
};

const SOURCE_LINE = /^(bron|bronnen|source|sources)\s*:/i;

/**
 * The answer for a person at a terminal: the figure first, then how it was read, the text, the
 * change, the source, the suggestions and the chart URL. In a conversation (`numbered`) the
 * suggestions are numbered, so one can be picked by its number.
 */
export function renderTerminal(a: Answer, options: { color: boolean; numbered?: boolean }): string {
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (options.color ? `\x1b[2m${s}\x1b[22m` : s);
  const words = WORDS[a.language];
  const lines: string[] = [];
  if (a.headline) lines.push(bold(a.headline));
  if (a.reading) lines.push(dim(a.reading));
  // The source gets its own line, from the answer's sources, so it is there once.
  const body = a.text.split('\n').filter((line) => !(a.sources.length > 0 && SOURCE_LINE.test(line.trim())));
  lines.push('', ...body);
  const change = changeLine(a);
  if (change) lines.push(change);
  if (a.sources.length) lines.push(`${words.source}: IND, ${a.sources.join(', ')}.`);
  if (a.suggestions.length) {
    const pick = options.numbered && a.kind === 'clarification';
    lines.push('', pick ? words.pick : words.try);
    a.suggestions.forEach((s, i) => {
      lines.push(options.numbered ? `  ${i + 1}. ${s}` : `  • ${s}`);
    });
  }
  if (a.chart?.url) lines.push('', dim(a.chart.url));
  return `${lines.join('\n')}\n`;
}
