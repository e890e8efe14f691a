import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.join('\n');
    throw err;
  }
  return '';
};

describe('configuration', () => {
  it('starts the local web chat on loopback when no platform is configured', () => {
    expect(parseConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      slack: null,
      discord: null,
      maxQuestionLength: 500,
      ratePerMinute: 20,
    });
  });

  it('reads Slack HTTP mode and listens on all interfaces for it', () => {
    const c = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefghij',
      SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaabbb85a5',
      PORT: '8080',
    });
    expect(c.slack).toMatchObject({ botToken: 'xoxb-1111-2222-abcdefghij', appToken: null });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0' });
  });

  it('names every bad variable, and never echoes a secret', () => {
    const text = problems({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      RATE_LIMIT_PER_MINUTE: '-1',
      SLACK_BOT_TOKEN: 'not-a-slack-token-xyz',
    });
    expect(text).toMatch(/PORT/);
    expect(text).toMatch(/LOG_LEVEL/);
    expect(text).toMatch(/RATE_LIMIT_PER_MINUTE/);
    expect(text).toMatch(/SLACK_SIGNING_SECRET/);
    expect(text).not.toContain('not-a-slack-token-xyz');
  });

  it('names the missing Discord variable', () => {
    expect(problems({ DISCORD_TOKEN: 'x' })).toMatch(/DISCORD_APPLICATION_ID/);
  });

  it('rejects a QUICKCHART_URL that is not a URL', () => {
    expect(problems({ QUICKCHART_URL: 'localhost' })).toMatch(/QUICKCHART_URL/);
  });
});
