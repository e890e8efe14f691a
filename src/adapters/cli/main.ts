import { createTerminalAsk } from '../../app/terminal-ask.js';
import { parseCommonConfig } from '../../config/common.js';
import { loadDotEnv } from '../../config/env.js';
import { exitQuietlyOnBrokenPipe } from '../../ops/command-line.js';
import { runCli } from './run.js';

/** `npm run ask`: see run.ts. The configuration is read first; a bad variable stops with one line. */
exitQuietlyOnBrokenPipe();
let config: ReturnType<typeof parseCommonConfig>;
try {
  loadDotEnv();
  config = parseCommonConfig(process.env);
} catch (err) {
  process.stderr.write(`ask: ${(err as Error).message}\n`);
  process.exit(2);
}

process.exitCode = await runCli(process.argv.slice(2), {
  makeAsk: (options) => createTerminalAsk(config, options),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
