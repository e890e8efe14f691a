import { type ParseArgsConfig, parseArgs } from 'node:util';

type Spec = Omit<ParseArgsConfig, 'args' | 'strict'>;

/** A command's arguments: parsed, or a request for the usage, or one line saying what is wrong. */
export type CommandLine<T extends Spec> =
  | ({ kind: 'run' } & ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>>)
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/**
 * The arguments of a command (`npm run <name> -- …`), parsed strictly with node:util's parseArgs:
 * `--help`/`-h` asks for the usage, an unknown option or a missing value is an error in one line.
 */
export function readCommandLine<const T extends Spec>(config: T, args: string[]): CommandLine<T> {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  try {
    return { kind: 'run', ...parseArgs({ ...config, args, strict: true as const }) };
  } catch (err) {
    return { kind: 'error', message: (err instanceof Error ? err.message : String(err)).split('\n')[0]! };
  }
}

/**
 * readCommandLine for an entry point (every *-main.ts): the usage goes to stdout with exit 0, an
 * error to stderr as `name: message` followed by the usage, with exit 2.
 */
export function commandLine<const T extends Spec>(
  name: string,
  usage: string,
  config: T,
  args: string[] = process.argv.slice(2),
) {
  const read = readCommandLine(config, args);
  if (read.kind === 'help') {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  if (read.kind === 'error') {
    process.stderr.write(`${name}: ${read.message}\n${usage}\n`);
    process.exit(2);
  }
  return read;
}

/**
 * Output piped into a program that stops reading early (`npm run export | head`) ends the process
 * quietly, as a command-line tool should, instead of with an EPIPE stack trace.
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
