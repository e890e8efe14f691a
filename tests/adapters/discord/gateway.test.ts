import { DiscordAPIError, Events, GatewayIntentBits, IntentsBitField, Partials } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordDeps, redacted } from '../../../src/adapters/discord/answering.js';
import { ReplyChains } from '../../../src/adapters/discord/conversation.js';
import { createDiscordGateway } from '../../../src/adapters/discord/gateway.js';
import {
  type DiscordJsPayload,
  handleAutocomplete,
  handleButton,
  handleCommand,
  handleMessage,
  type MessageLike,
} from '../../../src/adapters/discord/gateway-handlers.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { APP_ID, couldPing, type DiscordStandIn, fixtureAsk, startDiscordStandIn } from './helpers.js';
import { embedText, expectValidButtons, expectValidEmbed } from './validate.js';

const BOT = APP_ID;
const TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const charts: ChartProvider = (answer) =>
  answer.kind === 'series' ? { url: null, png: async () => PNG, alt: 'Lijngrafiek per maand' } : null;

let fixtures: ReturnType<typeof fixtureAsk>;
let errors: string[];
let deps: DiscordDeps;
beforeEach(() => {
  fixtures = fixtureAsk(Object.values(FIXTURES), (r) =>
    r.question.includes('explode') ? new Error('boom') : FIXTURES.hostileAnswer,
  );
  errors = [];
  deps = {
    ask: fixtures.ask,
    suggest: (prefix) => Array.from({ length: 40 }, (_, i) => `${prefix} ${i}`),
    charts,
    onError: (_, where) => errors.push(where),
  };
});

/** What a reply sent through discord.js must look like, whatever it says. */
function expectSafeAndValid(payload: DiscordJsPayload): void {
  expect(payload.allowedMentions).toEqual({ parse: [], repliedUser: false });
  expect(
    couldPing({ parse: payload.allowedMentions.parse, replied_user: payload.allowedMentions.repliedUser }),
  ).toBe(false);
  for (const embed of payload.embeds) expectValidEmbed(embed);
  expectValidButtons(payload.components);
}

/** A ChatInputCommandInteraction / ButtonInteraction look-alike that records what the bot does. */
function interaction<F extends object>(fields: F, failFirstEdit = false) {
  const calls: { method: string; payload?: DiscordJsPayload & { flags?: number } }[] = [];
  let edits = 0;
  const base = {
    user: { id: '500000000000000005' },
    channelId: '400000000000000004',
    guildId: '300000000000000003',
    locale: 'en-US',
    commandName: 'ind',
    async deferReply() {
      calls.push({ method: 'deferReply' });
    },
    async editReply(payload: DiscordJsPayload) {
      calls.push({ method: 'editReply', payload });
      if (failFirstEdit && edits++ === 0) throw new Error('Request entity too large');
    },
    async reply(payload: DiscordJsPayload & { flags: number }) {
      calls.push({ method: 'reply', payload });
    },
  };
  return { calls, object: { ...base, ...fields } };
}

const options = (question: string | null) => ({
  getString: (name: string) => (name === 'question' ? question : null),
});

