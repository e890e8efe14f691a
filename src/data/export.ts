import type { Dataset } from './schema.js';

export const EXPORT_FIELDS = [
  'series',
  'label_nl',
  'label_en',
  'period',
  'value',
  'unit',
  'reason',
  'publication',
  'file',
  'line',
  'current',
] as const;
export type ExportRow = Record<(typeof EXPORT_FIELDS)[number], string | number | boolean | null>;

/** Every current observation, or with `history` every publication's value, as flat rows. */
export function exportRows(dataset: Dataset, history: boolean): ExportRow[] {
  const series = new Map(dataset.series.map((s) => [s.id, s]));
  const pubs = new Map(dataset.publications.map((p) => [p.id, p]));
  return dataset.observations
    .filter((o) => history || o.current)
    .map((o) => {
      const s = series.get(o.series)!;
      const p = pubs.get(o.publication)!;
      return {
        series: o.series,
        label_nl: s.label.nl,
        label_en: s.label.en,
        period: o.period,
        value: o.value,
        unit: s.unit,
        reason: o.reason ?? null,
        publication: p.title,
        file: `data/${p.file}`,
        line: o.line,
        current: o.current,
      };
    });
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function toCsv(rows: ExportRow[]): string {
  return `${[EXPORT_FIELDS.join(','), ...rows.map((r) => EXPORT_FIELDS.map((f) => csvCell(r[f])).join(','))].join('\n')}\n`;
}
