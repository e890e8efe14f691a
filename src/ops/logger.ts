import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/** Token shapes of Slack (xoxb-, xapp-) and Discord (three dot-separated base64 parts). */
const SECRET = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|[\w-]{23,}\.[\w-]{6,}\.[\w-]{25,})\b/g;

/** Masks anything shaped like a token, whatever the message it ended up in. */
export const scrub = (text: string): string => text.replace(SECRET, '[redacted]');

const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'publicKey',
  'secret',
  '*.token',
  '*.secret',
  'headers.authorization',
  'req.headers.authorization',
  'config.botToken',
  'config.token',
];

/**
 * Structured logs: JSON lines for machines, readable lines in a terminal. Known secret fields are
 * redacted by path and token-shaped strings are masked in messages.
 */
export function createLogger(
  options: { level?: string; pretty?: boolean; destination?: NodeJS.WritableStream } = {},
): Logger {
  const stream = options.pretty
    ? pretty({
        colorize: true,
        translateTime: 'HH:MM:ss',
        ignore: 'pid,hostname',
        destination: options.destination ?? 1,
      })
    : (options.destination ?? pino.destination(1));
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
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
  info: (message: string) => logger.info({ adapter }, scrub(message)),
  warn: (message: string) => logger.warn({ adapter }, scrub(message)),
  error: (message: string) => logger.error({ adapter }, scrub(message)),
});
