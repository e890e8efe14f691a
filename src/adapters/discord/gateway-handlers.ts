import { autocompleteChoices, type DiscordDeps, defaultOnError, replyTo } from './answering.js';
import { questionFromCustomId } from './buttons.js';
import { COMMAND_NAME, QUESTION_OPTION } from './commands.js';
import { conversationOf, type Origin, type ReplyChains } from './conversation.js';
import { EPHEMERAL } from './interaction-payload.js';
import { type DiscordReply, noticeReply, withoutFile } from './reply.js';
import { languageOfLocale } from './text.js';

/*
 * The gateway bot's event handlers, as plain functions over the few members of discord.js's
 * interaction and message objects they use: gateway.ts passes the real objects, tests pass
 * objects of the same shape and read back what was sent.
 */

/** What discord.js's reply/editReply/message.reply receive from this bot. */
export interface DiscordJsPayload {
  embeds: DiscordReply['embeds'];
  components: DiscordReply['components'];
  files: { attachment: Buffer; name: string; description: string }[];
  allowedMentions: { parse: never[]; repliedUser: false };
}

export function discordJsPayload(reply: DiscordReply): DiscordJsPayload {
  return {
    embeds: reply.embeds,
    components: reply.components,
    files: reply.file
      ? [
          {
            attachment: Buffer.from(reply.file.data),
            name: reply.file.name,
            description: reply.file.description,
          },
        ]
      : [],
    allowedMentions: { parse: [], repliedUser: false },
  };
}

interface InteractionBase {
  user: { id: string };
  channelId: string | null;
  guildId: string | null;
  locale: string;
}

interface Answerable extends InteractionBase {
  deferReply(): Promise<unknown>;
  editReply(payload: DiscordJsPayload): Promise<unknown>;
  reply(payload: DiscordJsPayload & { flags: number }): Promise<unknown>;
}

export interface CommandInteractionLike extends Answerable {
  commandName: string;
  options: { getString(name: string): string | null };
}

export interface AutocompleteInteractionLike extends InteractionBase {
  commandName: string;
  options: { getFocused(): string };
  respond(choices: { name: string; value: string }[]): Promise<unknown>;
}

export interface ButtonInteractionLike extends Answerable {
  customId: string;
}

export interface MessageLike {
  id: string;
  content: string;
  author: { id: string; bot: boolean };
  webhookId?: string | null;
  channelId: string;
  guildId: string | null;
  mentions: { users: { has(id: string): boolean } };
  reference?: { messageId?: string | null } | null;
  /** Typing is shown where the channel supports it (group DMs do not). */
  channel?: object | null;
  reply(payload: DiscordJsPayload & { failIfNotExists: boolean }): Promise<{ id: string }>;
}

export interface MessageContext extends DiscordDeps {
  /** The bot's own user id: mentions of it are questions. */
  botUserId: string;
  chains: ReplyChains;
}

const originOf = (i: InteractionBase): Origin => ({
  userId: i.user.id,
  channelId: i.channelId,
  guildId: i.guildId,
});

/** Sends the reply; if the chart upload is what failed, sends the numbers without it. */
async function sendWithFallback<T>(
  reply: DiscordReply,
  send: (payload: DiscordJsPayload) => Promise<T>,
  onError: (error: unknown, where: string) => void,
): Promise<T> {
  try {
    return await send(discordJsPayload(reply));
  } catch (error) {
    if (!reply.file) throw error;
    onError(error, 'chart upload');
    return send(discordJsPayload(withoutFile(reply)));
  }
}

async function deferAndAnswer(interaction: Answerable, question: string, deps: DiscordDeps): Promise<void> {
  const onError = deps.onError ?? defaultOnError;
  // Acknowledge first: Discord drops an interaction not answered within 3 seconds.
  await interaction.deferReply();
  const reply = await replyTo(question, originOf(interaction), deps, languageOfLocale(interaction.locale));
  await sendWithFallback(reply, (payload) => interaction.editReply(payload), onError);
}

const refuse = (interaction: Answerable) =>
  interaction.reply({
    ...discordJsPayload(noticeReply('unknown', languageOfLocale(interaction.locale))),
    flags: EPHEMERAL,
  });

/** /ind question:<text> */
export async function handleCommand(interaction: CommandInteractionLike, deps: DiscordDeps): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) {
    await refuse(interaction);
    return;
  }
  const question = interaction.options.getString(QUESTION_OPTION)?.trim() || 'help';
  await deferAndAnswer(interaction, question, deps);
}

/** Suggestions while the user types the question. */
export async function handleAutocomplete(
  interaction: AutocompleteInteractionLike,
  deps: DiscordDeps,
): Promise<void> {
  const choices =
    interaction.commandName === COMMAND_NAME
      ? autocompleteChoices(interaction.options.getFocused(), languageOfLocale(interaction.locale), deps)
      : [];
  await interaction.respond(choices);
}

/** A clicked suggestion: answered as a new message, like the question it stands for. */
export async function handleButton(interaction: ButtonInteractionLike, deps: DiscordDeps): Promise<void> {
  const question = questionFromCustomId(interaction.customId);
  if (!question) {
    await refuse(interaction);
    return;
  }
  await deferAndAnswer(interaction, question, deps);
}

function showTyping(channel: object | null | undefined): void {
  if (channel && 'sendTyping' in channel && typeof channel.sendTyping === 'function')
    (channel.sendTyping() as Promise<unknown>).catch(() => {});
}

/** The question in a message that mentions the bot: the text without the bot's mention. */
export const questionInMessage = (content: string, botUserId: string): string =>
  content
    .replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A message that mentions the bot, or any message in a DM, is answered as a reply to it. Replies to
 * one of the bot's answers continue that answer's conversation.
 */
export async function handleMessage(message: MessageLike, context: MessageContext): Promise<void> {
  if (message.author.bot || message.webhookId) return;
  const isDm = !message.guildId;
  if (!isDm && !message.mentions.users.has(context.botUserId)) return;
  const question = questionInMessage(message.content, context.botUserId) || 'help';
  showTyping(message.channel);

  const origin: Origin = {
    userId: message.author.id,
    channelId: message.channelId,
    guildId: message.guildId,
  };
  const conversationId =
    context.chains.conversationOf(message.reference?.messageId) ?? conversationOf(origin);
  // A message carries no locale: failures are explained in both languages.
  const reply = await replyTo(question, { ...origin, conversationId }, context, null);
  const sent = await sendWithFallback(
    reply,
    (payload) => message.reply({ ...payload, failIfNotExists: false }),
    context.onError ?? defaultOnError,
  );
  context.chains.remember(sent.id, conversationId);
}
