import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the engine', () => {
  it('imports no platform, network, file or chart package', () => {
    const forbidden =
      /from ['"](@slack\/|discord\.js|@discordjs\/|node:(http|https|net|fs|child_process)|fs|http|express|@napi-rs\/canvas|quickchart-js|chart\.js|pino)/;
    const offenders = files('src/engine').filter((f) => forbidden.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
