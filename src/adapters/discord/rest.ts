import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, type RawFile, REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import { type DiscordReply, NO_MENTIONS, withoutFile } from './reply.js';

/**
 * Discord's REST API through @discordjs/rest, which queues per rate-limit bucket, waits out 429s
 * and retries server errors. `token` is needed for channel messages, not for interaction webhooks
 * (the interaction token in the path authorises those).
 */
export function createDiscordRest(apiUrl: string, token?: string | null): REST {
  const rest = new REST({ api: apiUrl, version: '10', retries: 2, timeout: 15_000 });
  return token ? rest.setToken(token) : rest;
}

/** A reply as a REST request: the message JSON and, for a local chart, the PNG as `files[0]`. */
function request(reply: DiscordReply): { body: Record<string, unknown>; files: RawFile[] } {
  const file = reply.file;
  return {
    body: {
      embeds: reply.embeds,
      components: reply.components,
      allowed_mentions: NO_MENTIONS,
      attachments: file ? [{ id: 0, filename: file.name, description: file.description }] : [],
    },
    files: file ? [{ name: file.name, data: Buffer.from(file.data), contentType: 'image/png' }] : [],
  };
}

/**
 * Sends a reply; when Discord refuses it with the chart attached (too large, a bad upload), sends
 * the numbers again without the chart. Errors keep only their message: a REST error's URL can hold
 * an interaction token.
 */
async function withChartFallback(reply: DiscordReply, send: (r: DiscordReply) => Promise<unknown>) {
  try {
    await send(reply);
  } catch (error) {
    if (!reply.file) throw error;
    await send(withoutFile(reply));
  }
}

/**
 * Fills in a deferred interaction response (PATCH /webhooks/{application}/{token}/messages/@original).
 * A 404 right after deferring can mean Discord has not registered the acknowledgement yet, so it is
 * tried once more after a moment.
 */
export function editOriginal(
  rest: REST,
  applicationId: string,
  interactionToken: string,
  reply: DiscordReply,
): Promise<void> {
  const route = Routes.webhookMessage(applicationId, encodeURIComponent(interactionToken), '@original');
  const patch = async (r: DiscordReply) => {
    try {
      await rest.patch(route, { ...request(r), auth: false });
    } catch (error) {
      if (!(error instanceof DiscordAPIError && error.status === 404)) throw error;
      await sleep(250);
      await rest.patch(route, { ...request(r), auth: false });
    }
  };
  return withChartFallback(reply, patch);
}

/** Posts a message in a channel (the bot token authorises it), e.g. a release announcement. */
export function postToChannel(rest: REST, channelId: string, reply: DiscordReply): Promise<void> {
  return withChartFallback(reply, (r) => rest.post(Routes.channelMessages(channelId), request(r)));
}
