import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * Shapes of secrets that can end up inside a message or an error string: Slack tokens (xoxb-,
 * xapp-...), Discord bot tokens (three dot-separated base64 parts), and the URLs that carry a
 * credential in their path (Slack response_urls and webhooks, Discord interaction webhooks).
 */
const SECRETS: [RegExp, string][] = [
  [/\b(xox[abposre]-[\w-]+|xapp-[\w-]+)/g, '[redacted]'],
  [/\b[\w-]{23,}\.[\w-]{6,}\.[\w-]{25,}\b/g, '[redacted]'],
  [
    /(hooks\.slack(?:-gov)?\.com\/(?:commands|actions|services|workflows|triggers)\/)[^\s"')]+/g,
    '$1[redacted]',
  ],
  [/(\/webhooks\/\d+\/)[^\s/"')]+/g, '$1[redacted]'],
];

/** Masks anything shaped like a token or a credential-bearing URL, whatever the text it ended up in. */
export function scrub(text: string): string {
  let out = text;
  for (const [shape, replacement] of SECRETS) out = out.replace(shape, replacement);
  return out;
}

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

/** String values in a log line's fields pass through scrub(); nested objects one level down too. */
function scrubFields(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') out[key] = scrub(value);
    else if (value instanceof Error)
      out[key] = { type: value.name, message: scrub(value.message), stack: scrub(value.stack ?? '') };
    else if (depth < 1 && value && typeof value === 'object' && !Array.isArray(value))
      out[key] = scrubFields(value as Record<string, unknown>, depth + 1);
    else out[key] = value;
  }
  return out;
}

export interface LoggerOptions {
  level?: string;
  /** Human-readable lines (a terminal); JSON lines otherwise (files, log collectors, `npm run gaps`). */
  pretty?: boolean;
  /** Standard output by default; tests pass a memory stream, the load benchmark /dev/null. */
  destination?: DestinationStream;
}

/**
 * Structured logs: JSON lines for machines, readable lines in a terminal. Known secret fields are
 * redacted by name, and token-shaped strings are masked in messages and field values alike, so an
 * error that quotes a URL or a token does not leak it.
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
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { log: (fields) => scrubFields(fields) },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>,
          );
        },
      },
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
