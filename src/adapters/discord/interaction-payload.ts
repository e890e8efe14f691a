import { z } from 'zod';
import { questionFromCustomId } from './buttons.js';
import { COMMAND_NAME, QUESTION_OPTION } from './commands.js';
import type { Origin } from './conversation.js';

/** Discord's interaction types (discord-api-types' InteractionType), as numbers on the wire. */
export const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
/** Discord's interaction callback types (InteractionResponseType). */
export const RESPONSE = { pong: 1, message: 4, deferredMessage: 5, autocomplete: 8 } as const;
/** Message flag: only the user who interacted sees the message. */
export const EPHEMERAL = 1 << 6;

const Id = z.string().regex(/^\d{1,20}$/);

/**
 * The parts of an interaction payload this bot reads. Unknown fields are ignored, so new Discord
 * fields cannot break parsing; anything malformed in the parts we read is a 400, never a crash.
 */
export const InteractionSchema = z.object({
  type: z.number().int(),
  token: z.string().min(1).max(2000).optional(),
  locale: z.string().max(20).optional(),
  guild_id: Id.optional(),
  channel_id: Id.optional(),
  channel: z.object({ id: Id }).optional(),
  member: z.object({ user: z.object({ id: Id }) }).optional(),
  user: z.object({ id: Id }).optional(),
  data: z
    .object({
      name: z.string().optional(),
      custom_id: z.string().max(100).optional(),
      options: z
        .array(z.object({ name: z.string(), value: z.unknown().optional(), focused: z.boolean().optional() }))
        .optional(),
    })
    .optional(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

/** Who asked, where: null when the payload names no user (Discord always sends one). */
export function originOf(interaction: Interaction): Origin | null {
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  if (!userId) return null;
  return {
    userId,
    channelId: interaction.channel?.id ?? interaction.channel_id ?? null,
    guildId: interaction.guild_id ?? null,
  };
}

/** The text of the question option (what was typed so far, for autocomplete). */
export function questionOption(interaction: Interaction): string {
  const option = interaction.data?.options?.find((o) => o.name === QUESTION_OPTION);
  return typeof option?.value === 'string' ? option.value : '';
}

/**
 * The question a command or button interaction asks: null when it is not this bot's command or
 * button, undefined for an interaction type that asks nothing. An empty question (Discord requires
 * one, but still) asks for the help text.
 */
export function questionAsked(interaction: Interaction): string | null | undefined {
  if (interaction.type === INTERACTION.command) {
    return interaction.data?.name === COMMAND_NAME ? questionOption(interaction).trim() || 'help' : null;
  }
  if (interaction.type === INTERACTION.component)
    return questionFromCustomId(interaction.data?.custom_id ?? '');
  return undefined;
}
