import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGaps, normalizeQuestion, summarizeGaps } from '../../src/ops/gaps.js';

const line = (question: string, outcome: string, adapter = 'slack') =>
  JSON.stringify({ level: 30, msg: 'question', adapter, outcome, question, latencyMs: 0.2 });

describe('npm run gaps', () => {
  it('lists unanswered questions, grouped and most frequent first, with the share unanswered', () => {
    const report = summarizeGaps([
      line('Hoeveel asielzoekers in de opvang?', 'not_found'),
      line('hoeveel asielzoekers in de opvang', 'not_found', 'discord'),
      line('Hoeveel naturalisaties in 2024?', 'value'),
      line('court cases upheld 2024', 'clarification'),
      line('naturalisatie 2024', 'rate_limited'),
      'not json at all',
      '{"msg": "question", "outcome": "not_found"',
      JSON.stringify({ msg: 'listening' }),
      line('Hoeveel asielzoekers in de opvang??', 'not_found'),
    ]);
    expect(report).toMatchObject({ questions: 6, unanswered: 4 });
    expect(report.gaps.map((g) => [g.count, g.outcome, g.question])).toEqual([
      [3, 'not_found', 'Hoeveel asielzoekers in de opvang?'],
      [1, 'clarification', 'court cases upheld 2024'],
    ]);
    expect(report.gaps[0]!.adapters).toEqual(['slack', 'discord']);
    const text = formatGaps(report);
    expect(text).toMatch(/^6 questions, 4 without a figure \(67%\)/);
    expect(text.indexOf('opvang')).toBeLessThan(text.indexOf('court'));
  });

  it('groups questions that differ only in case, accents, years and punctuation', () => {
    expect(normalizeQuestion('Hoeveel café-aanvragen in 2024?')).toBe(
      normalizeQuestion('hoeveel cafe aanvragen in 2025'),
    );
    expect(normalizeQuestion('asiel 2024')).not.toBe(normalizeQuestion('naturalisatie 2024'));
  });

  it('says so when everything was answered, or when there were no question lines at all', () => {
    expect(formatGaps(summarizeGaps([line('x', 'value')]))).toMatch(/No unanswered/);
    expect(formatGaps(summarizeGaps(['[08:00:00] INFO: question']))).toMatch(/No question log lines/);
  });
});

describe('the gaps command', () => {
  it('reads a log file given as argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ind-gaps-'));
    const file = join(dir, 'bot.log');
    writeFileSync(
      file,
      `${[line('hoeveel leges', 'not_found'), line('hoeveel leges?', 'not_found')].join('\n')}\n`,
    );
    const run = spawnSync(process.execPath, ['src/launch.mjs', 'gaps', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\s2 {2}not_found\s+hoeveel leges/);
    const missing = spawnSync(process.execPath, ['src/launch.mjs', 'gaps', join(dir, 'nope.log')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
