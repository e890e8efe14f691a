import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The launcher in a copy of the project (sources copied; node_modules and data linked), so that its
 * build can be made stale without touching the checkout the other tests run from.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
let dir: string;

const launch = (...args: string[]) =>
  spawnSync(process.execPath, [join(dir, 'src', 'launch.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
/** The build's stamp: its record's mtime. */
const stamp = () => statSync(join(dir, 'dist', 'build.json')).mtimeMs;
const headline = () => {
  const run = launch('ask', '--json', 'Hoeveel naturalisatieaanvragen in 2024?');
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout).headline;
};
/** A file's mtime made now, as saving it would: after the build's. */
const touch = (file: string) => {
  const now = new Date();
  utimesSync(join(dir, file), now, now);
  expect(statSync(join(dir, file)).mtimeMs).toBeGreaterThan(stamp());
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ind-launch-'));
  for (const name of ['src', 'commands']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  for (const name of ['package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
  for (const name of ['node_modules', 'data']) symlinkSync(join(ROOT, name), join(dir, name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('src/launch.mjs', () => {
  it('builds a checkout without a build on its first run: a bundle per script, each with its map', () => {
    expect(headline()).toBe('54.780');
    for (const bundle of ['src/adapters/cli/main.js', 'src/main.js', 'src/bench/load-peers.js']) {
      expect(existsSync(join(dir, 'dist', bundle)), bundle).toBe(true);
      expect(existsSync(join(dir, 'dist', `${bundle}.map`)), bundle).toBe(true);
    }
  });

  it('runs the build as it is while no file it was made from is newer', () => {
    const built = stamp();
    touch('src/bench/load-peers.ts'); // not read by the terminal's bundle
    expect(headline()).toBe('54.780');
    expect(stamp()).toBe(built);
  });

  it('rebuilds when a source of the script is newer, and runs the new code', () => {
    const built = stamp();
    const file = join(dir, 'src', 'adapters', 'cli', 'run.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('usage: npm run ask', 'usage (edited): npm run ask'),
    );
    const run = launch('ask', '--help');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('usage (edited)');
    expect(stamp()).not.toBe(built);
  });

  it('rebuilds when a source of the script is gone, and says why the build failed', () => {
    const file = join(dir, 'src', 'adapters', 'cli', 'render.ts');
    const text = readFileSync(file, 'utf8');
    rmSync(file);
    const run = launch('ask', 'help');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('render');
    expect(run.stderr).toContain('the build failed');
    writeFileSync(file, text);
    expect(headline()).toBe('54.780');
  });

  it('clears a dist/ that tsc wrote (a module per source file) before building over it', () => {
    rmSync(join(dir, 'dist', 'build.json'));
    writeFileSync(join(dir, 'dist', '.tsbuildinfo'), '{}');
    mkdirSync(join(dir, 'dist', 'src', 'data'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'src', 'data', 'paths.js'), '');
    expect(headline()).toBe('54.780');
    expect(existsSync(join(dir, 'dist', '.tsbuildinfo'))).toBe(false);
    expect(existsSync(join(dir, 'dist', 'src', 'data', 'paths.js'))).toBe(false);
  });

  it('bundles an entry of its own beside the app on `build FILE.ts` (docs/discord.md)', () => {
    writeFileSync(join(dir, 'shard.ts'), "import { ROOT } from './src/data/paths.js';\nconsole.log(ROOT);\n");
    const build = launch('build', 'shard.ts');
    expect(build.status, build.stderr).toBe(0);
    const run = spawnSync(process.execPath, [join(dir, 'dist', 'shard.js')], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe(dir);
  });
});
