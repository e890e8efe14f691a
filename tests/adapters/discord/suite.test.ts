import type { APIEmbed } from 'discord.js';
import { ReplyChains } from '../../../src/adapters/discord/conversation.js';
import {
  type DiscordJsPayload,
  handleCommand,
  handleMessage,
} from '../../../src/adapters/discord/gateway-handlers.js';
import { createChartProvider } from '../../../src/charts/index.js';
import type { Answer } from '../../../src/contract/answer.js';
import { fixtureAsk } from '../../fixtures/ask.js';
import { type AdapterDriver, adapterSuite, type Delivered } from '../suite.js';
import { interaction, message, options } from './fakes.js';
import { APP_ID, couldPing, payloads, startDiscordStandIn, startInteractionsServer } from './helpers.js';
import { embedText, expectValidButtons, expectValidEmbed } from './validate.js';

/** An Ask answering whatever the driver was given, with the chart the ask layer draws for Discord. */
function scripted() {
  let next: Answer | Error = new Error('no answer set');
  const { ask } = fixtureAsk([], () => next, createChartProvider());
  return { ask, set: (a: Answer | Error) => (next = a) };
}

/** What a user sees of a message sent through discord.js: embeds, buttons, the attached PNG. */
function deliveredByDiscordJs(payload: DiscordJsPayload): Delivered {
  payload.embeds.forEach(expectValidEmbed);
  const image = payload.embeds.find((e) => e.image)?.image?.url;
  const png = image?.startsWith('attachment://')
    ? new Uint8Array(payload.files.find((f) => `attachment://${f.name}` === image)?.attachment ?? [])
    : undefined;
  return {
    text: embedText(payload.embeds),
    image: image ? (png ? { png } : { url: image }) : null,
    buttons: expectValidButtons(payload.components),
    couldPing: couldPing({
      parse: payload.allowedMentions.parse,
      replied_user: payload.allowedMentions.repliedUser,
    }),
  };
}

/**
 * The shared adapter suite over the real HTTP interactions endpoint: each question is a signed slash
 * command; what the user sees is the follow-up that reaches the loopback stand-in for Discord.
 */
async function httpDriver(): Promise<AdapterDriver> {
  const discord = await startDiscordStandIn();
  const answers = scripted();
  const server = await startInteractionsServer(
    { ask: answers.ask, suggest: () => [], onError: () => {} },
    discord.apiUrl,
  );
  let count = 0;
  return {
    async ask(question, answer): Promise<Delivered> {
      answers.set(answer);
      const token = `suite-${++count}`;
      const ack = await server.post(payloads.command(question, token));
      if (ack.json().type !== 5) throw new Error(`expected a deferred response, got ${ack.text}`);
      await server.handler.idle();
      const patch = discord.requests.find((r) => r.path.includes(`/${token}/`));
      if (!patch) throw new Error('no follow-up reached the webhook');
      const body = await patch.payload();
      const embeds = (body.embeds ?? []) as APIEmbed[];
      embeds.forEach(expectValidEmbed);
      const components = (body.components ?? []) as { components: unknown[] }[];
      const image = embeds.find((e) => e.image)?.image?.url;
      const png = image?.startsWith('attachment://')
        ? (await patch.files()).get('files[0]')?.bytes
        : undefined;
      return {
        text: [typeof body.content === 'string' ? body.content : '', embedText(embeds)]
          .filter(Boolean)
          .join('\n'),
        image: image ? (png ? { png } : { url: image }) : null,
        buttons: expectValidButtons(components),
        couldPing: couldPing(body.allowed_mentions),
      };
    },
    async close() {
      await server.close();
      await discord.close();
    },
  };
}

/** The gateway bot's /ind handler, with a discord.js-shaped interaction recording the reply. */
async function gatewayCommandDriver(): Promise<AdapterDriver> {
  const answers = scripted();
  return {
    async ask(question, answer) {
      answers.set(answer);
      const i = interaction({ options: options(question), locale: 'nl' });
      await handleCommand(i.object, { ask: answers.ask, suggest: () => [], onError: () => {} });
      const edit = i.calls.find((c) => c.method === 'editReply');
      if (!edit?.payload) throw new Error(`no reply edited: ${i.calls.map((c) => c.method)}`);
      return deliveredByDiscordJs(edit.payload);
    },
    async close() {},
  };
}

/** The gateway bot's mention handler, with a discord.js-shaped message recording the reply. */
async function gatewayMentionDriver(): Promise<AdapterDriver> {
  const answers = scripted();
  const chains = new ReplyChains();
  return {
    async ask(question, answer) {
      answers.set(answer);
      const m = message(`<@${APP_ID}> ${question}`);
      await handleMessage(m.object, {
        ask: answers.ask,
        suggest: () => [],
        onError: () => {},
        botUserId: APP_ID,
        chains,
      });
      const [reply] = m.replies;
      if (!reply) throw new Error('the mention was not answered');
      return deliveredByDiscordJs(reply);
    },
    async close() {},
  };
}

adapterSuite('discord (HTTP interactions)', httpDriver);
adapterSuite('discord (gateway /ind)', gatewayCommandDriver);
adapterSuite('discord (gateway mention)', gatewayMentionDriver);
