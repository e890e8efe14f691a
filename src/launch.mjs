#!/usr/bin/env node
// Entry point for every npm script that runs the app. It runs the compiled JavaScript (a TypeScript
// loader would triple the cold start) and rebuilds first only when a source file is newer than the
// build, so a fresh clone and an edited checkout both just work.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.tsbuildinfo');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  let built = 0;
  try {
    built = statSync(stamp).mtimeMs;
  } catch {}
  const sources = Math.max(newestSource(join(root, 'src')), newestSource(join(root, 'commands')));
  if (built >= sources) return;
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error('ind-cijfers: the TypeScript build failed; see the errors above.');
    process.exit(1);
  }
}

const entries = {
  ask: 'src/adapters/cli/main.js',
  start: 'src/main.js',
  web: 'src/adapters/web/main.js',
  ingest: 'src/data/ingest/main.js',
  export: 'src/data/export-main.js',
  bench: 'src/bench/main.js',
  'bench:load': 'src/bench/load-main.js',
  gaps: 'src/ops/gaps-main.js',
  'deploy-commands': 'src/adapters/discord/deploy-main.js',
  'slack-manifest': 'src/adapters/slack/manifest-main.js',
  'whats-new': 'src/releases/whats-new-main.js',
};

const [name, ...rest] = process.argv.slice(2);
const entry = entries[name];
if (!entry) {
  console.error(`usage: node src/launch.mjs <${Object.keys(entries).join('|')}> [args]`);
  process.exit(2);
}
buildIfStale();
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(join(root, 'dist', entry)).href);
