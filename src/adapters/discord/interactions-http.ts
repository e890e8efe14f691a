import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../../http/body.js';
import { sendJson } from '../../http/respond.js';
import { createReplayGuard } from '../shared/replay-guard.js';
import { autocompleteChoices, type DiscordDeps, defaultOnError, replyTo } from './answering.js';
import { type DiscordConfig, DiscordConfigError } from './config.js';
import {
  EPHEMERAL,
  INTERACTION,
  type Interaction,
  InteractionSchema,
  originOf,
  questionAsked,
  questionOption,
  RESPONSE,
} from './interaction-payload.js';
import { type DiscordReply, NO_MENTIONS, noticeReply } from './reply.js';
import { createDiscordRest, editOriginal } from './rest.js';
import { checkSignature, ed25519PublicKey } from './signature.js';
import { languageOfLocale } from './text.js';

/** Where the operator points "Interactions Endpoint URL" in the Developer Portal. */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

export interface InteractionsDeps extends DiscordDeps {
  /** Clock for the timestamp check (ms). */
  now?: () => number;
  /** Largest accepted body: interactions on big messages carry the message, hence 1 MB. */
  maxBodyBytes?: number;
  /** How old a signed timestamp may be, in seconds (either way, for clock skew). */
  maxAgeSeconds?: number;
  /** Told once per replayed request (refused with 401), with how long ago it was signed. */
  onReplay?: (signedSecondsAgo: number) => void;
}

export type InteractionsHandler = ((req: IncomingMessage, res: ServerResponse) => Promise<void>) & {
  /** Resolves when every follow-up in flight has been delivered (or given up): for shutdown and tests. */
  idle(): Promise<void>;
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const messageResponse = (reply: DiscordReply, ephemeral: boolean) => ({
  type: RESPONSE.message,
  data: {
    embeds: reply.embeds,
    components: reply.components,
    allowed_mentions: NO_MENTIONS,
    ...(ephemeral ? { flags: EPHEMERAL } : {}),
  },
});

/**
 * POST /discord/interactions: Discord's signed interaction requests, for a deployment that serves
 * slash commands without a gateway connection. PING gets PONG; /ind and suggestion buttons are
 * acknowledged at once with a deferred response (type 5) and answered through the interaction
 * webhook; autocomplete is answered in the response itself. Unsigned, forged or stale requests, and
 * a second copy of one already received, get 401 and nothing else.
 */
export function createInteractionsHandler(
  config: DiscordConfig,
  deps: InteractionsDeps,
): InteractionsHandler {
  if (!config.publicKey) {
    throw new DiscordConfigError([
      'DISCORD_PUBLIC_KEY is missing: the HTTP interactions endpoint needs the Public Key from the Discord Developer Portal → your application → General Information',
    ]);
  }
  const key = ed25519PublicKey(config.publicKey);
  const onError = deps.onError ?? defaultOnError;
  const now = deps.now ?? Date.now;
  const maxBodyBytes = deps.maxBodyBytes ?? 1024 * 1024;
  const rest = createDiscordRest(config.apiUrl);
  const pending = new Set<Promise<void>>();
  const replays = createReplayGuard({ windowSeconds: deps.maxAgeSeconds, now });
  const onReplay =
    deps.onReplay ??
    ((age: number) => console.warn(`discord: replayed interaction refused (signed ${age} s ago)`));

  /** Answers after the acknowledgement has gone out, tracked so shutdown can wait for it. */
  function followUp(interaction: Interaction, question: string): void {
    const origin = originOf(interaction)!;
    const token = interaction.token!;
    const task = replyTo(question, origin, { ...deps, onError }, languageOfLocale(interaction.locale))
      .then((reply) => editOriginal(rest, config.applicationId, token, reply))
      .catch((error) => onError(error, 'follow-up'))
      .finally(() => pending.delete(task));
    pending.add(task);
  }

  async function dispatch(res: ServerResponse, interaction: Interaction): Promise<void> {
    if (interaction.type === INTERACTION.ping) return sendJson(res, 200, { type: RESPONSE.pong });
    const origin = originOf(interaction);
    if (!origin || !interaction.token)
      return sendJson(res, 400, { error: 'interaction without user or token' });
    const language = languageOfLocale(interaction.locale);

    if (interaction.type === INTERACTION.autocomplete) {
      const choices = autocompleteChoices(questionOption(interaction), language, { ...deps, onError });
      return sendJson(res, 200, { type: RESPONSE.autocomplete, data: { choices } });
    }
    const question = questionAsked(interaction);
    if (question === undefined)
      return sendJson(res, 400, { error: `unsupported interaction type ${interaction.type}` });
    if (question === null) return sendJson(res, 200, messageResponse(noticeReply('unknown', language), true));
    await sendJson(res, 200, { type: RESPONSE.deferredMessage });
    followUp(interaction, question);
  }

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (req.method !== 'POST') return await sendJson(res, 405, { error: 'use POST' }, { Allow: 'POST' });
      const read = await readBody(req, maxBodyBytes);
      if (!read.ok && read.reason === 'too_large')
        return await sendJson(res, 413, { error: 'body too large' }, { Connection: 'close' });
      if (!read.ok) return await sendJson(res, 400, { error: 'body could not be read' });
      const body = read.bytes;
      const timestamp = header(req, 'x-signature-timestamp');
      const signature = header(req, 'x-signature-ed25519');
      const signed = checkSignature(key, { signature, timestamp, body }, now(), deps.maxAgeSeconds);
      if (!signed.ok) return await sendJson(res, 401, { error: 'invalid request signature' });
      if (!replays.firstSighting({ timestamp: timestamp!, seconds: signed.seconds, body })) {
        onReplay(Math.round(now() / 1000 - signed.seconds));
        return await sendJson(res, 401, { error: 'request already received' });
      }
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        return await sendJson(res, 400, { error: 'body is not JSON' });
      }
      const interaction = InteractionSchema.safeParse(json);
      if (!interaction.success) return await sendJson(res, 400, { error: 'not an interaction payload' });
      await dispatch(res, interaction.data);
    } catch (error) {
      onError(error, 'interaction request');
      if (!res.headersSent) await sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  };

  return Object.assign(handler, {
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  });
}
