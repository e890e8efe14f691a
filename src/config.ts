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
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number from ${min} to ${max} (got "${v}")`,
        });
        return z.NEVER;
      }
      return n;
    });

const CommonSchema = z.object({
  PORT: int('PORT', 0, 65535, 3000),
  HOST: z.string().optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  MAX_QUESTION_LENGTH: int('MAX_QUESTION_LENGTH', 10, 10_000, 500),
  RATE_LIMIT_PER_MINUTE: int('RATE_LIMIT_PER_MINUTE', 0, 100_000, 20),
  QUICKCHART_URL: z
    .string()
    .url({ message: 'QUICKCHART_URL must be a URL such as http://localhost:8080' })
    .optional(),
});

export interface AppConfig {
  port: number;
  /** Where the HTTP server listens: loopback for the local web chat, all interfaces for platforms. */
  host: string;
  logLevel: string;
  maxQuestionLength: number;
  ratePerMinute: number;
  quickchartUrl: string | null;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
}

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
 * The whole configuration from the environment, validated. Every problem is reported at once, each
 * naming its variable; values are never echoed, so a mistyped secret does not reach a log.
 */
export function parseConfig(env: NodeJS.ProcessEnv): AppConfig {
  const problems: string[] = [];
  const common = CommonSchema.safeParse(env);
  if (!common.success) problems.push(...common.error.issues.map((i) => i.message));
  let slack: SlackConfig | null = null;
  let discord: DiscordConfig | null = null;
  if (hasSlackConfig(env)) {
    try {
      slack = parseSlackConfig(env);
    } catch (err) {
      if (err instanceof SlackConfigError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (hasDiscordConfig(env)) {
    try {
      discord = parseDiscordConfig(env);
    } catch (err) {
      if (err instanceof DiscordConfigError) problems.push(...err.problems);
      else throw err;
    }
  }
  if (problems.length > 0 || !common.success) throw new ConfigError(problems);
  const c = common.data;
  const platforms = slack !== null || discord !== null;
  return {
    port: c.PORT,
    host: c.HOST ?? (platforms ? '0.0.0.0' : '127.0.0.1'),
    logLevel: c.LOG_LEVEL,
    maxQuestionLength: c.MAX_QUESTION_LENGTH,
    ratePerMinute: c.RATE_LIMIT_PER_MINUTE,
    quickchartUrl: c.QUICKCHART_URL ?? null,
    slack,
    discord,
  };
}
