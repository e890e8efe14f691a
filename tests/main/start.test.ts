import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { slackSignatureHeaders } from '../../src/adapters/slack/signature.js';
import { startStandIn } from '../adapters/slack/stand-in.js';

const BOT_TOKEN = 'xoxb-1111-2222-starttestTOKEN';
const SECRET = '8f742231b10e8888abcd99aaabbb85a5';
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** `npm start` as an operator runs it (compiled JavaScript via the launcher), on a free port. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['src/launch.mjs', 'start'], {
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no port announced:\n${out}\n${err}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /listening on http:\/\/[\d.]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, exit, output: () => out + err };
}

describe('npm start', () => {
  it('serves the web chat on loopback when no platform is configured, with a health endpoint', async () => {
    const app = start({});
    const port = await app.port;
    expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toMatchObject({
      status: 'ok',
      adapters: ['web chat'],
    });
    const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Hoeveel naturalisatieaanvragen in 2024?' }),
    });
    expect((await res.json()).facts[0].value).toBe(54780);
    expect(app.output()).toContain('Web chat: http://127.0.0.1:');
    app.child.kill('SIGTERM');
    expect(await app.exit).toBe(0);
  });

  it('serves Slack HTTP mode at /slack/events with a bot token and signing secret, finishing work in flight on SIGTERM', async () => {
    const slack = await startStandIn();
    try {
      const app = start({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
      });
      const port = await app.port;
      const body = new URLSearchParams({
        command: '/ind',
        text: 'Hoeveel naturalisatieaanvragen in 2024?',
        user_id: 'U123',
        user_name: 'reporter',
        team_id: 'T0TEST01',
        channel_id: 'C123',
        response_url: slack.responseUrl('start-1'),
        trigger_id: '1.2.3',
      }).toString();
      const started = Date.now();
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...slackSignatureHeaders(SECRET, body),
        },
        body,
      });
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      app.child.kill('SIGTERM');
      const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'start-1'), 10_000);
      expect(JSON.stringify(post.body)).toContain('54.780');
      expect(await app.exit).toBe(0);
      expect(app.output()).not.toContain(BOT_TOKEN);
      expect(app.output()).not.toContain(SECRET);
      expect(app.output()).toMatch(/"outcome":"value"/);
    } finally {
      await slack.close();
    }
  });

  it('finishes a web chat request in flight on SIGTERM and exits 0 within 10 s', async () => {
    const app = start({});
    const port = await app.port;
    const body = JSON.stringify({ question: 'Hoeveel naturalisatieaanvragen in 2024?' });
    const req = request(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<string>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 5));
    await new Promise((r) => setTimeout(r, 100));
    const signalled = Date.now();
    app.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    req.end(body.slice(5));
    expect(JSON.parse(await answered).facts[0].value).toBe(54780);
    expect(await app.exit).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(app.output()).toMatch(/stopped/);
  });

  it('stops with one clear message per bad variable', async () => {
    const app = start({ SLACK_BOT_TOKEN: BOT_TOKEN, PORT: 'eighty' });
    expect(await app.exit).toBe(1);
    const lines = app.output().split('\n');
    expect(lines.filter((l) => /^\s+- PORT /.test(l))).toHaveLength(1);
    expect(app.output()).toMatch(/- SLACK_SIGNING_SECRET is missing/);
    expect(app.output()).not.toContain(BOT_TOKEN);
  });

  it('stops with a message naming the variable when Slack cannot be reached, without a stack trace', async () => {
    const app = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(await app.exit).toBe(1);
    expect(app.output()).toMatch(/ind-cijfers could not start: Slack could not be reached .*SLACK_API_URL/);
    expect(app.output()).not.toMatch(/^\s+at /m);
    expect(app.output()).not.toContain(BOT_TOKEN);
  });
});
