import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedServer, startWebChat } from '../../../src/adapters/web/server.js';
import { createAsk } from '../../../src/app/ask.js';
import { answer } from '../../../src/app/default-engine.js';
import { chartForAnswer } from '../../../src/charts/index.js';
import { type Answer, AnswerSchema } from '../../../src/contract/answer.js';
import { raw } from './http-client.js';

// The standalone `npm run web` stack with the real engine and chart renderer, on a free port.
const silent = { info: () => {}, error: () => {} };
const engineAsk = () =>
  createAsk({ answer, logger: silent, limits: { maxQuestionLength: 500, ratePerMinute: 0 } });
let chat: StartedServer;
beforeAll(async () => {
  chat = await startWebChat({ ask: engineAsk(), charts: chartForAnswer }, { port: 0 });
});
afterAll(() => chat.close());

async function ask(
  question: string,
  conversation?: string,
): Promise<Answer & { chart: { url: string } | null }> {
  const res = await raw(chat.url, {
    method: 'POST',
    path: '/api/ask',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ question, today: '2026-11-22', ...(conversation ? { conversation } : {}) }),
  });
  expect(res.status).toBe(200);
  return AnswerSchema.parse(res.json()) as Answer & { chart: { url: string } | null };
}

describe('standalone web chat with the real engine', () => {
  it('listens on 127.0.0.1 and serves the page', async () => {
    expect(chat.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw(chat.url, { path: '/' });
    expect(page.status).toBe(200);
    const missing = await raw(chat.url, { path: '/nope' });
    expect(missing.status).toBe(404);
    expect(missing.json().message).toBe('Nothing at /nope; the chat is at /.');
  });

  it('answers with the published figure and a locally drawn chart', async () => {
    const a = await ask('Hoeveel naturalisatieaanvragen in 2024?');
    expect(a.headline).toBe('54.780');
    expect(a.facts).toContainEqual(expect.objectContaining({ period: '2024', value: 54780 }));
    const png = await raw(chat.url, { path: a.chart!.url });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
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

  it('reports a port in use instead of failing silently', async () => {
    const port = Number(new URL(chat.url).port);
    await expect(startWebChat({ ask: engineAsk() }, { port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});
