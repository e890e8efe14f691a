// `npm run deploy-commands`: registers /ind with Discord from the environment's configuration.
import { runDeployCommands } from './deploy.js';

process.exitCode = await runDeployCommands(process.env);
