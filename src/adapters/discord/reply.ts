import type { APIEmbed } from 'discord.js';
import { type Language, NOTICES } from '../../app/messages.js';
import type { AnswerChart, Asked } from '../../contract/ask.js';
import { type ButtonRow, suggestionButtons } from './buttons.js';
import { announcementEmbed, answerEmbed, noticeEmbed } from './embed.js';
import { truncate } from './text.js';

export const CHART_FILE = 'chart.png';
/** Discord's limit on an attachment's description (its alt text). */
const ALT_LIMIT = 1024;

/** No mention in a reply notifies anyone: not @everyone/@here, not roles, not users, not the asker. */
export const NO_MENTIONS = { parse: [] as never[], replied_user: false } as const;

/** One reply, platform-shaped but transport-neutral: REST and discord.js both send it. */
export interface DiscordReply {
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** The locally drawn chart, when it has no URL; the embed shows it as attachment://chart.png. */
  file: { name: string; data: Uint8Array; description: string } | null;
}

export interface ReplyDeps {
  onError?: (error: unknown, where: string) => void;
}

type Chart = { url: string } | { file: NonNullable<DiscordReply['file']> } | null;

/**
 * The chart the ask layer chose, as Discord can show it: its URL (already within Discord's 2048
 * characters), else the PNG as an attachment. A chart that cannot be drawn only loses the chart.
 */
export async function chartAttachment(chart: AnswerChart | null, deps: ReplyDeps): Promise<Chart> {
  if (!chart) return null;
  if (chart.url) return { url: chart.url };
  try {
    const data = await chart.png();
    return { file: { name: CHART_FILE, data, description: truncate(chart.alt, ALT_LIMIT) } };
  } catch (error) {
    deps.onError?.(error, 'chart');
    return null;
  }
}

/** Where an embed finds its chart: the URL itself, or the attachment's name. */
export const imageUrlOf = (chart: Chart): string | null =>
  !chart ? null : 'url' in chart ? chart.url : `attachment://${chart.file.name}`;

/** The answer as Discord shows it: one embed, the chart, and suggestion buttons. */
export async function renderAnswer({ answer, chart }: Asked, deps: ReplyDeps = {}): Promise<DiscordReply> {
  const shown = await chartAttachment(chart, deps);
  const buttons = suggestionButtons(answer.suggestions);
  return {
    embeds: [answerEmbed(answer, { imageUrl: imageUrlOf(shown), listedSuggestions: buttons.listed })],
    components: buttons.rows,
    file: shown && 'file' in shown ? shown.file : null,
  };
}

/** A release announcement (`npm run whats-new -- --post`) with the chart of the day. */
export async function announcementReply(
  text: string,
  chart: AnswerChart | null,
  deps: ReplyDeps = {},
): Promise<DiscordReply> {
  const shown = await chartAttachment(chart, deps);
  return {
    embeds: [announcementEmbed(text, imageUrlOf(shown))],
    components: [],
    file: shown && 'file' in shown ? shown.file : null,
  };
}

/** The same reply without the uploaded chart: what is sent when the upload itself fails. */
export function withoutFile(reply: DiscordReply): DiscordReply {
  if (!reply.file) return reply;
  const attachment = `attachment://${reply.file.name}`;
  return {
    ...reply,
    embeds: reply.embeds.map(({ image, ...embed }) =>
      image?.url === attachment ? embed : { ...embed, image },
    ),
    file: null,
  };
}

const MESSAGES = {
  failed: { nl: NOTICES.nl.failed, en: NOTICES.en.failed },
  unknown: {
    nl: 'Deze knop of opdracht ken ik niet (meer). Stel je vraag met /ind.',
    en: "I don't know this button or command (any more). Ask your question with /ind.",
  },
} as const;

export type Notice = keyof typeof MESSAGES;

/**
 * A notice in the user's language; both languages when it is unknown (a mention carries no locale).
 * Never includes error details: those go to the log.
 */
export function noticeReply(notice: Notice, language: Language | null): DiscordReply {
  const m = MESSAGES[notice];
  const text = language ? m[language] : `${m.nl}\n${m.en}`;
  return { embeds: [noticeEmbed(text)], components: [], file: null };
}
