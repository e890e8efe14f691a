// `npm run deploy-commands`: registers /ind with Discord from the environment's configuration.
import { DiscordAPIError } from 'discord.js';
import { DiscordConfigError, parseDiscordConfig } from './config.js';
import { deployCommands } from './deploy.js';

/** A REST failure explained without the request details (the token never appears in them anyway). */
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

try {
  const config = parseDiscordConfig(process.env);
  const { scope, commands } = await deployCommands(config);
  const names = commands.map((c) => `/${c.name}`).join(', ');
  console.log(
    scope === 'guild'
      ? `Registered ${names} on server ${config.guildId}; it is usable there right away.`
      : `Registered ${names} globally; Discord may take a few minutes to show it everywhere.`,
  );
} catch (error) {
  console.error(`deploy-commands: ${explain(error)}`);
  process.exitCode = 1;
}
