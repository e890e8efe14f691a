import { Client, Events, GatewayIntentBits, type Interaction, type Message, Partials } from 'discord.js';
import { type DiscordDeps, defaultOnError, redacted } from './answering.js';
import { type DiscordConfig, requireToken } from './config.js';
import { ReplyChains } from './conversation.js';
import { handleAutocomplete, handleButton, handleCommand, handleMessage } from './gateway-handlers.js';

export interface DiscordGateway {
  /** Logs in and resolves once the bot is connected and ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The discord.js client, e.g. to read `client.ws.ping` for health checks. */
  readonly client: Client;
}

/**
 * The bot over Discord's gateway: slash commands, autocomplete, suggestion buttons, mentions and DMs.
 * Only unprivileged intents: a bot still receives the text of messages that mention it and of DMs
 * without the Message Content intent, and those are the only messages it answers.
 */
export function createDiscordGateway(config: DiscordConfig, deps: DiscordDeps): DiscordGateway {
  const token = requireToken(config, 'the Discord bot');
  const report = deps.onError ?? defaultOnError;
  const onError = (error: unknown, where: string) => report(redacted(error), where);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached when a DM arrives; without this partial discord.js drops DMs.
    partials: [Partials.Channel],
    // A second guard behind every reply's own allowedMentions.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: config.apiUrl },
  });
  const chains = new ReplyChains();
  const handlerDeps: DiscordDeps = { ...deps, onError };

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) await handleCommand(interaction, handlerDeps);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, handlerDeps);
    else if (interaction.isButton()) await handleButton(interaction, handlerDeps);
  }

  async function onMessage(message: Message): Promise<void> {
    // Since 2020 a bot's user id is its application id, so this holds even before `ready`.
    const botUserId = client.user?.id ?? config.applicationId;
    await handleMessage(message, { ...handlerDeps, botUserId, chains });
  }

  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((error) => onError(error, 'interaction'));
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error) => onError(error, 'message'));
  });
  client.on(Events.Error, (error) => onError(error, 'gateway'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
    },
    async stop() {
      await client.destroy();
    },
  };
}
