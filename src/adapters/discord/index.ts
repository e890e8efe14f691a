// What the rest of the app uses of the Discord adapter; the modules behind it are details.
export type { DiscordDeps, Suggest } from './answering.js';
export { commandsJson, slashCommandJson } from './commands.js';
export {
  type DiscordConfig,
  DiscordConfigError,
  hasDiscordConfig,
  parseDiscordConfig,
} from './config.js';
export { type DeployResult, deployCommands } from './deploy.js';
export { createDiscordGateway, type DiscordGateway } from './gateway.js';
export {
  createInteractionsHandler,
  DISCORD_INTERACTIONS_PATH,
  type InteractionsDeps,
  type InteractionsHandler,
} from './interactions-http.js';
