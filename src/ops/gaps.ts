/** One logged question that the bot could not answer with a figure. */
export interface Gap {
  question: string;
  count: number;
  outcome: string;
  adapters: string[];
}

const UNANSWERED = new Set(['not_found', 'clarification', 'error', 'too_long']);

/** Lower case, no digits or punctuation: "Hoeveel X in 2024?" and "hoeveel x in 2025" group together. */
export const normalizeQuestion = (q: string): string =>
  q
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}#\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads JSON log lines (one per question, as the ask layer writes them) and lists what users asked
 * that the bot could not answer, most frequent first. Lines that are not question logs are skipped.
 */
export function summarizeGaps(lines: Iterable<string>): Gap[] {
  const groups = new Map<string, Gap>();
  for (const line of lines) {
    let entry: { msg?: string; outcome?: string; question?: string; adapter?: string };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry.msg !== 'question' || !entry.outcome || !UNANSWERED.has(entry.outcome) || !entry.question)
      continue;
    const key = `${entry.outcome}|${normalizeQuestion(entry.question)}`;
    const gap = groups.get(key) ?? {
      question: entry.question,
      count: 0,
      outcome: entry.outcome,
      adapters: [],
    };
    gap.count++;
    if (entry.adapter && !gap.adapters.includes(entry.adapter)) gap.adapters.push(entry.adapter);
    groups.set(key, gap);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
}

export function formatGaps(gaps: Gap[]): string {
  if (gaps.length === 0) return 'No unanswered questions in these logs.\n';
  const lines = gaps.map(
    (g) =>
      `${String(g.count).padStart(5)}  ${g.outcome.padEnd(13)} ${g.question}  [${g.adapters.join(', ')}]`,
  );
  return `${['count  outcome       question (an example of the group)', ...lines].join('\n')}\n`;
}
