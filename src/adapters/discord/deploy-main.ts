import { commandLine } from '../../ops/command-line.js';
import { runDeployCommands } from './deploy.js';

const USAGE = `usage: npm run deploy-commands

  Registers /ind with Discord from DISCORD_TOKEN and DISCORD_APPLICATION_ID: on DISCORD_GUILD_ID
  at once when it is set, globally otherwise.`;

// `npm run deploy-commands`: registers /ind with Discord from the environment's configuration.
commandLine('deploy-commands', USAGE, { options: { help: { type: 'boolean', short: 'h' } } });
process.exitCode = await runDeployCommands(process.env);