describe('slash command over the gateway', () => {
  it('defers, asks, and edits the reply with a valid embed that pings nobody', async () => {
    const i = interaction({ options: options(FIXTURES.comparisonAnswer.question) });
    await handleCommand(i.object, deps);
    expect(i.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    const payload = i.calls[1]!.payload!;
    expectSafeAndValid(payload);
    expect(payload.files).toEqual([]);
    expect(embedText(payload.embeds)).toContain('55,640');
    expect(fixtures.requests[0]).toEqual({
      question: FIXTURES.comparisonAnswer.question,
      adapter: 'discord',
      userId: 'discord:500000000000000005',
      conversationId: 'discord:400000000000000004:500000000000000005',
    });
  });

  it('attaches the chart PNG as chart.png, and answers without it when the upload fails', async () => {
    const i = interaction({ options: options(FIXTURES.monthlySeriesAnswer.question) }, true);
    await handleCommand(i.object, deps);
    const [, first, second] = i.calls;
    expect(first!.payload!.files).toEqual([
      { attachment: Buffer.from(PNG), name: 'chart.png', description: 'Lijngrafiek per maand' },
    ]);
    expect(first!.payload!.embeds[0]!.image?.url).toBe('attachment://chart.png');
    expect(second!.payload!.files).toEqual([]);
    expect(second!.payload!.embeds[0]!.image).toBeUndefined();
    expect(embedText(second!.payload!.embeds)).toContain('17.600');
    expect(errors).toEqual(['chart upload']);
  });

  it('apologises in the user’s locale when the engine fails', async () => {
    const i = interaction({ options: options('explode'), locale: 'nl' });
    await handleCommand(i.object, deps);
    expect(embedText(i.calls[1]!.payload!.embeds)).toBe(
      'Er ging iets mis bij het beantwoorden. Probeer het zo nog eens.',
    );
  });

  it('refuses, only to the user, a command that is not /ind', async () => {
    const i = interaction({ commandName: 'other', options: options('x') });
    await handleCommand(i.object, deps);
    expect(i.calls.map((c) => c.method)).toEqual(['reply']);
    expect(i.calls[0]!.payload!.flags).toBe(64);
    expectSafeAndValid(i.calls[0]!.payload!);
  });

  it('responds to autocomplete with at most 25 choices', async () => {
    const responded: { name: string; value: string }[][] = [];
    await handleAutocomplete(
      {
        user: { id: '1' },
        channelId: null,
        guildId: null,
        locale: 'nl',
        commandName: 'ind',
        options: { getFocused: () => 'naturalisatie' },
        respond: async (choices) => {
          responded.push(choices);
        },
      },
      deps,
    );
    expect(responded[0]).toHaveLength(25);
    expect(responded[0]![0]).toEqual({ name: 'naturalisatie 0', value: 'naturalisatie 0' });
  });

  it('answers a clicked suggestion as a new reply', async () => {
    const question = FIXTURES.clarificationAnswer.suggestions[1]!;
    const first = interaction({ options: options(FIXTURES.clarificationAnswer.question) });
    await handleCommand(first.object, deps);
    const rows = first.calls[1]!.payload!.components;
    const button = rows[0]!.components[1]! as { custom_id: string };

    const click = interaction({ customId: button.custom_id });
    await handleButton(click.object, deps);
    expect(click.calls.map((c) => c.method)).toEqual(['deferReply', 'editReply']);
    expect(fixtures.requests.at(-1)!.question).toBe(question);
    expectSafeAndValid(click.calls[1]!.payload!);
  });
});

/** A Message look-alike: mentions, reply target, and a reply() that records what it was given. */
function message(content: string, fields: Partial<MessageLike> = {}) {
  const replies: (DiscordJsPayload & { failIfNotExists: boolean })[] = [];
  let typing = 0;
  const object: MessageLike = {
    id: `m${Math.random()}`,
    content,
    author: { id: '500000000000000005', bot: false },
    channelId: '400000000000000004',
    guildId: '300000000000000003',
    mentions: {
      users: { has: (id: string) => content.includes(`<@${id}>`) || content.includes(`<@!${id}>`) },
    },
    channel: {
      sendTyping: async () => {
        typing++;
      },
    },
    reply: async (payload) => {
      replies.push(payload);
      return { id: `reply-${replies.length}-${object.id}` };
    },
    ...fields,
  };
  return { object, replies, typing: () => typing };
}

describe('mentions and DMs', () => {
  let chains: ReplyChains;
  beforeEach(() => {
    chains = new ReplyChains();
  });
  const context = () => ({ ...deps, botUserId: BOT, chains });

  it('answers a mention containing @everyone as a reply that pings nobody', async () => {
    const m = message(`<@${BOT}> @everyone <@&987> hoeveel naturalisaties?`);
    await handleMessage(m.object, context());
    expect(fixtures.requests[0]!.question).toBe('@everyone <@&987> hoeveel naturalisaties?');
    expect(m.replies).toHaveLength(1);
    const reply = m.replies[0]!;
    expectSafeAndValid(reply);
    expect(reply.failIfNotExists).toBe(false);
    const text = embedText(reply.embeds);
    expect(text).not.toContain('@everyone');
    expect(text).toContain('@\u200beveryone');
    expect(m.typing()).toBe(1);
  });

  it('strips the nickname form of the mention too', async () => {
    await handleMessage(message(`hoi <@!${BOT}>   ${FIXTURES.valueAnswer.question}`).object, context());
    expect(fixtures.requests[0]!.question).toBe(`hoi ${FIXTURES.valueAnswer.question}`);
  });

  it('answers a bare mention with the help text', async () => {
    await handleMessage(message(`<@${BOT}>`).object, context());
    expect(fixtures.requests[0]!.question).toBe('help');
  });

  it('ignores messages that do not mention the bot, and messages from bots', async () => {
    await handleMessage(message('@everyone hoeveel naturalisaties?').object, context());
    await handleMessage(message(`<@${BOT}> hi`, { author: { id: '2', bot: true } }).object, context());
    await handleMessage(message(`<@${BOT}> hi`, { webhookId: '77' }).object, context());
    expect(fixtures.requests).toEqual([]);
  });

  it('answers every DM, keeping the conversation by DM channel', async () => {
    const m = message(FIXTURES.valueAnswer.question, { guildId: null, channelId: '990000000000000009' });
    await handleMessage(m.object, context());
    expect(fixtures.requests[0]).toMatchObject({
      question: FIXTURES.valueAnswer.question,
      conversationId: 'discord:dm:990000000000000009',
    });
    expect(embedText(m.replies[0]!.embeds)).toContain('54.780');
  });

  it('continues the conversation of the answer someone replies to', async () => {
    const first = message(`<@${BOT}> ${FIXTURES.valueAnswer.question}`);
    await handleMessage(first.object, context());
    const answerId = `reply-1-${first.object.id}`;
    const followUp = message(`<@${BOT}> en in 2023?`, {
      author: { id: '600000000000000006', bot: false },
      reference: { messageId: answerId },
    });
    await handleMessage(followUp.object, context());
    expect(fixtures.requests.map((r) => r.conversationId)).toEqual([
      'discord:400000000000000004:500000000000000005',
      'discord:400000000000000004:500000000000000005',
    ]);
  });

  it('explains a failure in both languages, since a message has no locale', async () => {
    const m = message(`<@${BOT}> explode`);
    await handleMessage(m.object, context());
    const text = embedText(m.replies[0]!.embeds);
    expect(text).toContain('Er ging iets mis');
    expect(text).toContain('Something went wrong');
    expect(text).not.toContain('boom');
  });
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
