import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Logger, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Ask } from '../../contract/ask.js';
import { StartupError } from '../../errors.js';
import { createReplayGuard } from '../shared/replay-guard.js';
import { uploadPng } from './chart.js';
import type { SlackConfig } from './config.js';
import { registerHandlers } from './handlers.js';
import { errorText, type SlackLogger } from './reply.js';
import { createSlackRequestGuard } from './request-guard.js';
import { createResponder } from './response-url.js';

export {
  hasSlackConfig,
  parseSlackConfig,
  type SlackConfig,
  SlackConfigError,
  SlackConfigSchema,
} from './config.js';

/** Where Slack sends slash commands, events and button clicks in HTTP mode (one URL for all three). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackDeps {
  ask: Ask;
  logger?: SlackLogger;
  /** For posting to response_urls; global fetch by default. */
  fetch?: typeof fetch;
}

export interface SlackAdapter {
  mode: 'socket' | 'http';
  /**
   * HTTP mode: answers POST /slack/events (signature, strict timestamp and replays checked), 404 for any other path, 503
   * before start() and after stop(). Mount it on the shared server; null in Socket Mode.
   */
  requestListener: ((req: IncomingMessage, res: ServerResponse) => void) | null;
  /**
   * Checks the bot token with Slack (auth.test) and starts taking questions (Socket Mode also
   * connects). Rejects with a message naming the variable when Slack refuses a token.
   */
  start(): Promise<void>;
  /** Stops taking questions, lets those in flight finish (up to `graceMs`), then disconnects. */
  stop(options?: { graceMs?: number }): Promise<void>;
}

const consoleLogger: SlackLogger = {
  info: (m) => console.info(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

/** Bolt's logger interface over ours; Bolt's debug output (request bodies) is dropped. */
function boltLogger(logger: SlackLogger): Logger {
  const join = (parts: unknown[]) =>
    `slack: ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`;
  return {
    debug: () => {},
    info: (...m: unknown[]) => logger.info(join(m)),
    warn: (...m: unknown[]) => logger.warn(join(m)),
    error: (...m: unknown[]) => logger.error(join(m)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

/** Payloads from Slack are a few kilobytes; anything near this is not from Slack. */
const BODY_LIMIT = 1024 * 1024;

const SETTINGS = 'https://api.slack.com/apps';

/** A start-up failure explained in terms of the variable to fix. */
function startError(error: unknown, config: SlackConfig, step: 'token' | 'socket'): StartupError {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code && /auth|token|revoked|inactive|not_allowed/.test(code)) {
    return new StartupError(
      step === 'token'
        ? `SLACK_BOT_TOKEN was refused by Slack (${code}): copy the Bot User OAuth Token (xoxb-…) again from ${SETTINGS} → your app → OAuth & Permissions, and reinstall the app if it was removed`
        : `SLACK_APP_TOKEN was refused by Slack (${code}): create an app-level token with the connections:write scope at ${SETTINGS} → your app → Basic Information → App-Level Tokens, and enable Socket Mode`,
      { cause: error },
    );
  }
  return new StartupError(
    `Slack could not be reached at ${config.apiUrl} (${errorText(error)}); check the network or SLACK_API_URL`,
    { cause: error },
  );
}

/**
 * The Slack app: /ind, mentions, DMs and suggestion buttons answered through `deps.ask`. Socket
 * Mode when the configuration has an app token, otherwise HTTP mode at /slack/events.
 */
export function createSlackAdapter(config: SlackConfig, deps: SlackDeps): SlackAdapter {
  const logger = deps.logger ?? consoleLogger;
  const log = boltLogger(logger);
  const mode = config.appToken ? 'socket' : 'http';
  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger: log,
        installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
      })
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? '',
        endpoints: SLACK_EVENTS_PATH,
        logger: log,
        bodyLimit: BODY_LIMIT,
      });
  const app = new App({
    token: config.botToken,
    receiver,
    logger: log,
    // auth.test runs in start(), where a bad token can stop start-up with a clear message.
    deferInitialization: true,
    // Bolt's conversation store runs on every event; follow-up context lives in the ask layer.
    convoStore: false,
    clientOptions: {
      slackApiUrl: config.apiUrl,
      // The client's default keeps retrying for half an hour; a chat answer is stale long before.
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
      timeout: 10_000,
    },
  });
  app.error(async (error) => logger.error(`slack: ${errorText(error)}`));

  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): Promise<void> => {
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  };
  const responder = createResponder({ fetch: deps.fetch });
  registerHandlers(app, {
    ask: deps.ask,
    respond: responder.post,
    upload: (png, alt) => uploadPng(app.client, png, alt),
    logger,
    responseType: config.responseType,
    track,
  });

  let accepting = false;
  // Strict timestamps and replays are checked here, before Bolt, whose own check misses both.
  const guard = createSlackRequestGuard({
    signingSecret: config.signingSecret ?? '',
    bodyLimit: BODY_LIMIT,
    replays: createReplayGuard(),
    onReplay: (age) =>
      logger.warn(`slack: replayed request ignored (signed ${age} s ago); not answered again`),
    onRefused: (reason) => logger.warn(`slack: request refused with 401 (${reason})`),
  });
  const requestListener =
    receiver instanceof HTTPReceiver
      ? (req: IncomingMessage, res: ServerResponse) => {
          if (!accepting) {
            res.writeHead(503, { 'Retry-After': '5' }).end();
            return;
          }
          const toBolt = () => {
            try {
              receiver.requestListener(req, res);
            } catch {
              // Bolt throws for paths it does not serve, so a shared server can route elsewhere.
              if (!res.headersSent) res.writeHead(404).end();
            }
          };
          if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== SLACK_EVENTS_PATH)
            return toBolt();
          return guard(req, res).then((admitted) => (admitted ? toBolt() : undefined));
        }
      : null;

  return {
    mode,
    requestListener,
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw startError(error, config, 'token');
      }
      if (mode === 'socket') {
        try {
          await app.start();
        } catch (error) {
          throw startError(error, config, 'socket');
        }
      }
      accepting = true;
    },
    async stop(options = {}) {
      accepting = false;
      const grace = new Promise((resolve) => setTimeout(resolve, options.graceMs ?? 8000).unref());
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      if (mode === 'socket') await app.stop().catch((e: unknown) => logger.warn(`slack: ${errorText(e)}`));
    },
  };
}
