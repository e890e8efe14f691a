import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../../../src/adapters/slack/index.js';
import { valueAnswer } from '../../fixtures/answers.js';
import {
  BOT_TOKEN,
  eventBody,
  type RunningSlack,
  recordingLogger,
  SIGNING_SECRET,
  scriptedAsk,
  sendSigned,
  slashCommandBody,
  startSlack,
} from './helpers.js';
import { startStandIn } from './stand-in.js';

let slack: RunningSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

const FORM = 'application/x-www-form-urlencoded';

describe('requests that are not from Slack', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, (body: string) => Parameters<typeof sendSigned>[3]][] = [
    ['a wrong signature', () => ({ signature: `v0=${'0'.repeat(64)}` })],
    ['a signature made with another secret', () => ({ secret: 'not-the-signing-secret-at-all' })],
    ['a timestamp older than five minutes', () => ({ timestamp: now() - 5 * 60 - 10 })],
    ['a timestamp in the future', () => ({ timestamp: now() + 5 * 60 + 10 })],
  ];

  it.each(cases)('%s is rejected with 401 and nothing is answered', async (_, sign) => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: slack.standIn.responseUrl('x'),
    });
    const sent = await sendSigned(slack.url, body, FORM, sign(body));
    expect(sent.status).toBe(401);
    // Give a wrongly accepted request every chance to show up before concluding nothing happened.
    await new Promise((r) => setTimeout(r, 100));
    expect(requests).toEqual([]);
    expect(slack.standIn.responses).toEqual([]);
    expect(slack.standIn.calls()).toEqual([]);
  });

  it('an unsigned request is rejected', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask });
    const res = await fetch(slack.url, { method: 'POST', headers: { 'Content-Type': FORM }, body: 'text=x' });
    expect(res.status).toBe(401);
  });

  it.each([
    ['malformed JSON', '{"type":"event_callback",', 'application/json'],
    ['a form with a payload that is not JSON', 'payload=%7Bnot-json', FORM],
  ] as const)(
    'a correctly signed body with %s is rejected with 400 and nothing is answered',
    async (_, body, type) => {
      const { ask, requests } = scriptedAsk(() => valueAnswer);
      slack = await startSlack({ ask });
      expect((await sendSigned(slack.url, body, type)).status).toBe(400);
      await new Promise((r) => setTimeout(r, 100));
      expect(requests).toEqual([]);
      expect(slack.standIn.calls()).toEqual([]);
    },
  );

  it('a request body far larger than any Slack payload is refused', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask });
    const huge = `text=${'x'.repeat(2 * 1024 * 1024)}`;
    expect((await sendSigned(slack.url, huge, FORM)).status).toBe(413);
  });

  it('other paths are left to the shared server (404), so it can route them elsewhere', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask });
    const other = slack.url.replace(SLACK_EVENTS_PATH, '/health');
    expect((await fetch(other)).status).toBe(404);
    expect((await fetch(slack.url)).status).toBe(404); // GET on the events path
  });
});

describe('setting up the Request URL', () => {
  it("answers Slack's url_verification challenge", async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask });
    const body = JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' });
    const sent = await sendSigned(slack.url, body, 'application/json');
    expect(sent.status).toBe(200);
    expect(JSON.parse(sent.text)).toEqual({ challenge: 'c-123' });
  });
});

describe('start and stop', () => {
  it('answers 503 before start and after stop, and waits for answers in flight when stopping', async () => {
    const standIn = await startStandIn();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { ask } = scriptedAsk(async () => {
      await gate;
      return valueAnswer;
    });
    const config = {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: null,
      apiUrl: standIn.apiUrl,
      responseType: 'in_channel' as const,
    };
    const adapter = createSlackAdapter(config, { ask, logger: recordingLogger().logger });
    expect(adapter.mode).toBe('http');
    // Mounted as the shared server mounts it: the adapter has no server of its own.
    const server = createServer(adapter.requestListener!);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`;
    const early = slashCommandBody({ text: 'x', responseUrl: standIn.responseUrl('early') });
    expect((await sendSigned(url, early, FORM)).status).toBe(503);
    await adapter.start();

    const command = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: standIn.responseUrl('inflight'),
    });
    expect((await sendSigned(url, command, FORM)).status).toBe(200);
    const stopped = adapter.stop();
    // Stopping: new questions are turned away while the one in flight is still answered.
    expect(
      (
        await sendSigned(
          url,
          eventBody({ type: 'app_mention', text: 'x', user: 'U', ts: '1', channel: 'C' }),
          'application/json',
        )
      ).status,
    ).toBe(503);
    release();
    await stopped;
    expect(standIn.responses.map((r) => r.id)).toEqual(['inflight']);
    expect((await sendSigned(url, command, FORM)).status).toBe(503);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await standIn.close();
  });

  it('a bot token Slack refuses stops start-up with a message naming SLACK_BOT_TOKEN', async () => {
    const standIn = await startStandIn({
      api: (c) => (c.method === 'auth.test' ? { ok: false, error: 'invalid_auth' } : undefined),
    });
    const { logger, lines } = recordingLogger();
    const adapter = createSlackAdapter(
      {
        botToken: BOT_TOKEN,
        signingSecret: SIGNING_SECRET,
        appToken: null,
        apiUrl: standIn.apiUrl,
        responseType: 'in_channel',
      },
      { ask: scriptedAsk(() => valueAnswer).ask, logger },
    );
    const error = await adapter.start().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\).*api\.slack\.com\/apps/,
    );
    expect((error as Error).message).not.toContain(BOT_TOKEN);
    expect(JSON.stringify(lines)).not.toContain(BOT_TOKEN);
    await standIn.close();
  });
});
