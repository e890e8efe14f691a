import { describe, expect, it } from 'vitest';
import {
  hasSlackConfig,
  parseSlackConfig,
  SlackConfigError,
  SlackConfigSchema,
} from '../../../src/adapters/slack/config.js';

const BOT = 'xoxb-1234567890-abcdefghijkl';
const APP = 'xapp-1-A0123-456-abcdef0123456789';
const SECRET = '0123456789abcdef0123456789abcdef';

const problems = (env: NodeJS.ProcessEnv): string[] => {
  try {
    parseSlackConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SlackConfigError);
    return (error as SlackConfigError).problems;
  }
  throw new Error('expected a configuration error');
};

describe('Slack configuration', () => {
  it('HTTP mode: bot token and signing secret, with defaults for the rest', () => {
    const config = parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(config).toEqual({
      botToken: BOT,
      signingSecret: SECRET,
      appToken: null,
      apiUrl: 'https://slack.com/api/',
      responseType: 'in_channel',
    });
    expect(SlackConfigSchema.parse(config)).toEqual(config);
  });

  it('Socket Mode: an app token, no signing secret needed', () => {
    const config = parseSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: '' });
    expect(config.appToken).toBe(APP);
    expect(config.signingSecret).toBeNull();
  });

  it('reads the optional settings, and gives the API URL the trailing slash the client needs', () => {
    const config = parseSlackConfig({
      SLACK_BOT_TOKEN: ` ${BOT}\n`,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: 'https://slack-gov.com/api',
      SLACK_RESPONSE_TYPE: 'ephemeral',
    });
    expect(config).toMatchObject({
      botToken: BOT,
      apiUrl: 'https://slack-gov.com/api/',
      responseType: 'ephemeral',
    });
  });

  it('names each missing variable and where to get it', () => {
    const [bot, secret] = problems({});
    expect(bot).toMatch(/^SLACK_BOT_TOKEN is missing: .*api\.slack\.com\/apps.*OAuth & Permissions/);
    expect(secret).toMatch(
      /^SLACK_SIGNING_SECRET is missing .*Basic Information.*Signing Secret.*SLACK_APP_TOKEN/,
    );
  });

  it('catches a token pasted into the wrong variable, without repeating the token', () => {
    const found = problems({ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: BOT });
    expect(found.join('\n')).toMatch(/SLACK_BOT_TOKEN must be a bot token starting with xoxb-/);
    expect(found.join('\n')).toMatch(
      /SLACK_APP_TOKEN must be an app-level token starting with xapp-.*connections:write/,
    );
    for (const p of found) {
      expect(p).not.toContain(APP);
      expect(p).not.toContain(BOT);
    }
  });

  it.each([
    ['SLACK_API_URL', 'slack.com/api', /^SLACK_API_URL must be an http\(s\) URL/],
    ['SLACK_RESPONSE_TYPE', 'public', /^SLACK_RESPONSE_TYPE must be in_channel .* or ephemeral/],
    ['SLACK_SIGNING_SECRET', 'short', /^SLACK_SIGNING_SECRET does not look like a signing secret/],
  ])('rejects a malformed %s (%s)', (name, value, message) => {
    const found = problems({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('says the Slack adapter is wanted when any of its credentials is set', () => {
    expect(hasSlackConfig({})).toBe(false);
    expect(hasSlackConfig({ SLACK_BOT_TOKEN: ' ' })).toBe(false);
    expect(hasSlackConfig({ SLACK_SIGNING_SECRET: SECRET })).toBe(true);
  });
});
