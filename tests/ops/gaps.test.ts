import { describe, expect, it } from 'vitest';
import { formatGaps, summarizeGaps } from '../../src/ops/gaps.js';

const line = (question: string, outcome: string, adapter = 'slack') =>
  JSON.stringify({ level: 30, msg: 'question', adapter, outcome, question, latencyMs: 0.2 });

describe('npm run gaps', () => {
  it('lists unanswered questions, grouped and most frequent first', () => {
    const gaps = summarizeGaps([
      line('Hoeveel asielzoekers in de opvang?', 'not_found'),
      line('hoeveel asielzoekers in de opvang', 'not_found', 'discord'),
      line('Hoeveel naturalisaties in 2024?', 'value'),
      line('court cases upheld 2024', 'clarification'),
      'not json at all',
      JSON.stringify({ msg: 'listening' }),
      line('Hoeveel asielzoekers in de opvang??', 'not_found'),
    ]);
    expect(gaps.map((g) => [g.count, g.outcome])).toEqual([
      [3, 'not_found'],
      [1, 'clarification'],
    ]);
    expect(gaps[0]!.adapters).toEqual(['slack', 'discord']);
    expect(formatGaps(gaps)).toContain('opvang');
  });

  it('says so when everything was answered', () => {
    expect(formatGaps(summarizeGaps([line('x', 'value')]))).toMatch(/No unanswered/);
  });
});
