import { afterEach, describe, expect, it } from 'vitest';
import { slackSignature } from '../../../src/adapters/slack/signature.js';
import { valueAnswer } from '../../fixtures/answers.js';
import {
  eventBody,
  type RunningSlack,
  SIGNING_SECRET,
  scriptedAsk,
  sendSigned,
  slashCommandBody,
  startSlack,
} from './helpers.js';
import { BOT_USER_ID } from './stand-in.js';

let slack: RunningSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

const FORM = 'application/x-www-form-urlencoded';
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * POSTs a body with this timestamp header, validly signed over that text (or over `signedText`,
 * e.g. the number Bolt reads from it).
 */
async function sendWithTimestamp(url: string, body: string, timestamp: string, signedText = timestamp) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': FORM,
      'X-Slack-Request-Timestamp': timestamp,
      'X-Slack-Signature': slackSignature(SIGNING_SECRET, signedText, body),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** Long enough for a wrongly accepted request to reach the ask function and the response_url. */
const settle = () => new Promise((r) => setTimeout(r, 200));

describe('a replayed Slack request', () => {
  it('a slash command sent twice with the same signature is answered once; the copy gets 200 and a warning', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: slack.standIn.responseUrl('once'),
    });
    const timestamp = nowSeconds();
    const first = await sendSigned(slack.url, body, FORM, { timestamp });
    expect(first.status).toBe(200);
    await slack.standIn.waitFor(() => slack!.standIn.responses.length === 1);

    const replay = await sendSigned(slack.url, body, FORM, { timestamp });
    expect(replay).toMatchObject({ status: 200, text: '' });
    await settle();
    await slack.adapter.stop({ graceMs: 2000 });
    expect(requests).toHaveLength(1);
    expect(slack.standIn.responses.map((r) => r.id)).toEqual(['once']);

    const warnings = slack.logs.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^slack: replayed request ignored/);
    for (const leak of ['naturalisatie', 'respond', SIGNING_SECRET, 'U0REPORTR'])
      expect(warnings[0]!.message).not.toContain(leak);
  });

  it('a mention event sent three times is answered once and each copy is logged once', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = eventBody({
      type: 'app_mention',
      text: `<@${BOT_USER_ID}> naturalisatie 2024`,
      user: 'U0REPORTR',
      ts: '1700000000.000100',
      channel: 'C0NEWS001',
      event_ts: '1700000000.000100',
    });
    const timestamp = nowSeconds();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await sendSigned(slack.url, body, 'application/json', { timestamp })).status);
    expect(statuses).toEqual([200, 200, 200]);
    await slack.standIn.waitFor(() => slack!.standIn.calls().some((c) => c.method === 'chat.postMessage'));
    await settle();
    await slack.adapter.stop({ graceMs: 2000 });
    expect(requests).toHaveLength(1);
    expect(slack.standIn.calls().filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(slack.logs.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('the same command signed again a second later is a new request and answered', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: slack.standIn.responseUrl('twice'),
    });
    const timestamp = nowSeconds();
    expect((await sendSigned(slack.url, body, FORM, { timestamp })).status).toBe(200);
    expect((await sendSigned(slack.url, body, FORM, { timestamp: timestamp - 1 })).status).toBe(200);
    await slack.standIn.waitFor(() => slack!.standIn.responses.length === 2);
    expect(requests).toHaveLength(2);
  });
});

describe('Slack request timestamps, read strictly', () => {
  const cases: [string, () => string][] = [
    ['Infinity', () => 'Infinity'],
    ['leading zeros', () => `0${nowSeconds()}`],
    ['six minutes in the future', () => String(nowSeconds() + 6 * 60)],
    ['six minutes in the past', () => String(nowSeconds() - 6 * 60)],
    ['an exponent', () => `${(nowSeconds() / 1e9).toFixed(9)}e9`],
    ['a plus sign', () => `+${nowSeconds()}`],
    ['eleven digits', () => `1${nowSeconds()}`],
  ];

  it.each(cases)(
    'a timestamp with %s, validly signed over that text, gets 401 and no answer',
    async (_, ts) => {
      const { ask, requests } = scriptedAsk(() => valueAnswer);
      slack = await startSlack({ ask });
      const body = slashCommandBody({
        text: 'naturalisatie 2024',
        responseUrl: slack.standIn.responseUrl('x'),
      });
      const sent = await sendWithTimestamp(slack.url, body, ts());
      expect(sent.status).toBe(401);
      await settle();
      expect(requests).toEqual([]);
      expect(slack.standIn.responses).toEqual([]);
      const refusal =
        /^slack: request refused with 401 \((malformed timestamp|timestamp outside the window)\)$/;
      expect(slack.logs).toEqual([{ level: 'warn', message: expect.stringMatching(refusal) }]);
    },
  );

  // Bolt signs-checks `v0:${Number(header)}:body`, so these pass Bolt's own check when signed so.
  it.each([
    ['leading zeros', () => `00${nowSeconds()}`],
    ['a plus sign', () => `+${nowSeconds()}`],
    ['a decimal point', () => `${nowSeconds()}.0`],
    ['an exponent', () => `${nowSeconds() / 10}e1`],
  ])('a timestamp with %s, signed over the number it spells, gets 401 and no answer', async (_, ts) => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: slack.standIn.responseUrl('x'),
    });
    const header = ts();
    const sent = await sendWithTimestamp(slack.url, body, header, String(Number(header)));
    expect(sent.status).toBe(401);
    await settle();
    expect(requests).toEqual([]);
    expect(slack.standIn.responses).toEqual([]);
  });

  it('the current time, signed the same way, is answered (the check above is not refusing everything)', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: slack.standIn.responseUrl('ok'),
    });
    expect((await sendWithTimestamp(slack.url, body, String(nowSeconds()))).status).toBe(200);
    await slack.standIn.waitFor(() => slack!.standIn.responses.length === 1);
    expect(requests).toHaveLength(1);
  });

  it('a signature in upper-case hex is refused, as Bolt would', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const body = slashCommandBody({
      text: 'naturalisatie 2024',
      responseUrl: slack.standIn.responseUrl('x'),
    });
    const timestamp = nowSeconds();
    const signature = slackSignature(SIGNING_SECRET, timestamp, body).toUpperCase().replace('V0=', 'v0=');
    expect((await sendSigned(slack.url, body, FORM, { timestamp, signature })).status).toBe(401);
    await settle();
    expect(requests).toEqual([]);
  });

  it("Slack's unsigned ssl_check probe still gets 200, and nothing smuggled with it is answered", async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const res = await fetch(slack.url, {
      method: 'POST',
      headers: { 'Content-Type': FORM },
      body: `ssl_check=1&command=%2Find&text=x&response_url=${encodeURIComponent(slack.standIn.responseUrl('x'))}`,
    });
    expect(res.status).toBe(200);
    await settle();
    expect(requests).toEqual([]);
  });
});
