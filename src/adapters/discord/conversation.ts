import { LRUCache } from 'lru-cache';

/** Where a question came from on Discord: enough to tell conversations apart. */
export interface Origin {
  userId: string;
  channelId: string | null;
  /** Null in DMs. */
  guildId: string | null;
}

/**
 * The conversation a question belongs to, so that "and in 2023?" follows on: in a DM the DM channel,
 * on a server the asker in that channel (slash commands, buttons and mentions share it).
 */
export function conversationOf(origin: Origin): string {
  if (!origin.guildId) return `discord:dm:${origin.channelId ?? origin.userId}`;
  return `discord:${origin.channelId ?? origin.guildId}:${origin.userId}`;
}

/**
 * Remembers which conversation each of the bot's replies belongs to, so replying to an answer
 * continues that answer's conversation (whoever replies). Bounded: the oldest are forgotten first,
 * and a forgotten chain simply falls back to the channel+user conversation.
 */
export class ReplyChains {
  private readonly chains: LRUCache<string, string>;

  constructor(capacity = 10_000) {
    this.chains = new LRUCache({ max: capacity });
  }

  remember(messageId: string, conversationId: string): void {
    this.chains.set(messageId, conversationId);
  }

  conversationOf(messageId: string | null | undefined): string | null {
    return messageId ? (this.chains.get(messageId) ?? null) : null;
  }
}
