import type { DiscordConfig } from '../adapters/discord/config.js';
import type { AppConfig } from '../config.js';
import { StartupError } from '../errors.js';

export { StartupError } from '../errors.js';

/** A failed listen() in terms of PORT and HOST. */
export function listenError(err: unknown, config: Pick<AppConfig, 'port' | 'host'>): StartupError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `PORT ${config.port} is already in use on ${config.host}: stop the other program or set PORT to a free port`,
        { cause: err },
      );
    case 'EACCES':
      return new StartupError(
        `PORT ${config.port} needs administrator rights on this system: use a port from 1024 up (e.g. 3000), with a proxy or load balancer in front for port 80 or 443`,
        { cause: err },
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupError(
        `HOST ${config.host} is not an address of this machine: use 127.0.0.1 (this machine only), 0.0.0.0 (every interface) or one of its own addresses`,
        { cause: err },
      );
    default:
      return new StartupError(
        `the HTTP server could not listen on ${config.host}:${config.port} (${code ?? err})`,
        { cause: err },
      );
  }
}

const PORTAL = 'https://discord.com/developers/applications';

/** discord.js login failures in terms of DISCORD_TOKEN and DISCORD_API_URL. */
export function discordStartError(err: unknown, config: Pick<DiscordConfig, 'apiUrl'>): StartupError {
  const { code, status } = err as { code?: unknown; status?: unknown };
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'TokenInvalid' || status === 401) {
    return new StartupError(
      `DISCORD_TOKEN was refused by Discord (${message}): copy the bot token again from ${PORTAL} → your application → Bot → Reset Token`,
      { cause: err },
    );
  }
  if (code === 'DisallowedIntents' || status === 4014) {
    return new StartupError(
      `Discord refused the gateway intents (${message}): the bot needs no privileged intent; check ${PORTAL} → your application → Bot`,
      { cause: err },
    );
  }
  return new StartupError(
    `Discord could not be reached at ${config.apiUrl} (${message}); check the network or DISCORD_API_URL`,
    { cause: err },
  );
}
