import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run export` as a user runs it: the compiled command, through a shell when piped. */
const shell = (command: string) =>
  spawnSync('bash', ['--norc', '--noprofile', '-c', `set -o pipefail; ${command}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH },
  });

describe('npm run export', () => {
  it('exits quietly when its reader stops early (npm run export | head): no stack trace, exit 0', () => {
    // The table is far larger than a pipe's buffer, so the export is still writing when head exits.
    for (const args of ['', '--format json --history']) {
      const run = shell(`node src/launch.mjs export ${args} | head -n 2`);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')).toHaveLength(3);
    }
    const csv = shell('node src/launch.mjs export | head -n 1');
    expect(csv.stdout).toBe(
      'series,label_nl,label_en,period,value,unit,reason,publication,file,line,current\n',
    );
  });

  it('prints its usage for --help and -h, on stdout, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = spawnSync(process.execPath, ['src/launch.mjs', 'export', flag], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        /^usage: npm run export -- \[--format csv\|json\] \[--history\] \[--verbose\]\n/,
      );
      expect(run.stdout).toContain('--history');
      // Only the usage: no table after it.
      expect(run.stdout).not.toContain('series,label_nl');
    }
  });

  it('refuses a bad --format with a one-line reason and the usage, exit 2', () => {
    const run = spawnSync(process.execPath, ['src/launch.mjs', 'export', '--format', 'xml'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('export: --format must be csv or json (got "xml")');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
