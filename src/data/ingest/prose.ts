import type { ProseFigure, SkipRule } from './description.js';
import { IngestError, type Ledger } from './ledger.js';
import type { ParsedObservation } from './parsed.js';
import { NUMBER_TOKEN, parseEuros } from './text.js';

/** Marks the lines that hold no figure, so the table parsers leave them alone. */
export function applySkips(ledger: Ledger, rules: SkipRule[]): void {
  ledger.lines.forEach((text, i) => {
    if (ledger.isMarked(i + 1)) return;
    const rule = rules.find((r) => r.match.test(text));
    if (rule) ledger.markLine(i + 1, 'skipped', rule.reason);
  });
}

/** Takes the figures printed in prose (footnotes, paragraphs) that the description points at. */
export function extractProse(ledger: Ledger, figures: ProseFigure[]): ParsedObservation[] {
  const out: ParsedObservation[] = [];
  for (const spec of figures) {
    const hits = findLines(ledger.lines, spec);
    if (hits.length !== 1) {
      throw new IngestError(
        ledger.file,
        hits[0] !== undefined ? hits[0] + 1 : null,
        `prose figure ${spec.match} matched ${hits.length} lines, expected exactly one`,
      );
    }
    const index = hits[0]!;
    const line = index + 1;
    const text = ledger.lines[index]!;
    const match = new RegExp(
      spec.match.source,
      spec.match.flags.includes('d') ? spec.match.flags : `${spec.match.flags}d`,
    ).exec(text)!;
    const groups = match.groups ?? {};
    const spans = match.indices?.groups ?? {};
    for (const figure of spec.figures) {
      const raw = groups[figure.value];
      const span = spans[figure.value];
      if (raw === undefined || !span)
        throw new IngestError(ledger.file, line, `prose figure has no group "${figure.value}"`);
      const period = 'fixed' in figure.period ? figure.period.fixed : groups[figure.period.group];
      if (!period)
        throw new IngestError(ledger.file, line, `prose figure has no period for ${figure.series}`);
      if (!('fixed' in figure.period)) {
        const ys = spans[figure.period.group];
        if (ys) ledger.mark(line, ys[0], ys[1], 'year');
      }
      let value =
        figure.unit === 'eur'
          ? parseEuros(raw, figure.scale ? groups[figure.scale] : undefined)
          : Number(raw.replaceAll('.', ''));
      if (figure.negative) value = -value;
      if (!Number.isFinite(value)) throw new IngestError(ledger.file, line, `"${raw}" is not a number`);
      ledger.mark(line, span[0], span[1], 'value');
      out.push({ series: figure.series, period, value, line, printed: raw });
    }
    if (spec.rest) {
      for (const m of text.matchAll(NUMBER_TOKEN))
        ledger.mark(line, m.index, m.index + m[0].length, 'skipped', spec.rest);
    }
  }
  return out;
}

function findLines(lines: string[], spec: ProseFigure): number[] {
  const all = lines.flatMap((text, i) => (spec.match.test(text) ? [i] : []));
  if (!spec.after) return all;
  const anchor = lines.findIndex((text) => spec.after!.test(text));
  const first = all.find((i) => i > anchor);
  return anchor >= 0 && first !== undefined ? [first] : [];
}
