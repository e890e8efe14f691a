import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, AnswerSchema } from '../../../src/contract/answer.js';
import { raw } from './http-client.js';

/**
 * `npm run web` as a user runs it (compiled JavaScript via the launcher), with the real engine and
 * chart renderer, on a free port. Slack variables in its environment are ignored: it is the web
 * chat alone.
 */
let child: ChildProcess;
let url: string;
let output = '';
beforeAll(async () => {
  child = spawn(process.execPath, ['src/launch.mjs', 'web'], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      MAX_QUESTION_LENGTH: '60',
      RATE_LIMIT_PER_MINUTE: '0',
      SLACK_BOT_TOKEN: 'not-a-token',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL announced:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /Web chat: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
});
afterAll(() => {
  child.kill('SIGTERM');
});

async function ask(
  question: string,
  conversation?: string,
): Promise<Answer & { chart: { url: string } | null }> {
  const res = await raw(url, {
    method: 'POST',
    path: '/api/ask',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question, today: '2026-11-22', ...(conversation ? { conversation } : {}) }),
  });
  expect(res.status).toBe(200);
  return AnswerSchema.parse(res.json()) as Answer & { chart: { url: string } | null };
}

describe('npm run web', () => {
  it('listens on 127.0.0.1 with a health check, and serves the page', async () => {
    expect((await raw(url, { path: '/health' })).json()).toMatchObject({
      status: 'ok',
      adapters: ['web chat'],
    });
    expect((await raw(url, { path: '/' })).status).toBe(200);
    expect((await raw(url, { path: '/nope' })).status).toBe(404);
  });

  it('answers with the published figure and a locally drawn chart', async () => {
    const a = await ask('Hoeveel naturalisatieaanvragen in 2024?');
    expect(a.headline).toBe('54.780');
    expect(a.facts).toContainEqual(expect.objectContaining({ period: '2024', value: 54780 }));
    const png = await raw(url, { path: a.chart!.url });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  });

  it('goes through the ask layer, with the configured limit (MAX_QUESTION_LENGTH)', async () => {
    const a = await ask(`Hoeveel naturalisatieaanvragen waren er in 2024 en in 2023 ${'x'.repeat(40)}?`);
    expect(a.text).toMatch(/te lang \(meer dan 60 tekens\)/);
    expect(a.facts).toEqual([]);
  });

  it('resolves a follow-up within its conversation only', async () => {
    await ask('Hoeveel naturalisatieaanvragen in 2024?', 'follow-up-test');
    const follow = await ask('en in 2023?', 'follow-up-test');
    expect(follow.facts).toContainEqual(
      expect.objectContaining({ series: 'naturalisatie.aanvragen', period: '2023' }),
    );
    const stranger = await ask('en in 2023?', 'someone-else');
    expect(stranger.facts.some((f) => f.series === 'naturalisatie.aanvragen')).toBe(false);
  });
});
