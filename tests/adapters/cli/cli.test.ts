import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/adapters/cli/run.js';
import { TerminalSession } from '../../../src/adapters/cli/session.js';
import { createAsk } from '../../../src/app/ask.js';
import { answer } from '../../../src/app/default-engine.js';
import { createChartProvider } from '../../../src/charts/index.js';
import { AnswerSchema } from '../../../src/contract/answer.js';
import type { Ask } from '../../../src/contract/ask.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { fixtureAsk } from '../../fixtures/ask.js';
import { adapterSuite } from '../suite.js';

const cli = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['src/launch.mjs', 'ask', ...args], {
    encoding: 'utf8',
    input,
    timeout: 120_000,
    env: { PATH: process.env.PATH, ...env },
  });

/** No stack trace: no "    at …" line, no "Error:" prefix, just the one line for the user. */
const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  return stderr.trim().split('\n')[0];
};

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

  it('answers each --jsonl line on its own, never as a follow-up of the line before', () => {
    const run = cli(['--jsonl'], 'Hoeveel naturalisatieaanvragen in 2024?\nen in 2023?\n');
    const [, second] = run.stdout
      .trim()
      .split('\n')
      .map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(second!.facts.some((f) => f.series === 'naturalisatie.aanvragen')).toBe(false);
  });

  it('prints the contract JSON with a chart URL for a trend (--json)', () => {
    const run = cli(['--json', 'trend naturalisatie 2018-2025']);
    const a = AnswerSchema.parse(JSON.parse(run.stdout));
    expect(a.kind).toBe('series');
    expect(a.chart?.url).toMatch(/^https:\/\/quickchart\.io\/chart\?/);
  });

  it('draws chart URLs on the QuickChart server the configuration names', () => {
    const run = cli(['--json', 'trend naturalisatie 2018-2025'], undefined, {
      QUICKCHART_URL: 'http://charts.example:8080',
    });
    expect(AnswerSchema.parse(JSON.parse(run.stdout)).chart?.url).toMatch(
      /^http:\/\/charts\.example:8080\/chart\?/,
    );
  });

  it('goes through the ask layer: its length limit (MAX_QUESTION_LENGTH) answers, not the engine', () => {
    const run = cli(['--json', 'Hoeveel naturalisatieaanvragen waren er in 2024?'], undefined, {
      MAX_QUESTION_LENGTH: '20',
    });
    const a = AnswerSchema.parse(JSON.parse(run.stdout));
    expect(a.text).toMatch(/te lang \(meer dan 20 tekens\)/);
    expect(a.facts).toEqual([]);
  });

  it('stops with one line naming a bad variable', () => {
    const run = cli(['vraag'], undefined, { MAX_QUESTION_LENGTH: 'lang' });
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toBe('ask: Invalid configuration:');
    expect(run.stderr).toContain('MAX_QUESTION_LENGTH must be a whole number');
  });

  it('prints a readable answer for a person', () => {
    const run = cli(['Top 3 nationaliteiten naturalisatie 2025']);
    expect(run.stdout).toContain('1. Syrische, 2. Indiase, 3. Turkse');
    expect(run.stdout.match(/Bron: IND, Jaarcijfers 2025/g)).toHaveLength(1);
  });

  it('writes the chart to a PNG file (--chart)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ind-cli-')), 'chart.png');
    const run = cli(['--chart', out, 'trend naturalisatie 2018-2025']);
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints its usage (--help)', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run ask/);
    for (const option of ['--json', '--jsonl', '--today', '--chart']) expect(run.stdout).toContain(option);
  });

  it('explains a --chart without a file name, into a missing folder, or not a .png, in one line', () => {
    const missing = cli(['--chart']);
    expect(missing.status).toBe(2);
    expect(oneLine(missing.stderr)).toBe("ask: Option '--chart <value>' argument missing");
    const folder = cli(['--chart', '/no/such/folder/out.png', 'trend naturalisatie']);
    expect(folder.status).toBe(2);
    expect(oneLine(folder.stderr)).toBe('ask: --chart: the folder /no/such/folder does not exist');
    const question = cli(['--chart', 'trend naturalisatie 2018-2025']);
    expect(question.status).toBe(2);
    expect(oneLine(question.stderr)).toMatch(/^ask: --chart needs a file name ending in \.png/);
  });

  it('refuses a malformed --today and an unknown option with a clear message', () => {
    const today = cli(['--today', 'gisteren', 'vraag']);
    expect(today.status).toBe(2);
    expect(oneLine(today.stderr)).toContain('YYYY-MM-DD');
    const unknown = cli(['--jsno', 'vraag']);
    expect(unknown.status).toBe(2);
    expect(oneLine(unknown.stderr)).toMatch(/^ask: Unknown option '--jsno'/);
  });

  it('exits quietly when its reader stops early (EPIPE)', () => {
    const run = spawnSync('sh', ['-c', 'node src/launch.mjs ask --help | head -c 10'], { encoding: 'utf8' });
    expect(run.stdout).toBe('usage: npm');
    expect(run.stderr).toBe('');
  });
});

