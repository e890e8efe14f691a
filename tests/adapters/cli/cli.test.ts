import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TerminalSession } from '../../../src/adapters/cli/session.js';
import { answer } from '../../../src/app/default-engine.js';
import { writeChartPng } from '../../../src/charts/index.js';
import { AnswerSchema } from '../../../src/contract/answer.js';
import { adapterSuite } from '../suite.js';

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['src/launch.mjs', 'ask', ...args], {
    encoding: 'utf8',
    input,
    timeout: 120_000,
  });

describe('npm run ask', () => {
  it('answers one question per line with one JSON answer per line, in order (--jsonl)', () => {
    const run = cli(
      ['--jsonl', '--today', '2025-03-10'],
      'Hoeveel naturalisatieaanvragen in 2024?\nkennis en talent aanvragen vorig jaar\n\n',
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(lines).toHaveLength(3);
    expect(lines[0]!.facts[0]).toMatchObject({ period: '2024', value: 54780 });
    expect(lines[1]!.facts[0]).toMatchObject({ period: '2024', value: 21730 });
    expect(lines[2]!.kind).toBe('help');
  });

  it('prints the contract JSON with a chart URL for a trend (--json)', () => {
    const run = cli(['--json', 'trend naturalisatie 2018-2025']);
    const a = AnswerSchema.parse(JSON.parse(run.stdout));
    expect(a.kind).toBe('series');
    expect(a.chart?.url).toMatch(/^https:\/\/quickchart\.io\/chart\?/);
  });

  it('prints a readable answer for a person', () => {
    const run = cli(['Top 3 nationaliteiten naturalisatie 2025']);
    expect(run.stdout).toContain('1. Syrische, 2. Indiase, 3. Turkse');
    expect(run.stdout).toContain('Bron: IND, Jaarcijfers 2025');
  });

  it('writes the chart to a PNG file (--chart)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ind-cli-')), 'chart.png');
    const run = cli(['--chart', out, 'trend naturalisatie 2018-2025']);
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses a malformed --today with a clear message', () => {
    const run = cli(['--today', 'gisteren', 'vraag']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('YYYY-MM-DD');
  });
});

describe('the interactive terminal conversation', () => {
  it('follows up on the previous question', async () => {
    const session = new TerminalSession((q, context) => answer(q, { today: '2026-11-22', context }));
    await session.turn('Hoeveel naturalisatieaanvragen in 2024?');
    const next = await session.turn('en in 2023?');
    expect(next.answer?.facts[0]).toMatchObject({
      series: 'naturalisatie.aanvragen',
      period: '2023',
      value: 43930,
    });
  });
});

adapterSuite('cli', async () => ({
  async ask(question, given) {
    const session = new TerminalSession(() => {
      if (given instanceof Error) throw given;
      return given;
    });
    const { text, answer: a } = await session.turn(question);
    let png: Uint8Array | undefined;
    if (a) {
      const file = join(mkdtempSync(join(tmpdir(), 'ind-cli-')), 'c.png');
      if (await writeChartPng(a, file)) png = readFileSync(file);
    }
    return { text, image: png ? { png } : null, buttons: a?.suggestions ?? [], couldPing: false };
  },
  async close() {},
}));
