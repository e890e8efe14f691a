import { request } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_NAME, QUESTION_OPTION } from '../../src/adapters/discord/commands.js';
import { slackSignatureHeaders } from '../../src/adapters/slack/signature.js';
import { answer, suggestQuestions } from '../../src/app/default-engine.js';
import { type AppDeps, type RunningApp, StartupError, startApp } from '../../src/app/start.js';
import { createChartProvider } from '../../src/charts/index.js';
import type { ChartProvider } from '../../src/charts/types.js';
import { parseConfig } from '../../src/config.js';
import { discordKeys, memoryLogger, type Received, type Reply, slackApi, startLoopback } from './loopback.js';

const BOT_TOKEN = 'xoxb-1111-2222-startappTOKEN';
const SECRET = '8f742231b10e8888abcd99aaabbb85a5';
const USER = 'U0SECRETUSER';
const APP_ID = '112233445566778899';
const DISCORD_TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const QUESTION = 'Hoeveel naturalisatieaanvragen in 2024?';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

type Loopback = Awaited<ReturnType<typeof startLoopback>>;

/** A loopback stand-in, closed after the test. */
async function standIn(reply: (r: Received, nth: number) => Reply | undefined): Promise<Loopback> {
  const remote = await startLoopback(reply);
  cleanups.push(remote.close);
  return remote;
}

/** startApp as main.ts calls it, on 127.0.0.1 and a free port, logging JSON lines into memory. */
async function start(env: Record<string, string>, over: Partial<AppDeps> = {}) {
  const log = memoryLogger();
  const app = await startApp(parseConfig({ PORT: '0', HOST: '127.0.0.1', ...env }), {
    answer,
    suggest: suggestQuestions,
    charts: createChartProvider(),
    logger: log.logger,
    ...over,
  });
  cleanups.push(() => app.stop({ graceMs: 100 }));
  return { app, log };
}

const slackEnv = (api: Loopback) => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: `${api.url}/api/`,
});

