import type { APIEmbed } from 'discord.js';
import { chartForAnswer } from '../../../src/charts/index.js';
import type { Answer } from '../../../src/contract/answer.js';
import { type AdapterDriver, adapterSuite, type Delivered } from '../suite.js';
import { couldPing, fastSleep, payloads, startDiscordStandIn, startInteractionsServer } from './helpers.js';
import { embedText, expectValidButtons, expectValidEmbed } from './validate.js';

/**
 * The shared adapter suite over the real HTTP interactions endpoint: each question is a signed slash
 * command; what the user sees is the follow-up that reaches the loopback stand-in for Discord.
 */
async function makeDriver(): Promise<AdapterDriver> {
  const discord = await startDiscordStandIn();
  let next: Answer | Error = new Error('no answer set');
  const server = await startInteractionsServer(
    {
      ask: async () => {
        if (next instanceof Error) throw next;
        return next;
      },
      suggest: () => [],
      charts: chartForAnswer,
      sleep: fastSleep,
      onError: () => {},
    },
    discord.apiUrl,
  );
  let count = 0;

  return {
    async ask(question, answer): Promise<Delivered> {
      next = answer;
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

adapterSuite('discord', makeDriver);
