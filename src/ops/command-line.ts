import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * The arguments of a command (`npm run <name> -- …`) parsed with node:util's parseArgs, strictly:
 * `--help`/`-h` prints `usage` and exits 0; an unknown option or a missing value prints one line
 * naming it, then the usage, and exits 2. Every *-main.ts entry point reads its arguments here.
 */
export function commandLine<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  name: string,
  usage: string,
  config: T,
  args: string[] = process.argv.slice(2),
) {
  const spec = { ...config, args, strict: true as const };
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(spec);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    process.stderr.write(`${name}: ${message}\n${usage}\n`);
    process.exit(2);
  }
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
