import { z } from 'zod';
import { anySet, blankAsAbsent } from '../../config/env.js';
import { ConfigError } from '../../errors.js';

/** Discord's REST base without a version, as @discordjs/rest's `api` option expects it. */
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

const PORTAL = 'https://discord.com/developers/applications';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional());

const snowflake = (name: string, where: string) =>
  z
    .string({ error: `${name} is missing: ${where}` })
    .trim()
    .regex(/^\d{17,20}$/, { error: `${name} must be a Discord id (17-20 digits): ${where}` });

const ApplicationId = snowflake(
  'DISCORD_APPLICATION_ID',
  `copy the Application ID from the Discord Developer Portal (${PORTAL}) → your application → General Information`,
);

const GuildId = snowflake(
  'DISCORD_GUILD_ID',
  'in Discord enable Settings → Advanced → Developer Mode, then right-click your test server → Copy Server ID',
);

// A bot token is three dot-separated base64url parts; this catches a pasted client secret or public key.
export const Token = z
  .string()
  .trim()
  .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, {
    error: `DISCORD_TOKEN does not look like a bot token: copy it from the Discord Developer Portal (${PORTAL}) → your application → Bot → Reset Token (not the client secret or the public key)`,
  });

const PublicKey = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{64}$/, {
    error: `DISCORD_PUBLIC_KEY must be the 64 hex characters of the Public Key in the Discord Developer Portal (${PORTAL}) → your application → General Information`,
  })
  .transform((hex) => hex.toLowerCase());

export const ApiUrl = z
  .url({
    protocol: /^https?$/,
    error: 'DISCORD_API_URL must be an http(s) URL, e.g. https://discord.com/api',
  })
  // Accept the base with or without a version ("…/api" or "…/api/v10"): the version is added per request.
  .transform((url) => url.replace(/\/+$/, '').replace(/\/v\d+$/, ''));

const EnvSchema = z.object({
  DISCORD_TOKEN: optional(Token),
  DISCORD_APPLICATION_ID: ApplicationId,
  DISCORD_GUILD_ID: optional(GuildId),
  DISCORD_PUBLIC_KEY: optional(PublicKey),
  DISCORD_API_URL: optional(ApiUrl),
});

const NO_TOKEN = `DISCORD_TOKEN is missing: copy the bot token from the Discord Developer Portal (${PORTAL}) → your application → Bot → Reset Token (or set DISCORD_PUBLIC_KEY to serve only the HTTP interactions endpoint)`;

export interface DiscordConfig {
  /** Bot token: the gateway connection and command registration need it; null for HTTP-only. */
  token: string | null;
  applicationId: string;
  /** Commands are registered on this server only (instant, for testing); null registers globally. */
  guildId: string | null;
  /** Hex Ed25519 key that signs HTTP interactions; null leaves the endpoint off. */
  publicKey: string | null;
  /** REST base without version; the interaction webhook and @discordjs/rest both use it. */
  apiUrl: string;
}

/** Thrown for bad configuration; `message` names every variable that needs attention. */
export class DiscordConfigError extends ConfigError {
  constructor(problems: string[]) {
    super(problems, 'Discord configuration');
  }
}

/** True when any Discord variable is set, i.e. the operator meant to run the Discord adapter. */
export const hasDiscordConfig = (env: NodeJS.ProcessEnv): boolean =>
  anySet(env, ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_PUBLIC_KEY']);

/**
 * Reads the Discord variables. Needs DISCORD_APPLICATION_ID plus DISCORD_TOKEN (gateway bot) and/or
 * DISCORD_PUBLIC_KEY (HTTP interactions endpoint); throws DiscordConfigError naming each problem.
 * Error messages never include the values, so a mistyped token cannot end up in a log.
 */
export function parseDiscordConfig(env: NodeJS.ProcessEnv): DiscordConfig {
  const parsed = EnvSchema.safeParse({
    DISCORD_TOKEN: env.DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: env.DISCORD_APPLICATION_ID?.trim() || undefined,
    DISCORD_GUILD_ID: env.DISCORD_GUILD_ID,
    DISCORD_PUBLIC_KEY: env.DISCORD_PUBLIC_KEY,
    DISCORD_API_URL: env.DISCORD_API_URL,
  });
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  // Checked apart from the schema so that it is reported together with every other problem.
  if (!env.DISCORD_TOKEN?.trim() && !env.DISCORD_PUBLIC_KEY?.trim()) problems.push(NO_TOKEN);
  if (!parsed.success || problems.length > 0) throw new DiscordConfigError([...new Set(problems)]);
  const e = parsed.data;
  return {
    token: e.DISCORD_TOKEN ?? null,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID ?? null,
    publicKey: e.DISCORD_PUBLIC_KEY ?? null,
    apiUrl: e.DISCORD_API_URL ?? DEFAULT_DISCORD_API_URL,
  };
}

/** For the parts that cannot work without the bot token (gateway, deploy-commands). */
export function requireToken(config: DiscordConfig, purpose: string): string {
  if (config.token) return config.token;
  throw new DiscordConfigError([
    `DISCORD_TOKEN is missing (${purpose} needs it): copy the bot token from the Discord Developer Portal (${PORTAL}) → your application → Bot → Reset Token`,
  ]);
}
