import type { Fact, Note } from '../contract/answer.js';
import type { Language, Observation, Series } from '../data/schema.js';
import type { DataIndex } from './data-index.js';
import { formatPeriod, formatValue } from './format.js';

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

/** Footnotes, definition changes and revisions that apply to these figures. */
export function notesFor(series: Series, periods: string[], idx: DataIndex, lang: Language): Note[] {
  const notes: Note[] = [];
  for (const n of series.notes) {
    if (!n.period || periods.includes(n.period)) notes.push({ kind: 'footnote', text: n[lang] });
  }
  const years = periods.filter((p) => p.length === 4);
  for (const b of series.breaks) {
    const before = years.some((p) => p <= b.until);
    const after = years.some((p) => p > b.until);
    if (before && after) {
      const warn =
        lang === 'nl'
          ? `Let op, definitiewijziging na ${b.until}: `
          : `Note, definition change after ${b.until}: `;
      notes.push({ kind: 'definition', text: warn + b.note[lang], until: b.until });
    } else if (before) notes.push({ kind: 'definition', text: b.note[lang], until: b.until });
  }
  for (const p of periods) {
    const [current, ...older] = idx.revisions(series.id, p);
    if (!current) continue;
    for (const o of older) {
      if (o.value === current.value) continue;
      const was = formatValue(o.value, series.unit, lang);
      const title = idx.publicationTitle(o.publication);
      const at = formatPeriod(p, lang);
      notes.push({
        kind: 'revision',
        text:
          lang === 'nl'
            ? `Herzien: in ${title} stond voor ${at} ${was}; de ${idx.publicationTitle(current.publication)} geven ${formatValue(current.value, series.unit, lang)}.`
            : `Revised: ${title} gave ${was} for ${at}; ${idx.publicationTitle(current.publication)} gives ${formatValue(current.value, series.unit, lang)}.`,
      });
    }
  }
  return notes;
}
