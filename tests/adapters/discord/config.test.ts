import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISCORD_API_URL,
  DiscordConfigError,
  hasDiscordConfig,
  parseDiscordConfig,
  requireToken,
} from '../../../src/adapters/discord/config.js';

const TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '112233445566778899';
const KEY = 'a'.repeat(64);

function problems(env: Record<string, string>): string[] {
  try {
    parseDiscordConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(DiscordConfigError);
    return (error as DiscordConfigError).problems;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseDiscordConfig', () => {
  it('reads a gateway bot configuration with the defaults filled in', () => {
    expect(parseDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP })).toEqual({
      token: TOKEN,
      applicationId: APP,
      guildId: null,
      publicKey: null,
      apiUrl: DEFAULT_DISCORD_API_URL,
    });
  });

  it('accepts the HTTP endpoint alone: public key and application id, no token', () => {
    const config = parseDiscordConfig({ DISCORD_PUBLIC_KEY: KEY.toUpperCase(), DISCORD_APPLICATION_ID: APP });
    expect(config.token).toBeNull();
    expect(config.publicKey).toBe(KEY);
    expect(() => requireToken(config, 'npm run deploy-commands')).toThrow(/DISCORD_TOKEN is missing/);
  });

  it('treats blank variables as unset and trims values', () => {
    const config = parseDiscordConfig({
      DISCORD_TOKEN: ` ${TOKEN} `,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: '',
      DISCORD_PUBLIC_KEY: '  ',
    });
    expect(config).toMatchObject({ token: TOKEN, guildId: null, publicKey: null });
  });

  it('accepts DISCORD_API_URL with or without the API version', () => {
    for (const url of [
      'http://127.0.0.1:9999/api',
      'http://127.0.0.1:9999/api/',
      'http://127.0.0.1:9999/api/v10',
    ]) {
      expect(
        parseDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: url })
          .apiUrl,
      ).toBe('http://127.0.0.1:9999/api');
    }
  });

  it('names every missing variable and where to find it', () => {
    const found = problems({});
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^DISCORD_APPLICATION_ID is missing: .*Developer Portal/);
    expect(found[1]).toMatch(/^DISCORD_TOKEN is missing: .*Developer Portal.*Bot/);
  });

  it('names the variable that is malformed, without echoing its value', () => {
    const found = problems({
      DISCORD_TOKEN: 'client-secret-pasted-by-mistake',
      DISCORD_APPLICATION_ID: 'my-app',
      DISCORD_GUILD_ID: '12',
      DISCORD_PUBLIC_KEY: 'xyz',
      DISCORD_API_URL: 'ftp://example',
    });
    expect(found.map((p) => p.split(' ')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_PUBLIC_KEY',
      'DISCORD_API_URL',
    ]);
    expect(found.join('\n')).not.toContain('client-secret-pasted-by-mistake');
  });

  it('tells whether the operator meant to run Discord at all', () => {
    expect(hasDiscordConfig({})).toBe(false);
    expect(hasDiscordConfig({ DISCORD_GUILD_ID: APP, DISCORD_TOKEN: ' ' })).toBe(false);
    expect(hasDiscordConfig({ DISCORD_PUBLIC_KEY: KEY })).toBe(true);
  });
});
