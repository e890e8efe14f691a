/** One group of logged questions that the bot could not answer with a figure. */
export interface Gap {
  /** The first question of the group, as asked. */
  question: string;
  count: number;
  outcome: string;
  adapters: string[];
}

export interface GapReport {
  /** Questions logged in total (answered or not). */
  questions: number;
  unanswered: number;
  gaps: Gap[];
}

/** Outcomes where the user got no figure; rate-limited questions are left out (they were fine). */
const UNANSWERED = new Set(['not_found', 'clarification', 'error', 'too_long']);

/** Lower case, no accents, digits or punctuation: "Hoeveel X in 2024?" and "hoeveel x in 2025" group together. */
export const normalizeQuestion = (q: string): string =>
  q
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}#\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface QuestionLine {
  msg?: unknown;
  outcome?: unknown;
  question?: unknown;
  adapter?: unknown;
}

/**
 * Counts JSON log lines (the ask layer writes one per question) one at a time, so a log file of any
 * size streams through. Other lines (start-up, errors, plain text) are skipped, so a whole log file
 * can be passed in.
 */
export function createGapCounter() {
  const groups = new Map<string, Gap>();
  let questions = 0;
  let unanswered = 0;
  return {
    add(line: string): void {
      if (!line.startsWith('{')) return;
      let entry: QuestionLine;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg !== 'question' || typeof entry.outcome !== 'string') return;
      questions++;
      if (!UNANSWERED.has(entry.outcome) || typeof entry.question !== 'string') return;
      unanswered++;
      const key = `${entry.outcome}|${normalizeQuestion(entry.question)}`;
      const gap = groups.get(key) ?? {
        question: entry.question,
        count: 0,
        outcome: entry.outcome,
        adapters: [],
      };
      gap.count++;
      if (typeof entry.adapter === 'string' && !gap.adapters.includes(entry.adapter))
        gap.adapters.push(entry.adapter);
      groups.set(key, gap);
    },
    /** What users asked that the bot could not answer, grouped and most frequent first. */
    report(): GapReport {
      const gaps = [...groups.values()].sort(
        (a, b) => b.count - a.count || a.question.localeCompare(b.question),
      );
      return { questions, unanswered, gaps };
    },
  };
}

export function summarizeGaps(lines: Iterable<string>): GapReport {
  const counter = createGapCounter();
  for (const line of lines) counter.add(line);
  return counter.report();
}

export function formatGaps(report: GapReport): string {
  if (report.questions === 0)
    return 'No question log lines found (the bot logs JSON lines when not in a terminal).\n';
  const share = ((100 * report.unanswered) / report.questions).toFixed(0);
  const head = `${report.questions} questions, ${report.unanswered} without a figure (${share}%).`;
  if (report.gaps.length === 0) return `${head}\nNo unanswered questions in these logs.\n`;
  const rows = report.gaps.map(
    (g) =>
      `${String(g.count).padStart(5)}  ${g.outcome.padEnd(13)} ${g.question}  [${g.adapters.join(', ')}]`,
  );
  return `${[head, '', 'count  outcome       question (the first of its group)', ...rows].join('\n')}\n`;
}
