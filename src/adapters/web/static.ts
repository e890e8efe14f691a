import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { ROOT } from '../../data/paths.js';
import { send, sendError } from './http.js';

/** Served from the source tree, so `npm run web` from dist/ and the tests from src/ share one copy. */
export const PUBLIC_DIR = join(ROOT, 'src', 'adapters', 'web', 'public');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page's files, by the exact names found in the folder at start-up. A request can only ever name
 * one of these, so no spelling of "../" (raw, %2e%2e, %2f, backslashes) can reach another file.
 */
export class StaticFiles {
  readonly #names: ReadonlySet<string>;

  constructor(readonly dir: string = PUBLIC_DIR) {
    this.#names = new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && TYPES[extname(entry.name)])
        .map((entry) => entry.name),
    );
  }

  has(name: string): boolean {
    return this.#names.has(name);
  }

  /** The named file's bytes (one of the set). */
  read(name: string): Promise<Buffer> {
    if (!this.#names.has(name)) throw new Error(`${name} is not one of the page's files`);
    return readFile(join(this.dir, name));
  }

  /** Sends the named file; a name outside the set gets a 404. */
  async serve(res: ServerResponse, name: string, headOnly: boolean): Promise<void> {
    if (!this.#names.has(name)) {
      await sendError(res, { code: 'not_found', message: 'No such file.' });
      return;
    }
    // Read on every request: the files are small, and an edited page shows up on reload.
    const body = await readFile(join(this.dir, name));
    await send(
      res,
      200,
      { 'Content-Type': TYPES[extname(name)]!, 'Cache-Control': 'no-cache' },
      body,
      headOnly,
    );
  }
}
