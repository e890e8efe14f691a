import { request } from 'node:http';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../../src/app/messages.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import { FIXTURES } from '../../fixtures/answers.js';
import {
  APP_ID,
  couldPing,
  type DiscordStandIn,
  fixtureAsk,
  payloads,
  type StandInRoute,
  startDiscordStandIn,
  startInteractionsServer,
} from './helpers.js';
import { embedText, expectValidButtons, expectValidEmbed } from './validate.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
/** Charts as a URL, except for the monthly series, which is "too long" and uploaded as a PNG. */
const charts: ChartProvider = (answer) =>
  answer.kind === 'series'
    ? { url: null, png: async () => PNG, alt: 'Lijngrafiek van 17.490 tot 17.600' }
    : answer.kind === 'value'
      ? { url: 'https://quickchart.io/chart?c=value', png: async () => PNG, alt: 'Grafiek' }
      : null;

let discord: DiscordStandIn;
let route: StandInRoute | undefined;
let server: Awaited<ReturnType<typeof startInteractionsServer>>;
const fixtures = fixtureAsk(
  Object.values(FIXTURES),
  (r) => (r.question === 'explode' ? new Error('engine exploded: secret detail') : FIXTURES.hostileAnswer),
  charts,
);
const suggestCalls: [string, string | undefined][] = [];
const errors: string[] = [];

beforeAll(async () => {
  discord = await startDiscordStandIn((r) => route?.(r));
  server = await startInteractionsServer(
    {
      ask: fixtures.ask,
      suggest: (prefix, language) => {
        suggestCalls.push([prefix, language]);
        if (prefix === 'boom') throw new Error('index not loaded');
        if (prefix === 'knowledge' && language === undefined) return [];
        return [
          ...Array.from({ length: 30 }, (_, i) => `${prefix || 'Naturalisatie'} vraag ${i + 1}`),
          'x'.repeat(101),
        ];
      },
      onError: (_, where) => errors.push(where),
    },
    discord.apiUrl,
  );
});
afterAll(async () => {
  await server.close();
  await discord.close();
});
beforeEach(() => {
  route = undefined;
  discord.requests.length = 0;
  fixtures.requests.length = 0;
  suggestCalls.length = 0;
  errors.length = 0;
});

/** Sends a slash command and waits for the follow-up it leads to. */
async function command(question: string | null, token: string, extra: Record<string, unknown> = {}) {
  const res = await server.post(payloads.command(question, token, extra));
  expect(res.status).toBe(200);
  expect(res.json()).toEqual({ type: 5 });
  await server.handler.idle();
  return res;
}

const followUpPath = (token: string) => `/api/v10/webhooks/${APP_ID}/${token}/messages/%40original`;

