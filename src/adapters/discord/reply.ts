import type { APIEmbed } from 'discord.js';
import { type ChartProvider, URL_LIMITS } from '../../charts/types.js';
import type { Answer } from '../../contract/answer.js';
import { type ButtonRow, suggestionButtons } from './buttons.js';
import { answerEmbed, noticeEmbed } from './embed.js';
import { truncate } from './text.js';

export const CHART_FILE = 'chart.png';
/** Discord's limit on an attachment's description (its alt text). */
const ALT_LIMIT = 1024;

/** No mention in a reply notifies anyone: not @everyone/@here, not roles, not users, not the asker. */
export const NO_MENTIONS = { parse: [] as never[], replied_user: false } as const;

/** One reply, platform-shaped but transport-neutral: the HTTP webhook and discord.js both send it. */
export interface DiscordReply {
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** The locally drawn chart, when its URL would not fit; the embed shows it as attachment://chart.png. */
  file: { name: string; data: Uint8Array; description: string } | null;
}

export interface ReplyDeps {
  charts?: ChartProvider;
  onError?: (error: unknown, where: string) => void;
}

type Chart = { url: string } | { file: NonNullable<DiscordReply['file']> } | null;

const isHttpUrl = (url: string): boolean => /^https?:\/\//i.test(url) && url.length <= URL_LIMITS.discord;

/** The chart as a URL when one fits 2048 characters, else the PNG; a chart failure only loses the chart. */
async function chartFor(answer: Answer, deps: ReplyDeps): Promise<Chart> {
  const fallback = answer.chart && isHttpUrl(answer.chart.url) ? { url: answer.chart.url } : null;
  if (!deps.charts) return fallback;
  try {
    const rendered = deps.charts(answer, { maxUrlLength: URL_LIMITS.discord });
    if (!rendered) return null;
    if (rendered.url && isHttpUrl(rendered.url)) return { url: rendered.url };
    const data = await rendered.png();
    return { file: { name: CHART_FILE, data, description: truncate(rendered.alt, ALT_LIMIT) } };
  } catch (error) {
    deps.onError?.(error, 'chart');
    return fallback;
  }
}

/** The answer as Discord shows it: one embed, the chart, and suggestion buttons. */
export async function renderAnswer(answer: Answer, deps: ReplyDeps = {}): Promise<DiscordReply> {
  const chart = await chartFor(answer, deps);
  const buttons = suggestionButtons(answer.suggestions);
  const imageUrl = !chart ? null : 'url' in chart ? chart.url : `attachment://${chart.file.name}`;
  return {
    embeds: [answerEmbed(answer, { imageUrl, listedSuggestions: buttons.listed })],
    components: buttons.rows,
    file: chart && 'file' in chart ? chart.file : null,
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
  failed: {
    nl: 'Er ging iets mis bij het beantwoorden. Probeer het zo nog eens.',
    en: 'Something went wrong while answering. Please try again in a moment.',
  },
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
export function noticeReply(notice: Notice, language: 'nl' | 'en' | null): DiscordReply {
  const m = MESSAGES[notice];
  const text = language ? m[language] : `${m.nl}\n${m.en}`;
  return { embeds: [noticeEmbed(text)], components: [], file: null };
}
