import { DiscordAPIError, REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { commandsJson } from './commands.js';
import { type DiscordConfig, DiscordConfigError, parseDiscordConfig, requireToken } from './config.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  /** The commands as Discord stored them. */
  commands: RESTPutAPIApplicationCommandsResult;
}

/**
 * Registers the commands with one bulk PUT, which replaces whatever was registered before. With a
 * guild id they apply to that server at once (for testing); globally they reach every server and DM.
 */
export async function deployCommands(config: DiscordConfig): Promise<DeployResult> {
  const token = requireToken(config, 'npm run deploy-commands');
  const rest = new REST({ api: config.apiUrl, retries: 1 }).setToken(token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const commands = (await rest.put(route, { body: commandsJson() })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.guildId ? 'guild' : 'global', commands };
}

/** A failure explained for the operator; Discord's errors never contain the token. */
function explain(error: unknown): string {
  if (error instanceof DiscordConfigError) return error.message;
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return 'Discord rejected DISCORD_TOKEN (401): reset the bot token and try again.';
    if (error.status === 403 || error.status === 404)
      return `Discord refused the registration (${error.status}: ${error.message}). Check DISCORD_APPLICATION_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.`;
    return `Discord refused the registration (${error.status}: ${error.message}).`;
  }
  return `Could not reach Discord: ${error instanceof Error ? error.message : String(error)}`;
}

export interface DeployLog {
  info(line: string): void;
  error(line: string): void;
}

/** The whole `npm run deploy-commands`: configuration, registration, a line for the operator; the exit code. */
export async function runDeployCommands(env: NodeJS.ProcessEnv, log: DeployLog = console): Promise<number> {
  try {
    const config = parseDiscordConfig(env);
    const { scope, commands } = await deployCommands(config);
    const names = commands.map((c) => `/${c.name}`).join(', ');
    log.info(
      scope === 'guild'
        ? `Registered ${names} on server ${config.guildId}; it is usable there right away.`
        : `Registered ${names} globally; it may take a moment to appear on every server.`,
    );
    return 0;
  } catch (error) {
    log.error(`deploy-commands: ${explain(error)}`);
    return 1;
  }
}
