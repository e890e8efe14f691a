import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDiscordGateway } from './adapters/discord/gateway.js';
import {
  createInteractionsHandler,
  DISCORD_INTERACTIONS_PATH,
} from './adapters/discord/interactions-http.js';
import { createSlackAdapter, SLACK_EVENTS_PATH } from './adapters/slack/index.js';
import { createWebHandler } from './adapters/web/handler.js';
import { createAsk } from './app/ask.js';
import { createChartProvider } from './charts/index.js';
import { ConfigError, loadDotEnv, parseConfig } from './config.js';
import { loadDataset } from './data/load.js';
import { createEngine } from './engine/engine.js';
import { suggestQuestions } from './engine/index.js';
import { createHttpServer, healthRoute, mount, type Route } from './http/server.js';
import { adapterLogger, createLogger } from './ops/logger.js';

/**
 * `npm start`: starts every adapter whose configuration is present (Slack, Discord, both); with none
 * it serves the local web chat. Stops gracefully on SIGINT/SIGTERM within 10 seconds.
 */
async function main(): Promise<void> {
  loadDotEnv();
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      console.error('See .env.example for every variable and where to get it.');
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel, pretty: Boolean(process.stdout.isTTY) });
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: String(reason) }, 'unhandled rejection (kept running)'),
  );
  process.on('uncaughtException', (err) =>
    logger.error({ err: err.message }, 'uncaught exception (kept running)'),
  );

  // Long-running: validate the dataset once, naming a bad record, before taking questions.
  const engine = createEngine(loadDataset());
  const charts = createChartProvider({ quickchartUrl: config.quickchartUrl ?? undefined });
  const ask = createAsk({
    answer: engine.answer,
    charts,
    logger,
    limits: { maxQuestionLength: config.maxQuestionLength, ratePerMinute: config.ratePerMinute },
  });

  const startedAt = Date.now();
  const running: string[] = [];
  const stops: (() => Promise<void>)[] = [];
  let draining = false;
  const routes: Route[] = [
    healthRoute(
      startedAt,
      () => running,
      () => draining,
    ),
  ];

  if (config.slack) {
    const slack = createSlackAdapter(config.slack, { ask, charts, logger: adapterLogger(logger, 'slack') });
    await slack.start({ listen: false });
    if (slack.requestListener) routes.push(mount(SLACK_EVENTS_PATH, slack.requestListener));
    running.push(`slack (${slack.mode})`);
    stops.push(() => slack.stop({ graceMs: 8000 }));
  }
  if (config.discord) {
    const deps = {
      ask,
      charts,
      suggest: suggestQuestions,
      onError: (e: unknown, where: string) =>
        logger.error({ adapter: 'discord', where, err: String(e) }, 'discord failed'),
    };
    if (config.discord.publicKey) {
      const handler = createInteractionsHandler(config.discord, deps);
      routes.push(mount(DISCORD_INTERACTIONS_PATH, handler));
      running.push('discord (http interactions)');
      stops.push(() => handler.idle());
    }
    if (config.discord.token) {
      const gateway = createDiscordGateway(config.discord, deps);
      await gateway.start();
      running.push('discord (gateway)');
      stops.push(() => gateway.stop());
    }
  }
  const webOnly = running.length === 0;
  if (webOnly) {
    const web = createWebHandler({
      ask,
      charts,
      onError: (e, where) => logger.error({ adapter: 'web', where, err: String(e) }, 'web failed'),
    });
    routes.push((req, res) => web(req, res));
    running.push('web chat');
  }

  const server = createHttpServer(routes, logger);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  logger.info({ adapters: running, port }, `ind-cijfers listening on http://${host}:${port}`);
  if (webOnly) console.log(`Web chat: http://${host}:${port}/`);

  const shutdown = async (signal: string) => {
    if (draining) return;
    draining = true;
    logger.info({ signal }, 'stopping: finishing questions in flight');
    const deadline = setTimeout(() => {
      logger.error({}, 'stop took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    deadline.unref();
    await closeServer(server);
    await Promise.allSettled(stops.map((stop) => stop()));
    logger.info({}, 'stopped');
    logger.flush?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Stops accepting connections, lets requests in flight finish, closes idle keep-alive sockets. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

await main();
