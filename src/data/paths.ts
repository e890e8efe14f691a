import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root, and the build's folder (where what is kept beside the build goes) or null, for
 * code at `file`: the sources (tests), where this module is src/data/paths.ts, or the build, where it
 * is part of a bundle somewhere under dist/ (dist/src/adapters/cli/main.js, dist/scripts/x.js), and
 * dist/ is in the root.
 */
export function locate(file: string): { root: string; buildDir: string | null } {
  const inBuild = file.lastIndexOf(`${sep}dist${sep}`);
  if (file.endsWith(join(sep, 'src', 'data', 'paths.ts')) || inBuild < 0)
    return { root: join(dirname(file), '..', '..'), buildDir: null };
  const root = file.slice(0, inBuild);
  return { root, buildDir: join(root, 'dist') };
}

const here = locate(fileURLToPath(import.meta.url));
export const ROOT = here.root;
export const BUILD_DIR = here.buildDir;
export const DATA_DIR = join(ROOT, 'data');
export const FIGURES_FILE = join(DATA_DIR, 'figures.json');
