import { existsSync } from 'node:fs';
import { z } from 'zod';
import {
  type DiscordConfig,
  DiscordConfigError,
  hasDiscordConfig,
  parseDiscordConfig,
} from './adapters/discord/config.js';
import {
  hasSlackConfig,
  parseSlackConfig,
  type SlackConfig,
  SlackConfigError,
} from './adapters/slack/config.js';

const int = (name: string, min: number, max: number, dflt: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return dflt;
      const n = Number(v);
      if (!/^\s*\d+\s*$/.test(v) || n < min || n > max) {
        // Only numbers are echoed: a mistyped number helps the operator and is never a secret.
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number from ${min} to ${max} (got "${v.slice(0, 20)}")`,
        });
        return z.NEVER;
      }
      return n;
    });

const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const CommonSchema = z
  .object({
    PORT: int('PORT', 0, 65535, 3000),
    HOST: z.preprocess(
      blankAsAbsent,
      z
        .string()
        .trim()
        .regex(/^[\w.:[\]-]+$/, {
          message: 'HOST must be an interface address such as 127.0.0.1, 0.0.0.0 or ::',
        })
        .optional(),
    ),
    LOG_LEVEL: z.preprocess(
      blankAsAbsent,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
    MAX_QUESTION_LENGTH: int('MAX_QUESTION_LENGTH', 10, 10_000, 500),
    RATE_LIMIT_PER_MINUTE: int('RATE_LIMIT_PER_MINUTE', 0, 100_000, 20),
    QUICKCHART_URL: z.preprocess(
      blankAsAbsent,
      z
        .url({
          protocol: /^https?$/,
          message: 'QUICKCHART_URL must be an http(s) URL such as http://localhost:8080',
        })
        .optional(),
    ),
  })
  .transform((e) => ({
    port: e.PORT,
    /** Set by the operator; otherwise chosen by what runs (see parseConfig). */
    host: e.HOST ?? null,
    logLevel: e.LOG_LEVEL,
    maxQuestionLength: e.MAX_QUESTION_LENGTH,
    /** Questions per user per minute; 0 turns the limit off. */
    ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
    quickchartUrl: e.QUICKCHART_URL ?? null,
  }));

export type AppConfig = Omit<z.output<typeof CommonSchema>, 'host'> & {
  /** Where the HTTP server listens: loopback for the local web chat, all interfaces for platforms. */
  host: string;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads .env (when present) into process.env; variables already set win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * One message per variable: PORT is read by the Slack adapter as well, and the operator should see
 * its problem once, not once per reader.
 */
function onePerVariable(problems: string[]): string[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const name = /^[A-Z][A-Z0-9_]+/.exec(p)?.[0] ?? p;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** Runs an adapter's own parser, collecting its problems instead of stopping at the first reader. */
function adapterConfig<T>(parse: () => T, problems: string[]): T | null {
  try {
    return parse();
  } catch (err) {
    if (err instanceof SlackConfigError || err instanceof DiscordConfigError) {
      problems.push(...err.problems);
      return null;
    }
    throw err;
  }
}

/**
 * The whole configuration from the environment, validated. Every problem is reported at once, each
 * naming its variable; secrets are never echoed, so a mistyped token does not reach a log.
 */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const problems: string[] = [];
  const common = CommonSchema.safeParse(env);
  if (!common.success) problems.push(...common.error.issues.map((i) => i.message));
  const slack = hasSlackConfig(env) ? adapterConfig(() => parseSlackConfig(env), problems) : null;
  const discord = hasDiscordConfig(env) ? adapterConfig(() => parseDiscordConfig(env), problems) : null;
  if (problems.length > 0 || !common.success) throw new ConfigError(onePerVariable(problems));
  const platforms = slack !== null || discord !== null;
  return {
    ...common.data,
    // Slack and Discord must reach the server from outside; the web chat alone stays on this machine.
    host: common.data.host ?? (platforms ? '0.0.0.0' : '127.0.0.1'),
    slack,
    discord,
  };
}

/** The variables whose values are credentials. DISCORD_PUBLIC_KEY is public by design. */
const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN'];
/** URLs an operator may give with a password in them (https://user:password@host). */
const URL_VARIABLES = ['SLACK_API_URL', 'DISCORD_API_URL', 'QUICKCHART_URL'];

/**
 * Every secret value the environment configures, as the logger must never show it: the tokens and
 * the signing secret (as set and trimmed, since the parsers trim), and passwords inside URLs.
 * Read from the environment rather than the parsed configuration, so entry points that do not parse
 * it all (`npm run web`) redact the same values.
 */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  const values = SECRET_VARIABLES.flatMap((name) => [env[name], env[name]?.trim()]);
  for (const name of URL_VARIABLES) {
    try {
      const password = new URL(env[name] ?? '').password;
      values.push(password, decodeURIComponent(password));
    } catch {
      // Not a URL: parseConfig reports it; there is no password to hide.
    }
  }
  return [...new Set(values.filter((v): v is string => !!v))];
}
