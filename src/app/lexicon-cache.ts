import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compileLexicon,
  fromSnapshot,
  type Lexicon,
  type LexiconSnapshot,
  toSnapshot,
} from '../engine/index.js';

/** Beside the build: dist/src/app/ -> dist/. */
const DIST = new URL('../../', import.meta.url);
const FILE = fileURLToPath(new URL('lexicon-snapshot.json', DIST));
const STAMP = fileURLToPath(new URL('.tsbuildinfo', DIST));

/**
 * The compiled lexicon, from a snapshot kept beside the build when it is as new as the build, else
 * compiled (and the snapshot written). Compiling costs a terminal question ~70 ms, restoring ~15.
 * Running from the sources (tests) it always compiles, so nothing stale can be read.
 */
export function cachedLexicon(): Lexicon {
  let stamp: number;
  try {
    if (!import.meta.url.includes('/dist/')) return compileLexicon();
    stamp = statSync(STAMP).mtimeMs;
  } catch {
    return compileLexicon();
  }
  try {
    const saved = JSON.parse(readFileSync(FILE, 'utf8')) as { stamp: number; lexicon: LexiconSnapshot };
    if (saved.stamp === stamp && saved.lexicon.version === 2) return fromSnapshot(saved.lexicon);
  } catch {
    // No snapshot yet, or one from another build: compile below.
  }
  const lexicon = compileLexicon();
  try {
    writeFileSync(FILE, JSON.stringify({ stamp, lexicon: toSnapshot(lexicon) }));
  } catch {
    // A read-only install still answers, only a little slower.
  }
  return lexicon;
}