describe('POST /discord/interactions, signed', () => {
  it('answers PING with PONG', async () => {
    const res = await server.post(payloads.ping());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ type: 1 });
  });

  it('defers a slash command, then edits the original response through the webhook', async () => {
    await command(FIXTURES.valueAnswer.question, 'tok-value');
    expect(fixtures.requests).toEqual([
      {
        question: FIXTURES.valueAnswer.question,
        adapter: 'discord',
        userId: 'discord:500000000000000005',
        conversationId: 'discord:400000000000000004:500000000000000005',
      },
    ]);
    expect(discord.requests).toHaveLength(1);
    const [patch] = discord.requests;
    expect(patch!.method).toBe('PATCH');
    expect(patch!.path).toBe(followUpPath('tok-value'));
    expect(patch!.headers.authorization).toBeUndefined(); // the interaction token authorises it
    const body = await patch!.payload();
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const [embed] = body.embeds as APIEmbed[];
    expectValidEmbed(embed!);
    expect(embed!.title).toBe('Naturalisatie · aanvragen · 2024');
    expect(embed!.description).toContain('54.780');
    expect(embed!.footer?.text).toBe('Bron: IND, Jaarcijfers 2025');
    expect(embed!.image?.url).toBe('https://quickchart.io/chart?c=value');
    expect(body.attachments).toEqual([]);
  });

  it('uploads the chart as a multipart PNG when it has no URL', async () => {
    await command(FIXTURES.monthlySeriesAnswer.question, 'tok-series');
    const [patch] = discord.requests;
    expect(String(patch!.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    const body = await patch!.payload();
    expect((body.embeds as APIEmbed[])[0]!.image?.url).toBe('attachment://chart.png');
    expect(body.attachments).toEqual([
      { id: 0, filename: 'chart.png', description: 'Lijngrafiek van 17.490 tot 17.600' },
    ]);
    const file = (await patch!.files()).get('files[0]');
    expect(file).toMatchObject({ name: 'chart.png', type: 'image/png' });
    expect([...file!.bytes]).toEqual([...PNG]);
  });

  it('sends the numbers without the chart when Discord refuses the upload', async () => {
    route = (r) =>
      String(r.headers['content-type']).startsWith('multipart/')
        ? { status: 413, body: { message: 'Request entity too large', code: 40005 } }
        : undefined;
    await command(FIXTURES.monthlySeriesAnswer.question, 'tok-refused');
    expect(discord.requests).toHaveLength(2);
    const retry = await discord.requests[1]!.payload();
    const [embed] = retry.embeds as APIEmbed[];
    expect(embed!.image).toBeUndefined();
    expect(embed!.description).toContain('17.600');
    expect(retry.attachments).toEqual([]);
  });

  it('waits as asked on a rate limit, and retries', async () => {
    let first = true;
    route = () => {
      if (!first) return undefined;
      first = false;
      return {
        status: 429,
        headers: { 'Retry-After': '0.01' },
        body: { message: 'You are being rate limited.', retry_after: 0.01, global: false },
      };
    };
    await command(FIXTURES.comparisonAnswer.question, 'tok-429');
    expect(discord.requests.map((r) => r.path)).toEqual([followUpPath('tok-429'), followUpPath('tok-429')]);
    expect(errors).toEqual([]);
  });

  it('apologises in the user’s language when the engine fails, without its error text', async () => {
    await command('explode', 'tok-explode');
    const body = await discord.requests[0]!.payload();
    const text = embedText(body.embeds as APIEmbed[]);
    expect(text).toBe(NOTICES.nl.failed);
    expect(JSON.stringify(body)).not.toContain('secret detail');
    expect(errors).toEqual(['answer']);
  });

  it('answers an empty question with the help text rather than an error', async () => {
    await command(null, 'tok-empty');
    expect(fixtures.requests[0]!.question).toBe('help');
  });

  it('keeps a DM conversation by its DM channel', async () => {
    await command(FIXTURES.valueAnswer.question, 'tok-dm', {
      guild_id: undefined,
      member: undefined,
      user: { id: '500000000000000005' },
      channel_id: '990000000000000009',
      channel: { id: '990000000000000009', type: 1 },
    });
    expect(fixtures.requests[0]!.conversationId).toBe('discord:dm:990000000000000009');
  });

  it('offers up to 25 autocomplete choices of at most 100 characters, in the response itself', async () => {
    const res = await server.post(payloads.autocomplete('natur'));
    expect(res.status).toBe(200);
    const body = res.json();
    expect(body.type).toBe(8);
    expect(body.data.choices).toHaveLength(25);
    expect(body.data.choices[0]).toEqual({ name: 'natur vraag 1', value: 'natur vraag 1' });
    for (const c of body.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(suggestCalls).toEqual([['natur', undefined]]);
    expect(discord.requests).toEqual([]);
  });

  it('offers questions in the client’s language before anything is typed, and falls back on it', async () => {
    await server.post(payloads.autocomplete('', 'nl'));
    await server.post(payloads.autocomplete('knowledge', 'en-GB'));
    expect(suggestCalls).toEqual([
      ['', 'nl'],
      ['knowledge', undefined],
      ['knowledge', 'en'],
    ]);
  });

  it('answers autocomplete with no choices when suggestions fail', async () => {
    const res = await server.post(payloads.autocomplete('boom'));
    expect(res.json()).toEqual({ type: 8, data: { choices: [] } });
    expect(errors).toEqual(['autocomplete']);
  });

  it('answers a clicked suggestion button with the question it carries', async () => {
    const question = FIXTURES.clarificationAnswer.suggestions[0]!;
    // The clarification's own buttons, as Discord would send one back.
    await command(FIXTURES.clarificationAnswer.question, 'tok-clarify');
    const clarification = await discord.requests[0]!.payload();
    const labels = expectValidButtons(clarification.components as { components: unknown[] }[]);
    expect(labels).toEqual(FIXTURES.clarificationAnswer.suggestions);
    const customId = (clarification.components as { components: { custom_id: string }[] }[])[0]!
      .components[0]!.custom_id;

    const res = await server.post(payloads.button(customId, 'tok-button'));
    expect(res.json()).toEqual({ type: 5 });
    await server.handler.idle();
    expect(fixtures.requests.at(-1)).toMatchObject({
      question,
      conversationId: 'discord:400000000000000004:800000000000000008',
    });
    expect(discord.requests.at(-1)!.path).toBe(followUpPath('tok-button'));
  });

  it('tells the user, only them, when a button or command is not this bot’s', async () => {
    for (const payload of [
      payloads.button('other-bot:thing', 'tok-x'),
      { ...payloads.command('x', 'tok-y'), data: { name: 'old-command', options: [] } },
    ]) {
      const res = await server.post(payload);
      expect(res.status).toBe(200);
      const body = res.json();
      expect(body.type).toBe(4);
      expect(body.data.flags).toBe(64);
      expect(couldPing(body.data.allowed_mentions)).toBe(false);
      expect(embedText(body.data.embeds)).toMatch(/ken ik niet|don't know/);
    }
    expect(fixtures.requests).toEqual([]);
  });
});

describe('POST /discord/interactions, refused', () => {
  const body = payloads.command(FIXTURES.valueAnswer.question, 'tok-refused');
  const tenMinutesAgo = () => String(Math.floor(Date.now() / 1000) - 600);

  it.each([
    ['a forged signature (another body signed)', { signedBody: JSON.stringify(payloads.ping()) }],
    ['a signature by another key', { signature: 'ab'.repeat(64) }],
    ['a malformed signature', { signature: 'not-hex' }],
    ['no signature header', { signature: null }],
    ['no timestamp header', { timestamp: null, signature: 'ab'.repeat(64) }],
    ['a stale timestamp, correctly signed', { timestamp: tenMinutesAgo() }],
    ['a timestamp from the future', { timestamp: String(Math.floor(Date.now() / 1000) + 600) }],
  ])('answers %s with 401 and does nothing else', async (_, options) => {
    const res = await server.post(body, options);
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ error: 'invalid request signature' });
    await server.handler.idle();
    expect(fixtures.requests).toEqual([]);
    expect(discord.requests).toEqual([]);
  });

  it('refuses other methods, oversized bodies, and signed bodies that are not interactions', async () => {
    const get = await server.post('', { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await server.post('x'.repeat(1024 * 1024 + 1))).status).toBe(413);
    expect((await server.post('{not json')).status).toBe(400);
    expect((await server.post({ type: 'ping' })).status).toBe(400);
    expect((await server.post({ type: 99, token: 't', user: { id: '1' } })).status).toBe(400);
    expect((await server.post({ type: 2, data: { name: 'ind' } })).status).toBe(400); // no user, no token
    // Still serving after all that.
    expect((await server.post(payloads.ping())).json()).toEqual({ type: 1 });
  });

  it('refuses a chunked body (no length given) that grows too large with 413, and keeps serving', async () => {
    const url = new URL(`${server.url}/discord/interactions`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      // 1.5 MB in 64 KB chunks, sent with Transfer-Encoding: chunked.
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 24; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect((await server.post(payloads.ping())).json()).toEqual({ type: 1 });
  });
});
