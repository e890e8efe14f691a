import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadDotEnv, parseCommonConfig, parseConfig, secretValues } from '../src/config.js';
import { MAX_QUESTION_LENGTH } from '../src/engine/index.js';

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

const SLACK = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefghij',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaabbb85a5',
};

describe('configuration', () => {
  it('starts the local web chat on loopback when no platform is configured', () => {
    expect(parseConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      maxQuestionLength: MAX_QUESTION_LENGTH,
      ratePerMinute: 20,
      quickchartUrl: null,
      slack: null,
      discord: null,
    });
  });

  it('reads Slack HTTP mode and listens on all interfaces for it, unless HOST says otherwise', () => {
    const c = parseConfig({ ...SLACK, PORT: '8080' });
    expect(c.slack).toMatchObject({ botToken: SLACK.SLACK_BOT_TOKEN, appToken: null });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0' });
    expect(parseConfig({ ...SLACK, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(parseConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('treats blank values (NAME= in .env) as unset', () => {
    expect(parseConfig({ PORT: '', LOG_LEVEL: ' ', QUICKCHART_URL: '', HOST: '' })).toMatchObject({
      port: 3000,
      logLevel: 'info',
      quickchartUrl: null,
      host: '127.0.0.1',
    });
  });

  it('names every bad variable once, and never echoes a secret', () => {
    const list = problems({
      PORT: 'eighty',
      HOST: 'my host',
      LOG_LEVEL: 'loud',
      MAX_QUESTION_LENGTH: '2.5',
      RATE_LIMIT_PER_MINUTE: '-1',
      QUICKCHART_URL: 'localhost',
      SLACK_BOT_TOKEN: 'not-a-slack-token-xyz',
    });
    const named = list.map((p) => /^[A-Z_]+/.exec(p)?.[0]);
    expect(named).toEqual([
      'PORT',
      'HOST',
      'LOG_LEVEL',
      'MAX_QUESTION_LENGTH',
      'RATE_LIMIT_PER_MINUTE',
      'QUICKCHART_URL',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
    ]);
    expect(list.join('\n')).not.toContain('not-a-slack-token-xyz');
  });

  it('has one question length limit: the engine’s, as default and ceiling', () => {
    expect(parseCommonConfig({}).maxQuestionLength).toBe(MAX_QUESTION_LENGTH);
    expect(parseCommonConfig({ MAX_QUESTION_LENGTH: '200' }).maxQuestionLength).toBe(200);
    expect(problems({ MAX_QUESTION_LENGTH: String(MAX_QUESTION_LENGTH + 1) })).toEqual([
      `MAX_QUESTION_LENGTH must be a whole number from 10 to ${MAX_QUESTION_LENGTH} (got "${MAX_QUESTION_LENGTH + 1}")`,
    ]);
  });

  it('reads no Slack or Discord variable for the web chat alone', () => {
    const c = parseConfig({ SLACK_BOT_TOKEN: 'not-a-token', DISCORD_TOKEN: 'x' }, { platforms: false });
    expect(c).toMatchObject({ slack: null, discord: null, host: '127.0.0.1' });
  });

  it('names the missing Discord variables', () => {
    expect(problems({ DISCORD_TOKEN: 'x' }).join('\n')).toMatch(/DISCORD_APPLICATION_ID/);
    expect(problems({ DISCORD_APPLICATION_ID: '112233445566778899' }).join('\n')).toMatch(/DISCORD_TOKEN/);
  });
});

describe('.env', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('is read at start-up, and variables already set win', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ind-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'IND_TEST_FROM_FILE=file\nIND_TEST_SET=file\n');
    process.env.IND_TEST_SET = 'shell';
    loadDotEnv(file);
    expect(process.env.IND_TEST_FROM_FILE).toBe('file');
    expect(process.env.IND_TEST_SET).toBe('shell');
    expect(() => loadDotEnv(join(dir, 'missing.env'))).not.toThrow();
  });
});

describe('.env.example', () => {
  const example = readFileSync('.env.example', 'utf8');

  it('is itself a valid configuration (the web chat)', () => {
    expect(parseConfig(parseEnv(example)).slack).toBeNull();
  });

  it('documents every variable the code reads, each with a comment line above it', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const read = new Set<string>();
    for (const f of files) {
      const text = readFileSync(join('src', f), 'utf8');
      for (const m of text.matchAll(/env\.([A-Z][A-Z0-9_]+)|env\[['"]([A-Z][A-Z0-9_]+)['"]\]/g))
        read.add(m[1] ?? m[2]!);
      // Keys of the zod schemas that read the environment.
      if (f.endsWith('config.ts'))
        for (const m of text.matchAll(/^\s+([A-Z][A-Z0-9]*_?[A-Z0-9_]*):/gm)) read.add(m[1]!);
    }
    expect(read.size).toBeGreaterThan(15);
    const lines = example.split('\n');
    for (const name of read) {
      const i = lines.findIndex((l) => new RegExp(`^#? ?${name}=`).test(l));
      expect(i, `${name} is missing from .env.example`).toBeGreaterThan(0);
      expect(lines[i - 1], `${name} has no explanation`).toMatch(/^# \S/);
    }
  });
});

describe('the secret values the logger hides', () => {
  it('are every token, the signing secret (as set and trimmed) and passwords in URLs; nothing public', () => {
    const values = secretValues({
      SLACK_BOT_TOKEN: 'xoxb-1-2-bot',
      SLACK_APP_TOKEN: 'xapp-1-app',
      SLACK_SIGNING_SECRET: ' 0123456789abcdef0123456789abcdef\n',
      DISCORD_TOKEN: 'aaa.bbb.ccc',
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
      DISCORD_APPLICATION_ID: '112233445566778899',
      SLACK_API_URL: 'https://gw:p%40ss-word@slack.example.org/api/',
      QUICKCHART_URL: 'not a url',
      PORT: '3000',
    });
    expect(values.sort()).toEqual(
      [
        'xoxb-1-2-bot',
        'xapp-1-app',
        ' 0123456789abcdef0123456789abcdef\n',
        '0123456789abcdef0123456789abcdef',
        'aaa.bbb.ccc',
        'p%40ss-word',
        'p@ss-word',
      ].sort(),
    );
  });
});
