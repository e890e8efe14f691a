import { stringify } from 'yaml';
import { indCommand } from '../../../commands/ind.js';

/** Path of the committed manifest, relative to the repository root. */
export const MANIFEST_PATH = 'commands/slack-manifest.yaml';

/** Exactly what the app uses, nothing more: an admin reviewing the install should see why each is there. */
export const BOT_SCOPES = [
  'app_mentions:read', // mentions in channels
  'chat:write', // answers in threads and DMs
  'commands', // the /ind command
  'files:write', // chart PNGs too long for a chart URL
  'im:history', // direct messages to the app
] as const;

export const BOT_EVENTS = ['app_mention', 'message.im'] as const;

const longDescription = [
  `${indCommand.description.nl}. Typ /${indCommand.name} met je vraag, noem de app in een kanaal of stuur een direct bericht. Elk antwoord geeft het exacte gepubliceerde cijfer, de bron, kanttekeningen en herzieningen, en waar het helpt een grafiek.`,
  `Voorbeelden: ${indCommand.examples.nl.slice(0, 3).join(' · ')}`,
  `${indCommand.description.en}. Type /${indCommand.name} with your question, mention the app in a channel, or send it a direct message.`,
].join('\n\n');

/**
 * The Slack app manifest, built from the /ind declaration in commands/ind.ts. Without `requestUrl`
 * it is the Socket Mode app (no public URL needed); with one (https://host/slack/events) it is the
 * HTTP-mode app, with slash command, events and interactivity all at that URL.
 */
export function buildSlackManifest(options: { requestUrl?: string } = {}) {
  const url = options.requestUrl;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'IND-cijfers',
      description: indCommand.description.nl,
      long_description: longDescription,
      background_color: '#154273',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'ind-cijfers', always_online: true },
      slash_commands: [
        {
          command: `/${indCommand.name}`,
          ...(url ? { url } : {}),
          description: indCommand.description.nl,
          usage_hint: indCommand.usageHint.nl,
          // Mentions typed after /ind arrive as "@name" text, which is all a question needs.
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !url,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as YAML, ready to paste at api.slack.com/apps → Create New App → From a manifest. */
export function slackManifestYaml(options: { requestUrl?: string } = {}): string {
  const mode = options.requestUrl ? 'HTTP mode' : 'Socket Mode';
  const header = [
    `# Slack app manifest for ind-cijfers (${mode}). Generated from commands/ind.ts by`,
    '# src/adapters/slack/manifest.ts: regenerate rather than edit (see README, "Slack").',
  ].join('\n');
  return `${header}\n${stringify(buildSlackManifest(options), { lineWidth: 0 })}`;
}
