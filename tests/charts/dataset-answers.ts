import { existsSync } from 'node:fs';
import { type Answer, AnswerSchema, type Fact } from '../../src/contract/answer.js';
import { measureDef } from '../../src/data/catalog/measures.js';
import { loadDataset } from '../../src/data/load.js';
import { FIGURES_FILE } from '../../src/data/paths.js';
import type { Dataset } from '../../src/data/schema.js';
import { FIXTURES } from '../fixtures/answers.js';

/**
 * Answers built straight from data/figures.json, the way the engine would shape them: every series
 * over all its years, over all its months, and every backlog broken down by age. They are the
 * largest charts the dataset allows, so URL limits are checked against them rather than guessed.
 */
type Language = Answer['language'];

export interface DatasetAnswers {
  /** One per series and language: all years (up to 8). */
  annual: Answer[];
  /** One per series and language: all months (up to 13). */
  monthly: Answer[];
  /** One per subject with age buckets and language: every bucket over all months. */
  byAge: Answer[];
}

const ageOf = (series: string) => measureDef(series.slice(series.indexOf('.') + 1))?.age;

function answer(
  dataset: Dataset,
  series: string[],
  granularity: 'year' | 'month',
  language: Language,
): Answer | null {
  const titles = new Map(dataset.publications.map((p) => [p.id, p.title]));
  const meta = new Map(dataset.series.map((s) => [s.id, s]));
  const facts: Fact[] = dataset.observations
    .filter(
      (o) => o.current && series.includes(o.series) && (o.period.length === 7) === (granularity === 'month'),
    )
    .sort((a, b) => series.indexOf(a.series) - series.indexOf(b.series) || a.period.localeCompare(b.period))
    .map((o) => {
      const s = meta.get(o.series)!;
      return {
        series: o.series,
        label: s.label[language],
        name: s.name[language],
        period: o.period,
        value: o.value,
        unit: s.unit,
        source: titles.get(o.publication)!,
        file: `raw/${o.publication}.txt`,
        line: o.line,
        ...(o.reason ? { reason: o.reason } : {}),
      };
    });
  if (new Set(facts.map((f) => f.period)).size < 2) return null;
  const breaks = series.flatMap((id) => meta.get(id)!.breaks);
  return AnswerSchema.parse({
    question: `${facts[0]!.label} ${granularity}`,
    language,
    kind: 'series',
    text: facts.map((f) => `${f.period}: ${f.value}`).join('; '),
    reading: facts[0]!.label,
    unexplained: [],
    headline: null,
    facts,
    trend: [],
    change: null,
    notes: breaks.map((b) => ({ kind: 'definition', text: b.note[language], until: b.until })),
    sources: [...new Set(facts.map((f) => f.source))],
    chart: null,
    suggestions: [],
    context: null,
    quote: null,
  });
}

export function datasetAnswers(dataset: Dataset): DatasetAnswers {
  const out: DatasetAnswers = { annual: [], monthly: [], byAge: [] };
  const bySubject = new Map<string, string[]>();
  for (const s of dataset.series) {
    if (ageOf(s.id)) bySubject.set(s.subject, [...(bySubject.get(s.subject) ?? []), s.id]);
  }
  for (const language of ['nl', 'en'] as const) {
    for (const s of dataset.series) {
      const annual = answer(dataset, [s.id], 'year', language);
      const monthly = answer(dataset, [s.id], 'month', language);
      if (annual) out.annual.push(annual);
      if (monthly) out.monthly.push(monthly);
    }
    for (const ids of bySubject.values()) {
      const byAge = answer(dataset, ids, 'month', language);
      if (byAge) out.byAge.push(byAge);
    }
  }
  return out;
}

/** The dataset's answers when data/figures.json is there, else the hand-built fixtures. */
export function chartAnswers(): DatasetAnswers & { fromDataset: boolean } {
  if (existsSync(FIGURES_FILE)) return { ...datasetAnswers(loadDataset()), fromDataset: true };
  return {
    annual: [],
    monthly: [FIXTURES.monthlySeriesAnswer],
    byAge: [],
    fromDataset: false,
  };
}
