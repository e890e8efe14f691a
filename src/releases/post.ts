import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import { announcementReply } from '../adapters/discord/reply.js';
import { createDiscordRest, postToChannel } from '../adapters/discord/rest.js';
import { renderAnnouncement, withoutImage } from '../adapters/slack/blocks.js';
import { chartImage, uploadPng } from '../adapters/slack/chart.js';
import type { AnswerChart } from '../contract/ask.js';
import type { ReleaseConfig } from './config.js';

/*
 * Sends the what's-new report to the announcement channels with the adapters' own renderers and
 * clients: Slack's WebClient (chat.postMessage, files upload) and Discord's REST client, pointed at
 * SLACK_API_URL and DISCORD_API_URL, so tests use loopback stand-ins.
 */

/** Errors are reported, not thrown by the client's logger; it stays silent. */
const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

export async function postToSlack(
  target: NonNullable<ReleaseConfig['slack']>,
  announcement: { text: string; chart: AnswerChart | null; language: 'nl' | 'en' },
  warn: (line: string) => void,
): Promise<void> {
  const { text, chart, language } = announcement;
  const client = new WebClient(target.token, {
    slackApiUrl: target.apiUrl,
    logger: silent,
    retryConfig: { retries: 1, factor: 1, minTimeout: 200, maxTimeout: 1000 },
    timeout: 10_000,
  });
  const shown = await chartImage(chart, { upload: (png, alt) => uploadPng(client, png, alt), warn });
  const message = renderAnnouncement(text, shown.image);
  const post = (m: typeof message) =>
    client.chat.postMessage({ channel: target.channel, ...m, unfurl_links: false, unfurl_media: false });
  try {
    await post(message);
  } catch (error) {
    // Slack refused the image: the report goes out without it.
    const fallback = withoutImage(message, language);
    if (fallback === message) throw error;
    await post(fallback);
  }
}

export async function postToDiscord(
  target: NonNullable<ReleaseConfig['discord']>,
  announcement: { text: string; chart: AnswerChart | null },
  warn: (line: string) => void,
): Promise<void> {
  const { text, chart } = announcement;
  const rest = createDiscordRest(target.apiUrl, target.token);
  const reply = await announcementReply(text, chart, {
    onError: (_, where) => warn(`discord: ${where} failed`),
  });
  await postToChannel(rest, target.channel, reply);
}