const engineAsk = (): Ask =>
  createAsk({
    answer,
    logger: { info: () => {}, error: () => {} },
    limits: { maxQuestionLength: 1000, ratePerMinute: 0 },
  });

describe('the interactive terminal conversation', () => {
  it('follows up on the previous question', async () => {
    const session = new TerminalSession(engineAsk(), { today: '2026-11-22' });
    await session.turn('Hoeveel naturalisatieaanvragen in 2024?');
    const next = await session.turn('en in 2023?');
    expect(next.answer?.facts[0]).toMatchObject({
      series: 'naturalisatie.aanvragen',
      period: '2023',
      value: 43930,
    });
  });

  it('takes a numbered option or the words of one as the answer to a question back, in both languages', async () => {
    for (const [question, byNumber, byWords, measure] of [
      ['Hoeveel naturalisaties ingewilligd 2024?', '2', 'inwilligingspercentage', 'beslissingen'],
      ['How many naturalisations granted in 2024?', '2', 'approval rate', 'decisions'],
    ] as const) {
      const session = new TerminalSession(engineAsk(), { today: '2026-11-22' });
      const back = await session.turn(question);
      expect(back.answer?.kind).toBe('clarification');
      expect(back.text).toMatch(/ 1\. .*\n {2}2\. /);
      const picked = await session.turn(byNumber);
      expect(picked.answer?.question).toBe(back.answer!.suggestions[1]);
      expect(picked.answer?.reading).toContain(measure);
      await session.turn(question);
      const worded = await session.turn(byWords);
      expect(worded.answer?.question).toBe(back.answer!.suggestions[0]);
      expect(worded.text.startsWith(`→ ${back.answer!.suggestions[0]}`)).toBe(true);
    }
  });

  it('treats a number as a question when nothing was offered', async () => {
    const session = new TerminalSession(engineAsk(), { today: '2026-11-22' });
    const got = await session.turn('2');
    expect(got.answer?.question).toBe('2');
  });
});

/** runCli with a fixture Ask, in-process, its output captured as the terminal would show it. */
async function runWith(args: string[], ask: Ask) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(args, { makeAsk: () => ask, stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

adapterSuite('cli', async () => ({
  async ask(question, given) {
    const charts = createChartProvider();
    const { ask } = fixtureAsk([], () => given, charts);
    const file = join(mkdtempSync(join(tmpdir(), 'ind-cli-')), 'c.png');
    const { out, err } = await runWith(['--chart', file, question], ask);
    let png: Uint8Array | undefined;
    try {
      png = readFileSync(file);
    } catch {}
    return {
      text: `${out}${err}`,
      image: png ? { png } : null,
      // The terminal's equivalent of buttons: the options it lists to ask next.
      buttons: [...out.matchAll(/^ {2}(?:•|\d+\.) (.+)$/gm)].map((m) => m[1]!),
      // A terminal cannot notify anyone; the harm would be control codes from quoted text.
      couldPing: /[\u0000-\u0008\u000b-\u001f\u007f]/.test(out),
    };
  },
  async close() {},
}));

describe('the terminal adapter with a fixture', () => {
  it('says so when the answer has no chart to write', async () => {
    const { ask } = fixtureAsk([FIXTURES.clarificationAnswer], undefined, createChartProvider());
    const file = join(mkdtempSync(join(tmpdir(), 'ind-cli-')), 'none.png');
    const { code, err } = await runWith(['--chart', file, FIXTURES.clarificationAnswer.question], ask);
    expect(code).toBe(0);
    expect(err).toBe('ask: this answer has no chart.\n');
  });
});
