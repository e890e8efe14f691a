import { parseArgs } from 'node:util';
import { createChartProvider } from '../charts/index.js';
import { type AppConfig, ConfigError, loadDotEnv, parseConfig, secretValues } from '../config.js';
import { DatasetError, loadDataset } from '../data/load.js';
import { createEngine, type Engine } from '../engine/index.js';
import { StartupError } from '../errors.js';
import { createLogger } from '../ops/logger.js';
import { installProcessHandlers } from '../ops/process.js';
import { cachedLexicon } from './lexicon-cache.js';
import { type RunningApp, startApp } from './start.js';

/** The whole stop, graceful part included, fits in this; past it the process exits regardless. */
const STOP_DEADLINE_MS = 10_000;
/** Time given to questions in flight, leaving room to close connections and flush the logs. */
const GRACE_MS = 8000;

/** Start-up problems an operator fixes in the environment: one line each, no stack trace. */
function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

function readConfig(platforms: boolean): AppConfig {
  try {
    loadDotEnv();
    return parseConfig(process.env, { platforms });
  } catch (err) {
    if (err instanceof ConfigError)
      fail([err.message, 'See .env.example for every variable and where to get it.']);
    // A malformed .env (process.loadEnvFile) is a configuration problem too.
    fail([`ind-cijfers: .env could not be read (${(err as Error).message})`]);
  }
}

/** Validated once, before taking questions: a bad record stops start-up naming the file and line. */
function engineOverDataset(): Engine {
  try {
    return createEngine(loadDataset(), { lexicon: cachedLexicon() });
  } catch (err) {
    if (err instanceof DatasetError) fail([`ind-cijfers: the dataset is invalid: ${err.message}`]);
    throw err;
  }
}

/**
 * The server process of `npm start` (every adapter the configuration asks for; the web chat when it
 * asks for none) and of `npm run web` (`platforms: false`: the web chat alone, whatever is set for
 * Slack or Discord). One HTTP server either way; stops gracefully on SIGINT/SIGTERM within 10 s.
 */
export async function runServer(options: { platforms: boolean; usage: string }): Promise<void> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, strict: false });
  if (values.help) {
    console.log(options.usage);
    return;
  }
  const config = readConfig(options.platforms);
  const logger = createLogger({
    level: config.logLevel,
    pretty: Boolean(process.stdout.isTTY),
    secrets: secretValues(process.env),
  });
  installProcessHandlers(logger);
  const engine = engineOverDataset();

  let app: RunningApp;
  try {
    app = await startApp(config, {
      answer: engine.answer,
      suggest: engine.suggest,
      charts: createChartProvider({ quickchartUrl: config.quickchartUrl }),
      logger,
    });
  } catch (err) {
    if (err instanceof StartupError) fail([`ind-cijfers could not start: ${err.message}`]);
    throw err;
  }
  logger.info({ adapters: app.adapters, port: app.port }, `ind-cijfers listening on ${app.url}`);
  if (app.adapters.includes('web chat')) console.log(`Web chat: ${app.url}/`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A second Ctrl-C means now.
      logger.warn({ signal }, 'stopping at once');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing questions in flight');
    setTimeout(() => {
      logger.error({}, `stop took longer than ${STOP_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    await app.stop({ graceMs: GRACE_MS });
    logger.info({}, 'stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
