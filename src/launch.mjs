#!/usr/bin/env node
// Entry point for every npm script that runs the app: `node src/launch.mjs SCRIPT [args]` runs the
// script's bundle from dist/ (built JavaScript: a TypeScript loader would triple the cold start; see
// src/build.mjs), building first only when the build is missing or a file it was made from is newer,
// so a fresh clone and an edited checkout both just work. `node src/launch.mjs build [entry.ts ...]`
// builds unconditionally, with any further entry files bundled the same way.
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp, isCurrent, outputOf, ROOT, SCRIPTS } from './build.mjs';

/**
 * Stack traces name the TypeScript sources, except in the terminal's questions, whose start is what
 * `npm run bench` times and reading the map would cost ~15 ms (NODE_OPTIONS=--enable-source-maps
 * turns them on there too).
 */
const WITHOUT_SOURCE_MAPS = new Set(['ask']);

async function build(extra = []) {
  if (!(await buildApp(extra))) {
    console.error('ind-cijfers: the build failed; see the errors above.');
    process.exit(1);
  }
}

const [name, ...rest] = process.argv.slice(2);
if (name === 'build') {
  const extra = rest.map((file) => relative(ROOT, resolve(file)));
  const outside = extra.find((file) => file.startsWith('..'));
  if (outside) {
    console.error(`ind-cijfers: ${outside} is not in the project; entries are bundled from inside it.`);
    process.exit(2);
  }
  await build(extra);
} else if (!Object.hasOwn(SCRIPTS, name ?? '')) {
  console.error(`usage: node src/launch.mjs <${Object.keys(SCRIPTS).join('|')}|build> [args]`);
  process.exit(2);
} else {
  if (!isCurrent(name)) await build();
  if (!WITHOUT_SOURCE_MAPS.has(name)) process.setSourceMapsEnabled(true);
  const entry = outputOf(SCRIPTS[name][0]);
  process.argv = [process.argv[0], entry, ...rest];
  await import(pathToFileURL(entry).href);
}
