import { z } from 'zod';
import { anySet, blankAsAbsent } from '../../config/env.js';
import { ConfigError } from '../../errors.js';

/** Where an admin finds every Slack credential: the app's settings pages. */
const APPS = 'https://api.slack.com/apps';

export const BotToken = z
  .string({
    error: `SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from ${APPS} → your app → OAuth & Permissions (install the app to the workspace first)`,
  })
  .trim()
  .regex(/^xoxb-[\w-]{10,}$/, {
    error: `SLACK_BOT_TOKEN must be a bot token starting with xoxb-: copy the Bot User OAuth Token from ${APPS} → your app → OAuth & Permissions (not the app-level xapp- token or a user xoxp- token)`,
  });

const SigningSecret = z
  .string()
  .trim()
  .regex(/^\S{16,}$/, {
    error: `SLACK_SIGNING_SECRET does not look like a signing secret: copy it from ${APPS} → your app → Basic Information → App Credentials → Signing Secret`,
  });

const AppToken = z
  .string()
  .trim()
  .regex(/^xapp-[\w-]{10,}$/, {
    error: `SLACK_APP_TOKEN must be an app-level token starting with xapp-: create one with the connections:write scope at ${APPS} → your app → Basic Information → App-Level Tokens (or leave it unset for HTTP mode)`,
  });

export const ApiUrl = z
  .url({
    protocol: /^https?$/,
    error:
      'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (leave it unset for Slack itself)',
  })
  // The Web API client appends method names directly ("…/api/" + "chat.postMessage").
  .transform((url) => (url.endsWith('/') ? url : `${url}/`));

const ResponseType = z.enum(['in_channel', 'ephemeral'], {
  error:
    'SLACK_RESPONSE_TYPE must be in_channel (everyone in the channel sees answers to /ind) or ephemeral (only the asker does)',
});

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: BotToken,
  SLACK_SIGNING_SECRET: z.preprocess(blankAsAbsent, SigningSecret.optional()),
  SLACK_APP_TOKEN: z.preprocess(blankAsAbsent, AppToken.optional()),
  SLACK_API_URL: z.preprocess(blankAsAbsent, ApiUrl.optional()),
  SLACK_RESPONSE_TYPE: z.preprocess(blankAsAbsent, ResponseType.default('in_channel')),
});

/** The Slack adapter's settings, as read from the environment. */
export const SlackConfigSchema = z.object({
  botToken: z.string(),
  /** Verifies HTTP requests; null in Socket Mode, where the connection itself is authenticated. */
  signingSecret: z.string().nullable(),
  /** App-level token; when present the adapter connects with Socket Mode and needs no public URL. */
  appToken: z.string().nullable(),
  /** Web API base URL ending in '/', e.g. https://slack.com/api/ (or a gateway, GovSlack, a test stand-in). */
  apiUrl: z.string(),
  responseType: z.enum(['in_channel', 'ephemeral']),
});
export type SlackConfig = z.infer<typeof SlackConfigSchema>;

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/** Thrown for bad configuration; `message` names every variable that needs attention. */
export class SlackConfigError extends ConfigError {
  constructor(problems: string[]) {
    super(problems, 'Slack configuration');
  }
}

/** True when any Slack credential is set, i.e. the operator meant to run the Slack adapter. */
export const hasSlackConfig = (env: NodeJS.ProcessEnv): boolean =>
  anySet(env, ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN']);

/**
 * Reads the Slack variables: SLACK_BOT_TOKEN always, plus SLACK_APP_TOKEN (Socket Mode) or
 * SLACK_SIGNING_SECRET (HTTP mode). Throws SlackConfigError naming each problem and where to find the
 * value; the messages never include the values, so a pasted token cannot end up in a log.
 */
export function parseSlackConfig(env: NodeJS.ProcessEnv): SlackConfig {
  const parsed = EnvSchema.safeParse({
    SLACK_BOT_TOKEN: blankAsAbsent(env.SLACK_BOT_TOKEN),
    SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET,
    SLACK_APP_TOKEN: env.SLACK_APP_TOKEN,
    SLACK_API_URL: env.SLACK_API_URL,
    SLACK_RESPONSE_TYPE: env.SLACK_RESPONSE_TYPE,
  });
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  // Socket Mode authenticates the connection with the app token; only HTTP mode verifies signatures.
  if (!blankAsAbsent(env.SLACK_APP_TOKEN) && !blankAsAbsent(env.SLACK_SIGNING_SECRET)) {
    problems.push(
      `SLACK_SIGNING_SECRET is missing (HTTP mode needs it): copy it from ${APPS} → your app → Basic Information → App Credentials → Signing Secret, or set SLACK_APP_TOKEN to use Socket Mode instead`,
    );
  }
  if (!parsed.success || problems.length) throw new SlackConfigError([...new Set(problems)]);
  const e = parsed.data;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET ?? null,
    appToken: e.SLACK_APP_TOKEN ?? null,
    apiUrl: e.SLACK_API_URL ?? DEFAULT_SLACK_API_URL,
    responseType: e.SLACK_RESPONSE_TYPE,
  };
}
