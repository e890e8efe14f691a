import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Suggest } from '../adapters/discord/answering.js';
import { createDiscordGateway } from '../adapters/discord/gateway.js';
import {
  createInteractionsHandler,
  DISCORD_INTERACTIONS_PATH,
} from '../adapters/discord/interactions-http.js';
import { createSlackAdapter, SLACK_EVENTS_PATH } from '../adapters/slack/index.js';
import { createWebHandler } from '../adapters/web/handler.js';
import type { ChartProvider } from '../charts/types.js';
import type { AppConfig } from '../config.js';
import { createHttpServer, healthRoute, mount, type Route } from '../http/server.js';
import { adapterLogger, errorReporter } from '../ops/logger.js';
import { type AskDeps, createAsk } from './ask.js';
import { discordStartError, listenError, StartupError } from './startup-errors.js';

export { StartupError } from './startup-errors.js';

export interface AppDeps {
  answer: AskDeps['answer'];
  suggest: Suggest;
  /** Draws every answer's chart, once, in the ask layer. */
  charts: ChartProvider;
  logger: Logger;
}

export interface RunningApp {
  /** Where the shared HTTP server listens, e.g. http://127.0.0.1:3000. */
  readonly url: string;
  readonly port: number;
  /** What runs, e.g. ['slack (http)', 'discord (gateway)'] or ['web chat']. */
  readonly adapters: string[];
  /**
   * Stops taking questions (the health check turns 503, the server accepts no new connections),
   * lets questions in flight finish and their answers reach the platform for up to `graceMs`, then
   * closes every connection and client. Never rejects.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
}

interface Part {
  name: string;
  route?: Route;
  start?: () => Promise<void>;
  stop?: (graceMs: number) => Promise<void>;
}

/** The adapters the configuration asks for; the web chat when it asks for none. */
function parts(config: AppConfig, deps: AppDeps, ask: ReturnType<typeof createAsk>): Part[] {
  const { logger } = deps;
  const list: Part[] = [];
  if (config.slack) {
    const slack = createSlackAdapter(config.slack, { ask, logger: adapterLogger(logger, 'slack') });
    list.push({
      name: `slack (${slack.mode})`,
      route: slack.requestListener ? mount(SLACK_EVENTS_PATH, slack.requestListener) : undefined,
      start: () => slack.start(),
      stop: (graceMs) => slack.stop({ graceMs }),
    });
  }
  const discord = config.discord;
  if (discord) {
    const discordDeps = { ask, suggest: deps.suggest, onError: errorReporter(logger, 'discord') };
    if (discord.publicKey) {
      const handler = createInteractionsHandler(discord, {
        ...discordDeps,
        onReplay: (age) =>
          logger.warn({ adapter: 'discord' }, `replayed interaction refused (signed ${age} s ago)`),
      });
      list.push({
        name: 'discord (http interactions)',
        route: mount(DISCORD_INTERACTIONS_PATH, handler),
        stop: (graceMs) => Promise.race([handler.idle(), sleep(graceMs, undefined, { ref: false })]),
      });
    }
    if (discord.token) {
      const gateway = createDiscordGateway(discord, discordDeps);
      list.push({
        name: 'discord (gateway)',
        start: () => gateway.start().catch((err) => Promise.reject(discordStartError(err, discord))),
        stop: () => gateway.stop(),
      });
    }
  }
  if (list.length === 0) {
    const web = createWebHandler({
      ask,
      onError: errorReporter(logger, 'web'),
      maxQuestionLength: config.maxQuestionLength,
    });
    list.push({ name: 'web chat', route: (req, res) => web(req, res) });
  }
  return list;
}

const listen = (server: Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

/**
 * Stops accepting connections and resolves when those open have finished their requests. A kept-alive
 * connection turns idle only after its last response, so idle ones are closed until none is left.
 */
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });

/**
 * Everything `npm start` runs, on one HTTP server: /health, Slack's /slack/events, Discord's
 * /discord/interactions, the gateway bot, or the web chat when no platform is configured. Rejects
 * with a StartupError naming the variable to fix when something cannot start, having stopped what
 * had started.
 */
export async function startApp(config: AppConfig, deps: AppDeps): Promise<RunningApp> {
  const ask = createAsk({
    answer: deps.answer,
    charts: deps.charts,
    logger: deps.logger,
    limits: { maxQuestionLength: config.maxQuestionLength, ratePerMinute: config.ratePerMinute },
  });
  const list = parts(config, deps, ask);
  const adapters = list.map((p) => p.name);
  let status: 'starting' | 'ok' | 'stopping' = 'starting';
  const routes: Route[] = [
    healthRoute({ startedAt: Date.now(), adapters: () => adapters, status: () => status }),
    ...list.flatMap((p) => (p.route ? [p.route] : [])),
  ];
  const server = createHttpServer(routes, deps.logger);

  let stopping: Promise<void> | null = null;
  const stop = ({ graceMs = 8000 } = {}) => {
    stopping ??= (async () => {
      status = 'stopping';
      // In-flight HTTP requests and the answers that follow them (response_urls, webhooks) finish in
      // parallel; whatever is still open when the grace runs out is cut.
      const drained = Promise.race([close(server), sleep(graceMs, undefined, { ref: false })]).then(() =>
        server.closeAllConnections(),
      );
      await Promise.allSettled([drained, ...list.map((p) => p.stop?.(graceMs))]);
    })();
    return stopping;
  };

  try {
    await listen(server, config.port, config.host).catch((err) => Promise.reject(listenError(err, config)));
    for (const part of list) await part.start?.();
  } catch (err) {
    await stop({ graceMs: 0 });
    throw err instanceof StartupError
      ? err
      : new StartupError(err instanceof Error ? err.message : String(err));
  }
  status = 'ok';
  const { port } = server.address() as AddressInfo;
  const shown = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '[::1]' : config.host;
  return { url: `http://${shown}:${port}`, port, adapters, stop };
}
