import { AppError } from '../../errors.js';
import { NUMBER_TOKEN } from './text.js';

/** Why a number token in a raw file was not ingested as a figure. */
export type SkipRole = 'year' | 'label' | 'footnote-marker' | 'rank' | 'skipped';

interface Span {
  start: number;
  end: number;
  role: SkipRole | 'value';
  reason?: string;
}

/**
 * Accounts for every number token of a raw file: each one is either a value that became an
 * observation or deliberately skipped with a role and reason. Ingest refuses a file with tokens left
 * over, which is how "no figure left behind" is enforced rather than hoped for.
 */
export class Ledger {
  private readonly spans = new Map<number, Span[]>();

  constructor(
    readonly file: string,
    readonly lines: string[],
  ) {}

  mark(line: number, start: number, end: number, role: Span['role'], reason?: string): void {
    const list = this.spans.get(line) ?? [];
    list.push({ start, end, role, ...(reason ? { reason } : {}) });
    this.spans.set(line, list);
  }

  markLine(line: number, role: SkipRole, reason: string): void {
    this.mark(line, 0, this.lines[line - 1]?.length ?? 0, role, reason);
  }

  isMarked(line: number): boolean {
    return (this.spans.get(line)?.length ?? 0) > 0;
  }

  /** Every token with what happened to it, for the coverage report. */
  *tokens(): Generator<{ line: number; text: string; role: Span['role'] | 'unaccounted'; reason?: string }> {
    for (const [i, text] of this.lines.entries()) {
      const line = i + 1;
      for (const m of text.matchAll(NUMBER_TOKEN)) {
        const span = this.spans.get(line)?.find((s) => s.start <= m.index && m.index + m[0].length <= s.end);
        yield {
          line,
          text: m[0],
          role: span?.role ?? 'unaccounted',
          ...(span?.reason ? { reason: span.reason } : {}),
        };
      }
    }
  }

  unaccounted(): { line: number; text: string }[] {
    return [...this.tokens()].filter((t) => t.role === 'unaccounted');
  }
}

/** A raw file ingest cannot account for; the message starts with file:line. */
export class IngestError extends AppError {
  constructor(file: string, line: number | null, message: string) {
    super('ingest', `${file}${line ? `:${line}` : ''}: ${message}`);
  }
}
