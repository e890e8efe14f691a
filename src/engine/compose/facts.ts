import type { Fact, Note } from '../../contract/index.js';
import type { Language, Observation, Series } from '../../data/schema.js';
import type { DataIndex } from '../data-index.js';
import { formatPeriod, formatValue } from '../format.js';
import { messages } from '../messages/index.js';

/** An observation as the contract's fact, labelled in the reader's language. */
export function toFact(o: Observation, series: Series, idx: DataIndex, lang: Language): Fact {
  const pub = idx.publications.get(o.publication)!;
  return {
    series: series.id,
    label: series.label[lang],
    name: series.name[lang],
    period: o.period,
    value: o.value,
    unit: series.unit,
    source: pub.title,
    file: `data/${pub.file}`,
    line: o.line,
    ...(o.reason ? { reason: o.reason } : {}),
  };
}

/**
 * Footnotes, definition changes and revisions that apply to these figures. A definition change is
 * a note of kind 'definition' (never a revision): the figures were counted differently, not
 * corrected.
 */
export function notesFor(series: Series, periods: string[], idx: DataIndex, lang: Language): Note[] {
  const m = messages(lang);
  const notes: Note[] = [];
  for (const n of series.notes) {
    if (!n.period || periods.includes(n.period)) notes.push({ kind: 'footnote', text: n[lang] });
  }
  // A break is dated by the year it ends; a month is on the new side of it when its year is past it.
  const years = periods.map((p) => p.slice(0, 4));
  for (const b of series.breaks) {
    const before = years.some((p) => p <= b.until);
    const after = years.some((p) => p > b.until);
    if (before && after)
      notes.push({ kind: 'definition', text: m.definitionAcross(b.until, b.note[lang]), until: b.until });
    else if (before) notes.push({ kind: 'definition', text: b.note[lang], until: b.until });
  }
  for (const p of periods) {
    const [current, ...older] = idx.revisions(series.id, p);
    if (!current) continue;
    for (const o of older) {
      if (o.value === current.value) continue;
      const redefined = idx.redefinition(series, o, current);
      notes.push({
        kind: redefined ? 'definition' : 'revision',
        ...(redefined ? { until: redefined.until } : {}),
        text: (redefined ? m.countedDifferently : m.revised)(
          formatValue(o.value, series.unit, lang),
          idx.publicationTitle(o.publication),
          formatPeriod(p, lang),
          formatValue(current.value, series.unit, lang),
          idx.publicationTitle(current.publication),
        ),
      });
    }
  }
  return notes;
}
