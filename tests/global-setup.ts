import { spawnSync } from 'node:child_process';

/**
 * Several tests run the app as a user would, through src/launch.mjs, which compiles first when a
 * source is newer than the build. Building once here keeps parallel test workers from compiling
 * at the same time.
 */
export default function setup(): void {
  const run = spawnSync(process.execPath, ['src/launch.mjs', 'ask', '--json', 'help'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the build failed before the tests:\n${run.stderr}`);
}
