import type { DiscordJsPayload, MessageLike } from '../../../src/adapters/discord/gateway-handlers.js';

/*
 * Objects shaped like discord.js's interactions and messages (only the members the handlers use),
 * recording what the bot sends through them.
 */

/** A ChatInputCommandInteraction / ButtonInteraction look-alike that records what the bot does. */
export function interaction<F extends object>(fields: F, failFirstEdit = false) {
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

export const options = (question: string | null) => ({
  getString: (name: string) => (name === 'question' ? question : null),
});

/** A Message look-alike: mentions, reply target, and a reply() that records what it was given. */
export function message(content: string, fields: Partial<MessageLike> = {}) {
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
