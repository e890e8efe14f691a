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
