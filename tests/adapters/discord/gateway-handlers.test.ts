import { beforeEach, describe, expect, it } from 'vitest';
import type { DiscordDeps } from '../../../src/adapters/discord/answering.js';
import { ReplyChains } from '../../../src/adapters/discord/conversation.js';
import {
  type DiscordJsPayload,
  handleAutocomplete,
  handleButton,
  handleCommand,
  handleMessage,
} from '../../../src/adapters/discord/gateway-handlers.js';
import { NOTICES } from '../../../src/app/messages.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { interaction, message, options } from './fakes.js';
import { APP_ID, couldPing, fixtureAsk } from './helpers.js';
import { embedText, expectValidButtons, expectValidEmbed } from './validate.js';

const BOT = APP_ID;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const charts: ChartProvider = (answer) =>
  answer.kind === 'series' ? { url: null, png: async () => PNG, alt: 'Lijngrafiek per maand' } : null;

let fixtures: ReturnType<typeof fixtureAsk>;
let errors: string[];
let deps: DiscordDeps;
beforeEach(() => {
  fixtures = fixtureAsk(
    Object.values(FIXTURES),
    (r) => (r.question.includes('explode') ? new Error('boom') : FIXTURES.hostileAnswer),
    charts,
  );
  errors = [];
  deps = {
    ask: fixtures.ask,
    suggest: (prefix) => Array.from({ length: 40 }, (_, i) => `${prefix} ${i}`),
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
    expect(embedText(i.calls[1]!.payload!.embeds)).toBe(NOTICES.nl.failed);
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