function slashCommand(app: RunningApp, text: string, responseUrl: string) {
  const body = new URLSearchParams({
    command: '/ind',
    text,
    user_id: USER,
    team_id: 'T0TEST01',
    channel_id: 'C123',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
  return fetch(`${app.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignatureHeaders(SECRET, body) },
    body,
  });
}

function mention(app: RunningApp, text: string) {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T0TEST01',
    api_app_id: 'A0INDAPP1',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: USER,
      text: `<@UBOT0001> ${text}`,
      ts: '1700000000.000100',
      channel: 'C123',
      event_ts: '1700000000.000100',
    },
  });
  return fetch(`${app.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...slackSignatureHeaders(SECRET, body) },
    body,
  });
}

const health = async (app: RunningApp) => (await fetch(`${app.url}/health`)).status;

describe('the app under failures of Slack', () => {
  it('delivers the answer when the response_url first answers 429 with Retry-After', async () => {
    const api = await standIn((r, nth) =>
      r.path.startsWith('/respond/') && nth === 1
        ? { status: 429, headers: { 'retry-after': '1' }, body: 'rate_limited' }
        : slackApi(r),
    );
    const { app, log } = await start(slackEnv(api));
    expect((await slashCommand(app, QUESTION, `${api.url}/respond/a1`)).status).toBe(200);
    const answered = await api.waitFor(
      (r) => r.path === '/respond/a1' && api.received.filter((x) => x.path === r.path).length === 2,
    );
    expect(answered.body).toContain('54.780');
    for (const secret of [BOT_TOKEN, SECRET, USER]) expect(log.text()).not.toContain(secret);
  });

  it('fails visibly when the response_url keeps answering 500, and keeps serving', async () => {
    const api = await standIn((r) =>
      r.path === '/respond/down' ? { status: 500, body: 'internal_error' } : slackApi(r),
    );
    const { app, log } = await start(slackEnv(api));
    expect((await slashCommand(app, QUESTION, `${api.url}/respond/down`)).status).toBe(200);
    await expect
      .poll(() => log.lines().find((l) => l.level === 50 && /could not be posted/.test(String(l.msg))), {
        timeout: 5000,
      })
      .toBeTruthy();
    expect(await health(app)).toBe(200);
    await slashCommand(app, QUESTION, `${api.url}/respond/next`);
    expect((await api.waitFor((r) => r.path === '/respond/next')).body).toContain('54.780');
  });

  it('answers a mention after chat.postMessage was rate limited (429, Retry-After) or failed (500)', async () => {
    let failures = [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 500, body: 'oops' },
    ];
    const api = await standIn((r) => {
      if (r.path.endsWith('/chat.postMessage') && failures.length) return failures.shift();
      return slackApi(r);
    });
    const { app } = await start(slackEnv(api));
    expect((await mention(app, QUESTION)).status).toBe(200);
    const posts = () => api.received.filter((r) => r.path.endsWith('/chat.postMessage'));
    await expect.poll(() => posts().length, { timeout: 8000 }).toBe(3);
    expect(decodeURIComponent(posts()[2]!.body)).toContain('54.780');
    failures = [];
    expect(await health(app)).toBe(200);
  });

  it('still answers with the figures when charts cannot be drawn or fetched', async () => {
    const api = await standIn(slackApi);
    const broken: ChartProvider = () => ({
      url: null,
      png: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9')),
      alt: 'chart',
    });
    const { app, log } = await start(slackEnv(api), { charts: broken });
    await slashCommand(app, 'trend naturalisatieaanvragen 2018-2025', `${api.url}/respond/c1`);
    const posted = await api.waitFor((r) => r.path === '/respond/c1');
    expect(posted.body).toMatch(/\d{2}\.\d{3}/);
    expect(posted.body).not.toContain('"type":"image"');
    expect(log.lines().some((l) => /chart not shown/.test(String(l.msg)))).toBe(true);

    // The chart server is only named in the image URL; the bot never waits for it.
    const unreachable = await start(slackEnv(api), {
      charts: createChartProvider({ quickchartUrl: 'http://127.0.0.1:9' }),
    });
    await slashCommand(unreachable.app, 'trend naturalisatieaanvragen 2018-2025', `${api.url}/respond/c2`);
    const withUrl = await api.waitFor((r) => r.path === '/respond/c2');
    expect(withUrl.body).toMatch(/\d{2}\.\d{3}/);
    expect(withUrl.body).toContain('http://127.0.0.1:9/chart');
  });

  it('answers an apology when the engine throws, and the next question normally', async () => {
    const api = await standIn(slackApi);
    const { app, log } = await start(slackEnv(api), {
      answer: (q, o) => {
        if (q.includes('boom')) throw new Error('engine bug');
        return answer(q, o);
      },
    });
    await slashCommand(app, 'boom naturalisatie', `${api.url}/respond/e1`);
    expect((await api.waitFor((r) => r.path === '/respond/e1')).body).toMatch(/iets mis/);
    await slashCommand(app, QUESTION, `${api.url}/respond/e2`);
    expect((await api.waitFor((r) => r.path === '/respond/e2')).body).toContain('54.780');
    expect(log.lines().find((l) => l.outcome === 'error')).toMatchObject({ adapter: 'slack' });
  });
});

describe('the app under failures of Discord', () => {
  const keys = discordKeys();
  const discordEnv = (api: Loopback) => ({
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: `${api.url}/api`,
  });
  const command = (app: RunningApp, token: string) => {
    const body = JSON.stringify({
      type: 2,
      token,
      locale: 'nl',
      guild_id: '300000000000000003',
      channel_id: '400000000000000004',
      member: { user: { id: '500000000000000005' } },
      data: { name: COMMAND_NAME, options: [{ name: QUESTION_OPTION, value: QUESTION }] },
    });
    return fetch(`${app.url}/discord/interactions`, { method: 'POST', headers: keys.headers(body), body });
  };
  const followUp = (token: string) => (r: Received) => r.path.includes(`/webhooks/${APP_ID}/${token}/`);

  it('delivers the follow-up after a 429 with retry_after', async () => {
    const api = await standIn((_r, nth) =>
      nth === 1 ? { status: 429, body: { retry_after: 0.05, global: false } } : { body: { id: '1' } },
    );
    const { app } = await start(discordEnv(api));
    const ack = await command(app, 'tok-429');
    expect(await ack.json()).toEqual({ type: 5 });
    await expect.poll(() => api.received.filter(followUp('tok-429')).length, { timeout: 5000 }).toBe(2);
    expect(api.received[1]!.body).toContain('54.780');
  });

  it('fails visibly when the webhook keeps answering 500, and keeps serving', async () => {
    const api = await standIn((r) => (r.path.includes('tok-down') ? { status: 500 } : { body: { id: '1' } }));
    const { app, log } = await start(discordEnv(api));
    await command(app, 'tok-down');
    await expect
      .poll(() => log.lines().find((l) => l.where === 'follow-up' && l.level === 50), { timeout: 8000 })
      .toMatchObject({ err: expect.stringMatching(/Internal Server Error/) });
    expect(log.text()).not.toContain('tok-down');
    expect(await health(app)).toBe(200);
    await command(app, 'tok-next');
    expect((await api.waitFor(followUp('tok-next'))).body).toContain('54.780');
  });
});

