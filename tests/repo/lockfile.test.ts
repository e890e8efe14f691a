import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8'));

/**
 * `npm install` on a fresh clone rewrites package-lock.json when its root entry disagrees with
 * package.json (a dependency added, removed or re-ranged by hand). Kept in step, the lock file stays
 * as committed: checked by cloning to /tmp, `npm install`, `git status` (clean), and pinned here.
 */
describe('package-lock.json', () => {
  const pkg = read('package.json');
  const lock = read('package-lock.json');
  const root = lock.packages[''];

  it('names the package and version package.json does', () => {
    expect([lock.name, lock.version, root.name, root.version]).toEqual([
      pkg.name,
      pkg.version,
      pkg.name,
      pkg.version,
    ]);
    expect(lock.lockfileVersion).toBe(3);
  });

  it('records exactly the dependencies and ranges of package.json', () => {
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    expect(root.engines ?? {}).toEqual(pkg.engines ?? {});
  });

  it('resolves every direct dependency', () => {
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)])
      expect(lock.packages[`node_modules/${name}`]?.version, name).toMatch(/^\d+\.\d+\.\d+/);
  });
});
