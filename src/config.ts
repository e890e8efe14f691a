import { type DiscordConfig, hasDiscordConfig, parseDiscordConfig } from './adapters/discord/config.js';
import { hasSlackConfig, parseSlackConfig, type SlackConfig } from './adapters/slack/config.js';
import { type CommonConfig, readCommonConfig } from './config/common.js';
import { ConfigError } from './errors.js';

export { type CommonConfig, parseCommonConfig } from './config/common.js';
export { loadDotEnv } from './config/env.js';
export { ConfigError } from './errors.js';

export type AppConfig = Omit<CommonConfig, 'host'> & {
  /** Where the HTTP server listens: loopback for the local web chat, all interfaces for platforms. */
  host: string;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
};

/**
 * One message per variable: an adapter may check a variable the shared settings check as well, and
 * the operator should see its problem once, not once per reader.
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
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
    return null;
  }
}

/**
 * The whole configuration from the environment, validated. Every problem is reported at once, each
 * naming its variable; secrets are never echoed, so a mistyped token does not reach a log. With
 * `platforms: false` (`npm run web`) Slack and Discord variables are not read at all.
 */
export function parseConfig(env: NodeJS.ProcessEnv, options: { platforms?: boolean } = {}): AppConfig {
  const withPlatforms = options.platforms ?? true;
  const { value: common, problems } = readCommonConfig(env);
  const slack =
    withPlatforms && hasSlackConfig(env) ? adapterConfig(() => parseSlackConfig(env), problems) : null;
  const discord =
    withPlatforms && hasDiscordConfig(env) ? adapterConfig(() => parseDiscordConfig(env), problems) : null;
  if (problems.length > 0) throw new ConfigError(onePerVariable(problems));
  const platforms = slack !== null || discord !== null;
  return {
    ...common,
    // Slack and Discord must reach the server from outside; the web chat alone stays on this machine.
    host: common.host ?? (platforms ? '0.0.0.0' : '127.0.0.1'),
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
