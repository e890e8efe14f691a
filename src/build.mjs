// The build: each script's entry point bundled by esbuild into one file under dist/, at its source
// path (src/adapters/cli/main.ts -> dist/src/adapters/cli/main.js), with a source map; packages stay
// outside the bundles (read from node_modules at run time). One file per entry rather than a module
// per source file: Node 20's ESM loader costs about 0.8 ms a module, and the terminal's entry reaches
// about 150. Types are checked by `npm run typecheck`, not here. esbuild itself is loaded only when a
// build is due, so checking that the build is current costs a launch one small file and a few stats.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/**
 * The app's scripts (src/launch.mjs NAME): each an entry point, then any companions, bundled beside
 * it and run by it as processes of their own.
 */
export const SCRIPTS = {
  ask: ['src/adapters/cli/main.ts'],
  start: ['src/main.ts'],
  web: ['src/adapters/web/main.ts'],
  ingest: ['src/data/ingest/main.ts'],
  export: ['src/data/export-main.ts'],
  bench: ['src/bench/main.ts'],
  'bench:load': ['src/bench/load-main.ts', 'src/bench/load-peers.ts'],
  gaps: ['src/ops/gaps-main.ts'],
  'deploy-commands': ['src/adapters/discord/deploy-main.ts'],
  'slack-manifest': ['src/adapters/slack/manifest-main.ts'],
  'whats-new': ['src/releases/whats-new-main.ts'],
};

/**
 * The build's record: each script's inputs (the source files esbuild read for its bundles, and the
 * files that make the build). Its mtime is when the build started, so a source saved during a build
 * is newer and the next run rebuilds; src/app/lexicon-cache.ts keys what it keeps beside the build
 * on it too.
 */
export const MANIFEST = join(DIST, 'build.json');
/** Raised when what dist/ holds changes; a build over another layout (or tsc's) clears dist/ first. */
const LAYOUT = 1;
const BUILD_FILES = ['src/build.mjs', 'package.json', 'tsconfig.json'];

/** Where an entry's bundle goes: under dist/ at its source path, as .js. */
export const outputOf = (entry) => join(DIST, entry.replace(/\.[cm]?[jt]s$/, '.js'));

const BIG = { bigint: true };

/**
 * Whether the build of `script` is there and no input of it is newer: only that script's inputs are
 * looked at (a source no bundle reads cannot make one stale), not every file under src/.
 */
export function isCurrent(script) {
  try {
    // bigint: Node 20 makes those Stats faster, which a launch notices over a hundred files or so.
    const built = statSync(MANIFEST, BIG).mtimeNs;
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    if (manifest.layout !== LAYOUT || JSON.stringify(manifest.scripts) !== JSON.stringify(SCRIPTS))
      return false;
    for (const entry of SCRIPTS[script]) statSync(outputOf(entry), BIG);
    for (const input of manifest.inputs[script])
      if (statSync(`${ROOT}/${input}`, BIG).mtimeNs > built) return false;
    return true;
  } catch {
    // No build yet, a deleted source or bundle, a damaged manifest: build.
    return false;
  }
}

/** Bundles are written beside and renamed into place: a process starting meanwhile reads one whole. */
function writeAtomically(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** dist/ as tsc wrote it (a module per source file) or as another layout of this build: removed. */
function clearOtherLayout() {
  let layout = null;
  try {
    layout = JSON.parse(readFileSync(MANIFEST, 'utf8')).layout;
  } catch {}
  if (existsSync(join(DIST, '.tsbuildinfo')) || (layout !== null && layout !== LAYOUT))
    rmSync(DIST, { recursive: true, force: true });
}

async function bundle(options) {
  const { build } = await import('esbuild');
  return build({
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    // The maps point at the sources beside the build rather than carrying a copy.
    sourcesContent: false,
    // Classes keep their names, which errors report (AppError's name is its class's).
    keepNames: true,
    write: false,
    metafile: true,
    logLevel: 'warning',
    ...options,
  });
}

/**
 * Builds every script, and any `extra` entry files (paths from the project root, bundled the same
 * way, e.g. a Discord shard: docs/discord.md), then writes the manifest. Returns false when the
 * build failed (esbuild has printed why).
 */
export async function buildApp(extra = []) {
  // File times come from the kernel's coarse clock, up to a tick behind Date.now(): a source saved
  // just after the start must still count as newer (one saved just before rebuilds once more).
  const started = Date.now() - 50;
  clearOtherLayout();
  const entries = [...new Set([...Object.values(SCRIPTS).flat(), ...extra])];
  let result;
  try {
    result = await bundle({ entryPoints: entries, outbase: '.', outdir: DIST });
  } catch (err) {
    // esbuild has printed its errors; anything else (esbuild not installed) is said here.
    if (!err?.errors) console.error(err?.message ?? err);
    return false;
  }
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const readBy = (entry) =>
    Object.keys(result.metafile.outputs[relative(ROOT, outputOf(entry))]?.inputs ?? {}).filter(
      // Packages are not inputs (external); esbuild's own modules are named "scheme:...".
      (input) => !/^[a-z-]+:/.test(input),
    );
  const inputs = Object.fromEntries(
    Object.entries(SCRIPTS).map(([script, files]) => [
      script,
      [...new Set([...files.flatMap(readBy), ...BUILD_FILES])].sort(),
    ]),
  );
  writeAtomically(MANIFEST, `${JSON.stringify({ layout: LAYOUT, scripts: SCRIPTS, inputs })}\n`);
  utimesSync(MANIFEST, started / 1000, started / 1000);
  return true;
}

/**
 * For scripts that use the app's modules (scripts/screenshots.mjs, scripts/known-words.mjs): the
 * app's build brought up to date (what is kept beside it is keyed on it), then `modules` (paths from
 * the project root, e.g. 'src/app/ask.ts') bundled together into dist/scripts/NAME.js, so that they
 * share one copy of what they have in common, and imported. Resolves with their namespaces, in order.
 */
export async function importSources(name, modules) {
  if (!Object.keys(SCRIPTS).every(isCurrent) && !(await buildApp()))
    throw new Error('the build failed; see the errors above');
  const file = join(DIST, 'scripts', `${name}.js`);
  const result = await bundle({
    stdin: {
      contents: modules.map((m, i) => `export * as m${i} from ${JSON.stringify(`./${m}`)};`).join('\n'),
      resolveDir: ROOT,
      sourcefile: `${name}.ts`,
      loader: 'ts',
    },
    outfile: file,
  });
  for (const output of result.outputFiles) writeAtomically(output.path, output.contents);
  const loaded = await import(pathToFileURL(file).href);
  return modules.map((_, i) => loaded[`m${i}`]);
}
