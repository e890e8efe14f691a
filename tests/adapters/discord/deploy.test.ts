import { afterEach, describe, expect, it } from 'vitest';
import { indCommand } from '../../../commands/ind.js';
import { commandsJson } from '../../../src/adapters/discord/commands.js';
import type { DiscordConfig } from '../../../src/adapters/discord/config.js';
import { deployCommands, runDeployCommands } from '../../../src/adapters/discord/deploy.js';
import { MAX_QUESTION_LENGTH } from '../../../src/engine/index.js';
import { APP_ID, type DiscordStandIn, startDiscordStandIn } from './helpers.js';

const TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const GUILD = '300000000000000003';

let discord: DiscordStandIn | undefined;
afterEach(async () => {
  await discord?.close();
  discord = undefined;
});

/** Discord answers a bulk overwrite with the stored commands. */
const echoCommands = async () =>
  startDiscordStandIn((r) =>
    r.method === 'PUT'
      ? {
          status: 200,
          body: (JSON.parse(r.body.toString()) as object[]).map((c, i) => ({ id: String(i + 1), ...c })),
        }
      : { status: 404, body: { message: 'Unknown route', code: 0 } },
  );

const config = (apiUrl: string, guildId: string | null): DiscordConfig => ({
  token: TOKEN,
  applicationId: APP_ID,
  guildId,
  publicKey: null,
  apiUrl,
});

describe('the /ind command JSON', () => {
  it('has English defaults and Dutch localizations, taken from commands/ind.ts', () => {
    const [command] = commandsJson();
    expect(command).toMatchObject({
      name: 'ind',
      description: indCommand.description.en,
      description_localizations: { nl: indCommand.description.nl },
      contexts: [0, 1],
      integration_types: [0],
    });
    expect(command!.options).toEqual([
      expect.objectContaining({
        type: 3,
        name: 'question',
        name_localizations: { nl: 'vraag' },
        description: indCommand.options[0]!.description.en,
        description_localizations: { nl: indCommand.options[0]!.description.nl },
        required: true,
        autocomplete: true,
        max_length: MAX_QUESTION_LENGTH,
      }),
    ]);
  });
});

describe('deploy-commands', () => {
  it('registers on the test server when a guild id is given', async () => {
    discord = await echoCommands();
    const result = await deployCommands(config(discord.apiUrl, GUILD));
    expect(result.scope).toBe('guild');
    expect(discord.requests).toHaveLength(1);
    const [put] = discord.requests;
    expect(put!.method).toBe('PUT');
    expect(put!.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD}/commands`);
    expect(put!.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(JSON.parse(put!.body.toString())).toEqual(JSON.parse(JSON.stringify(commandsJson())));
    expect(result.commands.map((c) => c.name)).toEqual(['ind']);
  });

  it('registers globally without a guild id', async () => {
    discord = await echoCommands();
    const result = await deployCommands(config(discord.apiUrl, null));
    expect(result.scope).toBe('global');
    expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /api/v10/applications/${APP_ID}/commands`,
    ]);
    const body = JSON.parse(discord.requests[0]!.body.toString());
    expect(body[0].options[0].name_localizations).toEqual({ nl: 'vraag' });
  });

  it('reports to the operator, and explains a rejected token without printing it', async () => {
    discord = await startDiscordStandIn(() => ({
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    }));
    const lines: string[] = [];
    const log = {
      info: (l: string) => lines.push(`info ${l}`),
      error: (l: string) => lines.push(`error ${l}`),
    };
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD,
      DISCORD_API_URL: discord.apiUrl,
    };
    expect(await runDeployCommands(env, log)).toBe(1);
    expect(lines).toEqual([
      'error deploy-commands: Discord rejected DISCORD_TOKEN (401): reset the bot token and try again.',
    ]);
    expect(discord.requests[0]!.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD}/commands`);

    lines.length = 0;
    expect(await runDeployCommands({}, log)).toBe(1);
    expect(lines[0]).toMatch(
      /^error deploy-commands: Discord configuration:\n {2}- DISCORD_APPLICATION_ID is missing/,
    );
  });

  it('confirms a registration in one line', async () => {
    discord = await echoCommands();
    const lines: string[] = [];
    const log = { info: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl };
    expect(await runDeployCommands(env, log)).toBe(0);
    expect(lines).toEqual(['Registered /ind globally; it may take a moment to appear on every server.']);
  });
});
