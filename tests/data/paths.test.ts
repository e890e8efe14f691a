import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR, locate, ROOT } from '../../src/data/paths.js';

describe('where the code runs from', () => {
  it('is the sources in the tests: the root is two folders up, and there is no build folder', () => {
    expect(ROOT).toBe(resolve(import.meta.dirname, '..', '..'));
    expect(BUILD_DIR).toBeNull();
  });

  it('finds the root above dist/ from a bundle at any depth', () => {
    for (const bundle of ['dist/src/adapters/cli/main.js', 'dist/src/main.js', 'dist/scripts/x.js'])
      expect(locate(join('/p', bundle))).toEqual({ root: '/p', buildDir: '/p/dist' });
  });

  it('is not misled by a folder named dist above the project', () => {
    expect(locate('/srv/dist/p/src/data/paths.ts')).toEqual({ root: '/srv/dist/p', buildDir: null });
    expect(locate('/srv/dist/p/dist/src/main.js')).toEqual({
      root: '/srv/dist/p',
      buildDir: '/srv/dist/p/dist',
    });
  });
});
