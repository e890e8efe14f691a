import { DiscordAPIError, Events, GatewayIntentBits, IntentsBitField, Partials } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordDeps, redacted } from '../../../src/adapters/discord/answering.js';
import { createDiscordGateway } from '../../../src/adapters/discord/gateway.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { interaction, message, options } from './fakes.js';
import { APP_ID, type DiscordStandIn, fixtureAsk, startDiscordStandIn } from './helpers.js';

const BOT = APP_ID;
const TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

let fixtures: ReturnType<typeof fixtureAsk>;
let deps: DiscordDeps;
beforeEach(() => {
  fixtures = fixtureAsk(Object.values(FIXTURES));
  deps = { ask: fixtures.ask, suggest: () => [], onError: () => {} };
});

describe('createDiscordGateway', () => {
  let rest: DiscordStandIn | undefined;
  afterEach(async () => {
    await rest?.close();
    rest = undefined;
  });
  const config = (apiUrl = 'http://127.0.0.1:9/api') => ({
    token: TOKEN,
    applicationId: APP_ID,
    guildId: null,
    publicKey: null,
    apiUrl,
  });

  it('asks only for unprivileged intents, and accepts DM channels it has not cached', async () => {
    const gateway = createDiscordGateway(config(), deps);
    const intents = new IntentsBitField(gateway.client.options.intents);
    expect(intents.toArray().sort()).toEqual(['DirectMessages', 'GuildMessages', 'Guilds']);
    expect(intents.has(GatewayIntentBits.MessageContent)).toBe(false);
    expect(gateway.client.options.partials).toContain(Partials.Channel);
    expect(gateway.client.options.allowedMentions).toEqual({ parse: [], repliedUser: false });
    await gateway.stop();
  });

  it('routes discord.js events to the handlers', async () => {
    const gateway = createDiscordGateway(config(), deps);
    const i = interaction({
      options: options(FIXTURES.valueAnswer.question),
      isChatInputCommand: () => true,
      isAutocomplete: () => false,
      isButton: () => false,
    });
    gateway.client.emit(Events.InteractionCreate, i.object as never);
    const m = message(`<@${BOT}> ${FIXTURES.comparisonAnswer.question}`);
    gateway.client.emit(Events.MessageCreate, m.object as never);
    await expect.poll(() => i.calls.length + m.replies.length).toBe(3);
    expect(fixtures.requests.map((r) => r.question).sort()).toEqual(
      [FIXTURES.valueAnswer.question, FIXTURES.comparisonAnswer.question].sort(),
    );
    await gateway.stop();
  });

  it('fails to start with a clear error, without the token, when Discord rejects it', async () => {
    rest = await startDiscordStandIn(() => ({
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    }));
    const gateway = createDiscordGateway(config(rest.apiUrl), deps);
    const error = await gateway.start().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/token/i);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(rest.requests[0]!.path).toBe('/api/v10/gateway/bot');
    await gateway.stop();
  });

  it('refuses to build without a token, naming the variable', () => {
    expect(() => createDiscordGateway({ ...config(), token: null }, deps)).toThrow(
      /DISCORD_TOKEN is missing/,
    );
  });
});

describe('errors on their way to the log', () => {
  it('lose the request URL, which holds the interaction token', () => {
    const url = 'https://discord.com/api/v10/webhooks/1/SECRET-INTERACTION-TOKEN/messages/@original';
    const error = new DiscordAPIError(
      { message: 'Unknown Webhook', code: 10015 },
      10015,
      404,
      'PATCH',
      url,
      {},
    );
    const clean = redacted(error) as Error & { status: number; code: number };
    expect(JSON.stringify(clean) + String(clean) + clean.stack).not.toContain('SECRET-INTERACTION-TOKEN');
    expect(clean).toMatchObject({ message: 'Unknown Webhook', status: 404, code: 10015 });
    const plain = new Error('plain');
    expect(redacted(plain)).toBe(plain);
  });
});
