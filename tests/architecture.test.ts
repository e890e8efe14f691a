import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers, checked on the import graph of src/ as the compiler sees it: static and dynamic
 * imports, followed file to file.
 */

const ROOT = resolve('.');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What a file imports: project files (as paths from the root) and packages (by name). */
function importsOf(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const out = { files: [] as string[], packages: [] as string[] };
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2])!;
    if (!spec.startsWith('.')) {
      out.packages.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      continue;
    }
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
    out.files.push(relative(ROOT, existsSync(target) ? target : target.replace(/\.ts$/, '.mjs')));
  }
  return out;
}

/** Every file and package reachable from `start`, not looking past the files in `stopAt`. */
function reachable(start: string[], stopAt: Set<string> = new Set()) {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (stopAt.has(file)) continue;
    const found = importsOf(file);
    for (const p of found.packages) if (!packages.has(p)) packages.set(p, file);
    queue.push(...found.files);
  }
  return { files: seen, packages };
}

const engineFiles = files('src/engine');

describe('the engine', () => {
  it('reaches no platform, network, file, log or chart package, through any chain of imports', () => {
    const forbidden =
      /^(@slack\/|discord\.js|@discordjs\/|node:(http|https|net|tls|dgram|fs|child_process|worker_threads)$|fs$|http$|https$|child_process$|@napi-rs\/|quickchart-js|chart\.js|pino|pino-pretty|lru-cache)/;
    const { packages } = reachable(engineFiles);
    const offenders = [...packages]
      .filter(([name]) => forbidden.test(name))
      .map(([n, f]) => `${n} (in ${f})`);
    expect(offenders).toEqual([]);
  });

  it('reaches no adapter, app, chart, ops or file-reading data module', () => {
    const { files: reached } = reachable(engineFiles);
    const outside = [...reached].filter(
      (f) =>
        /^src\/(adapters|app|charts|ops|http|releases|bench)\//.test(f) ||
        f === 'src/data/default.ts' ||
        f === 'src/data/load.ts',
    );
    expect(outside).toEqual([]);
  });
});

describe('outside the engine', () => {
  /**
   * Known exceptions, each to be removed when the engine's front door exports what it needs: the
   * benchmark generates its questions with the engine's own question writer.
   */
  const PENDING = new Set(['src/bench/main.ts -> src/engine/suggestions.ts']);

  it('imports the engine only through its front door, src/engine/index.ts', () => {
    const outside = [...files('src'), ...files('tests')].filter(
      (f) => !f.startsWith('src/engine/') && !f.startsWith('tests/engine/'),
    );
    const deep = outside.flatMap((f) =>
      importsOf(f)
        .files.filter((t) => t.startsWith('src/engine/') && t !== 'src/engine/index.ts')
        .map((t) => `${f} -> ${t}`),
    );
    expect(deep.filter((d) => !PENDING.has(d))).toEqual([]);
    // An exception that is no longer needed is removed from the list, so the list cannot go stale.
    expect([...PENDING].filter((d) => !deep.includes(d))).toEqual([]);
  });

  it('has charts read only the answer: no catalogue, except through the engine’s front door', () => {
    const { files: reached } = reachable(files('src/charts'), new Set(['src/engine/index.ts']));
    expect([...reached].filter((f) => f.startsWith('src/data/catalog'))).toEqual([]);
  });

  it('has no adapter decide a chart: only the ask layer calls a chart provider', () => {
    const deciding = files('src/adapters').filter((f) =>
      /ChartProvider|buildChartConfig|createChartProvider|charts\/(index|config|quickchart)\.js/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(deciding).toEqual([]);
  });

  it('reads the environment only in configuration modules and entry points', () => {
    const readers = files('src').filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')));
    const allowed = (f: string) =>
      /(^|\/)(config|env|common)\.ts$|-main\.ts$|\/main\.ts$|\/run\.ts$|launch\.mjs$/.test(f);
    expect(readers.filter((f) => !allowed(f))).toEqual([]);
  });
});
