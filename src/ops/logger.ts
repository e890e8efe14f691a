import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { createRedactor } from './redact.js';

export { scrub } from './redact.js';

/** Field names whose values are secrets, wherever they appear (one or two levels deep). */
const SECRET_FIELDS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'publicKey',
  'secret',
  'password',
  'authorization',
];
const REDACT = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((f) => `*.${f}`),
  'headers.authorization',
  'req.headers.authorization',
];

/**
 * Errors in any field become {type, message, stack} (pino serializes only `err` so), so their text
 * reaches the log, and with it the redaction below.
 */
function errorsAsObjects(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields))
    out[key] =
      value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Human-readable lines (a terminal); JSON lines otherwise (files, log collectors, `npm run gaps`). */
  pretty?: boolean;
  /** Standard output by default; tests pass a memory stream, the load benchmark /dev/null. */
  destination?: DestinationStream;
  /** Values never to appear in the output (tokens, signing secrets): see secretValues() in config.ts. */
  secrets?: Iterable<string>;
}

/**
 * Structured logs: JSON lines for machines, readable lines in a terminal. Known secret fields are
 * redacted by name; then every string of every line, at every level, is redacted by value (the
 * configured secrets) and by shape (tokens, credential-bearing URLs) before it is written or
 * pretty-printed, so a secret pasted into a question or quoted in an error does not leak.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const stream = options.pretty
    ? pretty({
        colorize: true,
        translateTime: 'HH:MM:ss',
        ignore: 'pid,hostname',
        destination: (options.destination as NodeJS.WritableStream | undefined) ?? 1,
      })
    : (options.destination ?? pino.destination(1));
  const redact = createRedactor(options.secrets);
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { log: errorsAsObjects },
      hooks: { streamWrite: redact.jsonLine },
    },
    stream,
  );
}

/** The small {info, warn, error}(message) interface the adapters log through. */
export const adapterLogger = (logger: Logger, adapter: string) => ({
  info: (message: string) => logger.info({ adapter }, message),
  warn: (message: string) => logger.warn({ adapter }, message),
  error: (message: string) => logger.error({ adapter }, message),
});

/** An onError(error, where) callback, as the Discord and web adapters take, over the logger. */
export const errorReporter =
  (logger: Logger, adapter: string) =>
  (error: unknown, where: string): void =>
    logger.error({ adapter, where, err: error instanceof Error ? error.message : String(error) }, 'failed');
