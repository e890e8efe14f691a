import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indCommand } from '../../../commands/ind.js';
import { MANIFEST_PATH, slackManifestYaml } from '../../../src/adapters/slack/manifest.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('the Slack app manifest', () => {
  it('committed in commands/ equals the one generated from commands/ind.ts', () => {
    // After changing commands/ind.ts: npm run slack-manifest -- --write
    expect(readFileSync(join(root, MANIFEST_PATH), 'utf8')).toBe(slackManifestYaml());
  });

  it('declares the /ind command, the scopes and the events the app uses, for Socket Mode', () => {
    const m = parse(slackManifestYaml());
    expect(m.features.slash_commands).toEqual([
      {
        command: `/${indCommand.name}`,
        description: indCommand.description.nl,
        usage_hint: indCommand.usageHint.nl,
        should_escape: false,
      },
    ]);
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history'].sort(),
    );
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.features.app_home.messages_tab_enabled).toBe(true);
    expect(m.features.app_home.messages_tab_read_only_enabled).toBe(false);
    // Slack's own limits on the display information.
    expect(m.display_information.description.length).toBeLessThanOrEqual(140);
    expect(m.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(m.display_information.long_description.length).toBeLessThanOrEqual(4000);
  });

  it('for HTTP mode sends commands, events and button clicks to the one request URL', () => {
    const url = 'https://bot.example.org/slack/events';
    const m = parse(slackManifestYaml({ requestUrl: url }));
    expect(m.features.slash_commands[0].url).toBe(url);
    expect(m.settings.event_subscriptions.request_url).toBe(url);
    expect(m.settings.interactivity.request_url).toBe(url);
    expect(m.settings.socket_mode_enabled).toBe(false);
  });
});
