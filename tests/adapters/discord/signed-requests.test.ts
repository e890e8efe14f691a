import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../fixtures/answers.js';
import {
  APP_ID,
  type DiscordStandIn,
  fixtureAsk,
  nowSeconds,
  payloads,
  startDiscordStandIn,
  startInteractionsServer,
} from './helpers.js';

let discord: DiscordStandIn;
let server: Awaited<ReturnType<typeof startInteractionsServer>>;
const fixtures = fixtureAsk(Object.values(FIXTURES));
const replays: number[] = [];

beforeAll(async () => {
  discord = await startDiscordStandIn();
  server = await startInteractionsServer(
    {
      ask: fixtures.ask,
      suggest: () => [],
      onReplay: (age) => replays.push(age),
    },
    discord.apiUrl,
  );
});
afterAll(async () => {
  await server.close();
  await discord.close();
});
beforeEach(() => {
  discord.requests.length = 0;
  fixtures.requests.length = 0;
  replays.length = 0;
});

const followUps = (token: string) =>
  discord.requests.filter((r) => r.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/%40original`);

describe('a replayed Discord interaction', () => {
  it('a command sent twice with the same signature is answered once; the copy gets 401 and is reported once', async () => {
    const command = payloads.command(FIXTURES.valueAnswer.question, 'tok-replayed');
    const timestamp = nowSeconds();
    const first = await server.post(command, { timestamp });
    expect(first.status).toBe(200);
    expect(first.json()).toEqual({ type: 5 });
    const replay = await server.post(command, { timestamp });
    expect(replay.status).toBe(401);
    expect(replay.json()).toEqual({ error: 'request already received' });
    await server.handler.idle();
    expect(fixtures.requests).toHaveLength(1);
    expect(followUps('tok-replayed')).toHaveLength(1);
    expect(replays).toHaveLength(1);
  });

  it('a button click and an autocomplete sent three times are each answered once', async () => {
    const click = payloads.button(`ind:q:${FIXTURES.valueAnswer.question}`, 'tok-click');
    const typed = payloads.autocomplete('natur');
    const timestamp = nowSeconds();
    const clicks = [];
    const completions = [];
    for (let i = 0; i < 3; i++) {
      clicks.push((await server.post(click, { timestamp })).status);
      completions.push((await server.post(typed, { timestamp })).status);
    }
    expect(clicks).toEqual([200, 401, 401]);
    expect(completions).toEqual([200, 401, 401]);
    await server.handler.idle();
    expect(fixtures.requests.map((r) => r.question)).toEqual([FIXTURES.valueAnswer.question]);
    expect(followUps('tok-click')).toHaveLength(1);
    expect(replays).toHaveLength(4);
  });

  it('the same interaction signed at another second is a different request', async () => {
    const command = payloads.command(FIXTURES.valueAnswer.question, 'tok-resigned');
    const now = Number(nowSeconds());
    expect((await server.post(command, { timestamp: String(now) })).status).toBe(200);
    expect((await server.post(command, { timestamp: String(now - 1) })).status).toBe(200);
    await server.handler.idle();
    expect(followUps('tok-resigned')).toHaveLength(2);
  });
});

describe('Discord request timestamps, read strictly', () => {
  const now = () => Number(nowSeconds());
  it.each([
    ['Infinity', () => 'Infinity'],
    ['leading zeros', () => `0${now()}`],
    ['six minutes in the future', () => String(now() + 6 * 60)],
    ['six minutes in the past', () => String(now() - 6 * 60)],
    ['an exponent', () => `${now() / 10}e1`],
    ['eleven digits', () => `1${now()}`],
  ])('a timestamp with %s, validly signed over that text, gets 401 and no answer', async (_, ts) => {
    const command = payloads.command(FIXTURES.valueAnswer.question, 'tok-time');
    const res = await server.post(command, { timestamp: ts() });
    expect(res.status).toBe(401);
    await server.handler.idle();
    expect(fixtures.requests).toEqual([]);
    expect(discord.requests).toEqual([]);
    expect(replays).toEqual([]);
  });
});
