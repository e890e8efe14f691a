import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePng } from '../charts/decode.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ind-shots-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const size = async (path: string) => {
  const img = await decodePng(new Uint8Array(readFileSync(path)));
  return [img.width, img.height];
};

describe('scripts/screenshots.mjs', () => {
  it('draws the README’s pictures again, at the sizes committed in docs/images', async () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'screenshots.mjs'), dir], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    for (const name of ['chart.png', 'web-chat.png', 'web-chat-phone.png'])
      expect(await size(join(dir, name)), name).toEqual(await size(join(ROOT, 'docs', 'images', name)));
    expect(await size(join(dir, 'chart.png'))).toEqual([1280, 720]);
  }, 60_000);
});
