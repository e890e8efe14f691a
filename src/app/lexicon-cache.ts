import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from '../data/paths.js';
import {
  compileLexicon,
  fromSnapshot,
  type Lexicon,
  type LexiconSnapshot,
  toSnapshot,
} from '../engine/index.js';

/**
 * The compiled lexicon, from a snapshot kept beside the build when it is of the current build (its
 * stamp is the build record's mtime, src/build.mjs), else compiled (and the snapshot written).
 * Compiling costs a terminal question ~70 ms, restoring ~15. Running from the sources (tests) it
 * always compiles, so nothing stale can be read.
 */
export function cachedLexicon(): Lexicon {
  if (!BUILD_DIR) return compileLexicon();
  const file = join(BUILD_DIR, 'lexicon-snapshot.json');
  let stamp: number;
  try {
    stamp = statSync(join(BUILD_DIR, 'build.json')).mtimeMs;
  } catch {
    return compileLexicon();
  }
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { stamp: number; lexicon: LexiconSnapshot };
    if (saved.stamp === stamp && saved.lexicon.version === 2) return fromSnapshot(saved.lexicon);
  } catch {
    // No snapshot yet, or one from another build: compile below.
  }
  const lexicon = compileLexicon();
  try {
    writeFileSync(file, JSON.stringify({ stamp, lexicon: toSnapshot(lexicon) }));
  } catch {
    // A read-only install still answers, only a little slower.
  }
  return lexicon;
}
