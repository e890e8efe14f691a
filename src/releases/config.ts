import { z } from 'zod';
import {
  DEFAULT_DISCORD_API_URL,
  ApiUrl as DiscordApiUrl,
  Token as DiscordToken,
} from '../adapters/discord/config.js';
import { BotToken, DEFAULT_SLACK_API_URL, ApiUrl as SlackApiUrl } from '../adapters/slack/config.js';
import { readCommonConfig } from '../config/common.js';
import { blankAsAbsent } from '../config/env.js';
import { ConfigError } from '../errors.js';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional());

const EnvSchema = z.object({
  SLACK_ANNOUNCE_CHANNEL: optional(
    z
      .string()
      .trim()
      .regex(/^#?[\w-]{1,80}$/, {
        error:
          'SLACK_ANNOUNCE_CHANNEL must be a channel id such as C0123456789 (Slack: channel details → About)',
      }),
  ),
  SLACK_BOT_TOKEN: optional(BotToken),
  SLACK_API_URL: optional(SlackApiUrl),
  DISCORD_ANNOUNCE_CHANNEL_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{17,20}$/, {
        error:
          'DISCORD_ANNOUNCE_CHANNEL_ID must be a Discord channel id (17-20 digits): with Developer Mode on, right-click the channel → Copy Channel ID',
      }),
  ),
  DISCORD_TOKEN: optional(DiscordToken),
  DISCORD_API_URL: optional(DiscordApiUrl),
  WHATS_NEW_LANG: optional(z.enum(['nl', 'en'], { error: 'WHATS_NEW_LANG must be nl or en' })),
});

/** Where `npm run whats-new -- --post` announces, and in which language: all from the environment. */
export interface ReleaseConfig {
  language: 'nl' | 'en';
  quickchartUrl: string | null;
  maxQuestionLength: number;
  slack: AnnounceTarget | null;
  discord: AnnounceTarget | null;
}

/** One platform's announcement channel, with the token that posts there and its API. */
export interface AnnounceTarget {
  token: string;
  apiUrl: string;
  channel: string;
}

const target = (channel: string | undefined, token: string | undefined, apiUrl: string) =>
  channel && token ? { token, apiUrl, channel } : null;

/**
 * The announcement settings. A channel without the token that posts there is a problem (named), a
 * token without a channel just means that platform gets no announcement.
 */
export function parseReleaseConfig(env: Record<string, string | undefined>): ReleaseConfig {
  const common = readCommonConfig(env);
  const parsed = EnvSchema.safeParse(env);
  const problems = [...common.problems, ...(parsed.success ? [] : parsed.error.issues.map((i) => i.message))];
  const e = parsed.success ? parsed.data : null;
  if (e?.SLACK_ANNOUNCE_CHANNEL && !e.SLACK_BOT_TOKEN)
    problems.push('SLACK_BOT_TOKEN is missing: posting to SLACK_ANNOUNCE_CHANNEL needs the bot token');
  if (e?.DISCORD_ANNOUNCE_CHANNEL_ID && !e.DISCORD_TOKEN)
    problems.push('DISCORD_TOKEN is missing: posting to DISCORD_ANNOUNCE_CHANNEL_ID needs the bot token');
  if (!e || problems.length > 0) throw new ConfigError(problems);
  return {
    language: e.WHATS_NEW_LANG ?? 'nl',
    quickchartUrl: common.value.quickchartUrl,
    maxQuestionLength: common.value.maxQuestionLength,
    slack: target(e.SLACK_ANNOUNCE_CHANNEL, e.SLACK_BOT_TOKEN, e.SLACK_API_URL ?? DEFAULT_SLACK_API_URL),
    discord: target(
      e.DISCORD_ANNOUNCE_CHANNEL_ID,
      e.DISCORD_TOKEN,
      e.DISCORD_API_URL ?? DEFAULT_DISCORD_API_URL,
    ),
  };
}