describe('the web chat, with no platform configured', () => {
  it('answers, and survives an engine that throws and a chart renderer that fails', async () => {
    const { app } = await start(
      {},
      {
        answer: (q, o) => {
          if (q.includes('boom')) throw new Error('engine bug');
          return answer(q, o);
        },
        charts: () => ({ url: null, png: () => Promise.reject(new Error('no canvas')), alt: 'x' }),
      },
    );
    expect(app.adapters).toEqual(['web chat']);
    const ask = (question: string) =>
      fetch(`${app.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      }).then((r) => r.json());
    expect((await ask('boom')).text).toMatch(/iets mis/);
    expect((await ask(QUESTION)).facts[0].value).toBe(54780);
    expect(await health(app)).toBe(200);
  });
});

/** A POST whose body is sent in two parts, so it is in flight for as long as the test wants. */
function slowPost(url: string, body: string) {
  const req = request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { finish: () => req.end(body.slice(10)), response };
}

describe('stopping', () => {
  it('finishes a request in flight, closes kept-alive connections, and takes no new ones', async () => {
    const { app } = await start({});
    const keepAlive = await fetch(`${app.url}/health`);
    expect(keepAlive.status).toBe(200);
    const slow = slowPost(`${app.url}/api/ask`, JSON.stringify({ question: QUESTION }));
    await new Promise((r) => setTimeout(r, 50));
    const stopped = app.stop({ graceMs: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    slow.finish();
    const res = await slow.response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).facts[0].value).toBe(54780);
    const t = performance.now();
    await stopped;
    // Well inside the grace: nothing waited for the idle kept-alive connections to time out.
    expect(performance.now() - t).toBeLessThan(1000);
    await expect(fetch(`${app.url}/health`)).rejects.toThrow();
  });

  it('cuts a request that never finishes once the grace period is over', async () => {
    const { app } = await start({});
    const stuck = slowPost(`${app.url}/api/ask`, JSON.stringify({ question: QUESTION }));
    stuck.response.catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    const t = performance.now();
    await app.stop({ graceMs: 300 });
    expect(performance.now() - t).toBeLessThan(2000);
    await expect(stuck.response).rejects.toThrow();
  });
});

describe('start-up failures', () => {
  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });

  it('names PORT when the port is taken', async () => {
    const first = await start({});
    const err = await start({ PORT: String(first.app.port) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(new RegExp(`^PORT ${first.app.port} is already in use`));
  });

  it('names DISCORD_TOKEN when Discord refuses it', async () => {
    const api = await standIn(() => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } }));
    const err = await start({
      DISCORD_TOKEN: DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: `${api.url}/api`,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(/^DISCORD_TOKEN was refused by Discord/);
    expect((err as Error).message).not.toContain(DISCORD_TOKEN);
    expect(api.received.some((r) => r.path.includes('/gateway/bot'))).toBe(true);
  });

  it('names SLACK_BOT_TOKEN when Slack refuses it, and frees the port', async () => {
    const api = await standIn(() => ({ body: { ok: false, error: 'invalid_auth' } }));
    const port = await freePort();
    const err = await start({ ...slackEnv(api), PORT: String(port) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(/^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\)/);
    expect((err as Error).message).not.toContain(BOT_TOKEN);
    const again = await start({ PORT: String(port) });
    expect(again.app.port).toBe(port);
  });
});
