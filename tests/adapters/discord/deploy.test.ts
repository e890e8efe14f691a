import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { indCommand } from '../../../commands/ind.js';
import { commandsJson } from '../../../src/adapters/discord/commands.js';
import type { DiscordConfig } from '../../../src/adapters/discord/config.js';
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
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
        max_length: 500,
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

  it('runs as `npm run deploy-commands` does, and explains a rejected token without printing it', async () => {
    discord = await startDiscordStandIn(() => ({
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    }));
    const run = promisify(execFile);
    const env = {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD,
      DISCORD_API_URL: discord.apiUrl,
    };
    const failed = await run(process.execPath, ['src/launch.mjs', 'deploy-commands'], { env }).catch(
      (e) => e,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Discord rejected DISCORD_TOKEN (401)');
    expect(failed.stderr + failed.stdout).not.toContain(TOKEN);
    expect(discord.requests[0]!.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD}/commands`);

    const missing = await run(process.execPath, ['src/launch.mjs', 'deploy-commands'], {
      env: { PATH: process.env.PATH },
    }).catch((e) => e);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('DISCORD_APPLICATION_ID is missing');
  }, 120_000);
});
