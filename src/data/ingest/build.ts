import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureDef } from '../catalog/measures.js';
import { subjectDef } from '../catalog/subjects.js';
import { type Dataset, DatasetSchema, type Observation, type Series } from '../schema.js';
import { parseAnnual } from './annual.js';
import type { Description, SeriesNote } from './description.js';
import { IngestError } from './ledger.js';
import { parseMonthly } from './monthly.js';
import type { Parsed } from './parsed.js';
import { PUBLICATIONS } from './publications/index.js';

export interface Coverage {
  file: string;
  tokens: { line: number; text: string; role: string; reason?: string }[];
}

/** Parses one publication's raw text; throws IngestError naming the file and line on bad input. */
export function parsePublication(desc: Description, text: string): Parsed {
  if (!text.trim()) throw new IngestError(desc.publication.file, null, 'the file is empty');
  const parsed = desc.layout === 'annual' ? parseAnnual(desc, text) : parseMonthly(desc, text);
  const left = parsed.ledger.unaccounted();
  if (left.length > 0) {
    const first = left[0]!;
    throw new IngestError(
      desc.publication.file,
      first.line,
      `${left.length} number token(s) neither ingested nor skipped, first "${first.text}": add the row to the layout or a skip rule with a reason`,
    );
  }
  return parsed;
}

/** Builds the whole dataset from the raw files under dataDir; newest publication wins per figure. */
export function buildDataset(
  dataDir: string,
  descriptions: Description[] = PUBLICATIONS,
): { dataset: Dataset; coverage: Coverage[] } {
  const coverage: Coverage[] = [];
  const observations: Observation[] = [];
  const rankings: Dataset['rankings'] = [];
  const notes: SeriesNote[] = [];
  const byDate = [...descriptions].sort((a, b) => b.publication.date.localeCompare(a.publication.date));

  for (const desc of byDate) {
    const pub = desc.publication;
    const text = readRaw(dataDir, pub.file);
    const parsed = parsePublication(desc, text);
    coverage.push({ file: pub.file, tokens: [...parsed.ledger.tokens()] });
    for (const o of parsed.observations) observations.push({ ...o, publication: pub.id, current: false });
    for (const r of parsed.rankings) {
      rankings.push({
        subject: r.subject,
        period: r.period,
        measure: 'aanvragen',
        publication: pub.id,
        entries: r.entries,
      });
    }
    notes.push(...(desc.notes ?? []));
  }

  // Publications are visited newest first, so the first value seen for a series and period is current.
  const seen = new Set<string>();
  for (const o of observations) {
    const key = `${o.series}|${o.period}`;
    o.current = !seen.has(key);
    seen.add(key);
  }
  const seriesIds = [...new Set(observations.map((o) => o.series))].sort();
  const dataset: Dataset = {
    publications: byDate.map((d) => d.publication),
    series: seriesIds.map((id) => describeSeries(id, notes)),
    observations: observations.sort(
      (a, b) => a.series.localeCompare(b.series) || a.period.localeCompare(b.period),
    ),
    rankings,
  };
  return { dataset: DatasetSchema.parse(dataset), coverage };
}

function readRaw(dataDir: string, file: string): string {
  try {
    return readFileSync(join(dataDir, file), 'utf8');
  } catch (err) {
    throw new IngestError(file, null, `cannot read the raw file (${(err as Error).message})`);
  }
}

function describeSeries(id: string, notes: SeriesNote[]): Series {
  const [subjectId, measureId] = id.split('.') as [string, string];
  const subject = subjectDef(subjectId);
  const measure = measureDef(measureId);
  if (!subject) throw new IngestError('catalog', null, `series ${id}: unknown subject "${subjectId}"`);
  if (!measure) throw new IngestError('catalog', null, `series ${id}: unknown measure "${measureId}"`);
  return {
    id,
    domain: subject.domain,
    subject: subjectId,
    measure: measureId,
    unit: measure.unit,
    label: { nl: `${subject.nl} · ${measure.nl}`, en: `${subject.en} · ${measure.en}` },
    name: {
      nl: { subject: subject.nl, measure: measure.nl },
      en: { subject: subject.en, measure: measure.en },
    },
    aliases: {
      nl: [...subject.aliases.nl, ...measure.aliases.nl],
      en: [...subject.aliases.en, ...measure.aliases.en],
    },
    notes: [
      ...(subject.notes ?? []),
      ...notes
        .filter((n) => n.series === id)
        .map((n) => ({ nl: n.nl, en: n.en, ...(n.period ? { period: n.period } : {}) })),
    ],
    breaks: subject.breaks ?? [],
  };
}
