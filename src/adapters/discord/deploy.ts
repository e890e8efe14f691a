import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { commandsJson } from './commands.js';
import { type DiscordConfig, requireToken } from './config.js';

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
