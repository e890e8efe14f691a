import { type Answer, AnswerSchema, type Fact } from '../../src/contract/answer.js';

/** Hand-built answers for chart tests; names come in two parts, as the engine gives them. */
export const fact = (
  series: string,
  label: string,
  period: string,
  value: Fact['value'],
  unit: Fact['unit'] = 'count',
): Fact => ({
  series,
  label,
  name: { subject: label.split(' · ')[0]!, measure: label.split(' · ')[1] ?? '' },
  period,
  value,
  unit,
  source: 'Jaarcijfers 2025',
});

export const answer = (over: Partial<Answer>): Answer =>
  AnswerSchema.parse({
    question: 'q',
    language: 'nl',
    kind: 'series',
    text: 't',
    reading: null,
    unexplained: [],
    headline: null,
    facts: [],
    trend: [],
    change: null,
    notes: [],
    sources: ['Jaarcijfers 2025'],
    chart: null,
    suggestions: [],
    context: null,
    quote: null,
    ...over,
  });

export const years = (
  series: string,
  label: string,
  from: number,
  values: (number | null)[],
  unit: Fact['unit'] = 'count',
) => values.map((v, i) => fact(series, label, String(from + i), v, unit));
