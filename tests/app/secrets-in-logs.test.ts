import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_NAME, QUESTION_OPTION } from '../../src/adapters/discord/commands.js';
import { slackSignatureHeaders } from '../../src/adapters/slack/signature.js';
import { answer, suggestQuestions } from '../../src/app/default-engine.js';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { createChartProvider } from '../../src/charts/index.js';
import { parseConfig, secretValues } from '../../src/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { discordKeys, slackApi, startLoopback } from './loopback.js';

const BOT_TOKEN = 'xoxb-2222-3333-redactionTOKEN';
const SIGNING_SECRET = '5e1f0c1a2b3c4d5e6f708192a3b4c5d6';
const CHART_PASSWORD = 'chart-server-password-77';
/** Not configured here, but shaped like credentials: masked all the same. */
const APP_TOKEN = 'xapp-1-A0123456789-1234567890123-abcdef0123456789';
const USER_TOKEN = 'xoxp-1234567890-0987654321-1122334455-abcdef0123';
const DISCORD_TOKEN = `${Buffer.from('998877665544332211').toString('base64url')}.GaBcDe.${'Zz09Yy18Xx27'.repeat(3)}`;
const APP_ID = '112233445566778899';

const ASKED = 'Hoeveel naturalisatieaanvragen in 2024?';

/**
 * What users might paste: every secret in full, and the signing secret once more, cut where the
 * log cuts questions (at 200 characters).
 */
function pastedQuestions(): string[] {
  const cut = `${ASKED} ${BOT_TOKEN} ${DISCORD_TOKEN} ${CHART_PASSWORD} `;
  return [
    `${cut}${'.'.repeat(200 - cut.length - 12)}${SIGNING_SECRET}`,
    `${ASKED} ${APP_TOKEN} ${USER_TOKEN} ${SIGNING_SECRET}`,
  ];
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A destination stream keeping what the logger writes. */
function capture(pretty: boolean) {
  let text = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { destination, pretty, text: () => text };
}

/** startApp as main.ts starts it (LOG_LEVEL=trace, secrets from the environment), output captured. */
async function start(env: Record<string, string>, pretty: boolean, options: { platforms?: boolean } = {}) {
  const { destination, text } = capture(pretty);
  const fullEnv = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'trace', ...env };
  const config = parseConfig(fullEnv, options);
  expect(config.logLevel).toBe('trace');
  const logger = createLogger({
    level: config.logLevel,
    pretty,
    destination,
    secrets: secretValues(fullEnv),
  });
  const app = await startApp(config, {
    answer,
    suggest: suggestQuestions,
    charts: createChartProvider(),
    logger,
  });
  cleanups.push(() => app.stop({ graceMs: 100 }));
  return { app, text };
}

async function standIn() {
  const remote = await startLoopback((r) => slackApi(r) ?? { body: { id: '1' } });
  cleanups.push(remote.close);
  return remote;
}

function slashCommand(app: RunningApp, text: string, responseUrl: string) {
  const body = new URLSearchParams({
    command: '/ind',
    text,
    user_id: 'U0PASTER',
    team_id: 'T0TEST01',
    channel_id: 'C123',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    ...slackSignatureHeaders(SIGNING_SECRET, body),
  };
  const send = () => fetch(`${app.url}/slack/events`, { method: 'POST', headers, body });
  return { send };
}

function discordCommand(
  app: RunningApp,
  keys: ReturnType<typeof discordKeys>,
  question: string,
  token: string,
) {
  const body = JSON.stringify({
    id: '990000000000000001',
    type: 2,
    token,
    locale: 'nl',
    guild_id: '300000000000000003',
    channel_id: '400000000000000004',
    member: { user: { id: '500000000000000005' } },
    data: { name: COMMAND_NAME, options: [{ name: QUESTION_OPTION, value: question }] },
  });
  const headers = keys.headers(body);
  return { send: () => fetch(`${app.url}/discord/interactions`, { method: 'POST', headers, body }) };
}

const ALL = [BOT_TOKEN, SIGNING_SECRET, CHART_PASSWORD, APP_TOKEN, USER_TOKEN, DISCORD_TOKEN];

/** None of the secrets, nor the first 12 characters of any, anywhere in the output. */
function expectNoSecret(text: string, secrets = ALL) {
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(0, 12));
  }
}

describe.each([
  ['JSON', false],
  ['pretty', true],
])('secrets pasted into questions, at LOG_LEVEL=trace (%s log)', (_, pretty) => {
  it('Slack (HTTP) and Discord (HTTP interactions): absent from all output; the replays are logged once each', async () => {
    const api = await standIn();
    const keys = discordKeys();
    const { app, text } = await start(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: `${api.url}/api/`,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_API_URL: `${api.url}/api`,
        QUICKCHART_URL: `https://bot:${CHART_PASSWORD}@charts.example.org`,
      },
      pretty,
    );
    const [first, second] = pastedQuestions() as [string, string];

    const slack = slashCommand(app, first, `${api.url}/respond/pasted`);
    expect((await slack.send()).status).toBe(200);
    await api.waitFor((r) => r.path === '/respond/pasted');
    expect((await slack.send()).status).toBe(200); // the replay
    expect((await slashCommand(app, second, `${api.url}/respond/pasted2`).send()).status).toBe(200);
    await api.waitFor((r) => r.path === '/respond/pasted2');

    const discord = discordCommand(app, keys, first, 'tok-pasted');
    expect((await discord.send()).status).toBe(200);
    await api.waitFor((r) => r.path.includes(`/webhooks/${APP_ID}/tok-pasted/`));
    expect((await discord.send()).status).toBe(401); // the replay
    expect((await discordCommand(app, keys, second, 'tok-pasted2').send()).status).toBe(200);
    await api.waitFor((r) => r.path.includes(`/webhooks/${APP_ID}/tok-pasted2/`));

    await expect.poll(() => text().match(/replayed/g)?.length ?? 0, { timeout: 3000 }).toBe(2);
    const out = text();
    // The questions were logged, with the secrets masked.
    expect(out.match(/Hoeveel naturalisatieaanvragen in 2024\? \[redacted\]/g)).toHaveLength(4);
    expectNoSecret(out);
    expect(out).not.toContain('tok-pasted');
    // One warning per replay, naming neither the payload nor who sent it.
    const replays = out.split('\n').filter((l) => l.includes('replayed'));
    expect(replays).toHaveLength(2);
    for (const line of replays) {
      expect(line).toMatch(pretty ? /WARN/ : /"level":40/);
      for (const leak of ['naturalisatie', 'U0PASTER', '500000000000000005', 'respond'])
        expect(line).not.toContain(leak);
    }
  });

  const askWeb = async (url: string) => {
    for (const question of pastedQuestions()) {
      const res = await fetch(`${url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      });
      expect(res.status).toBe(200);
    }
  };
  const askedTwice = (text: () => string) =>
    expect.poll(() => text().match(/naturalisatieaanvragen in 2024\? \[redacted\]/g)?.length ?? 0).toBe(2);

  it('the web chat of npm start with no platform: configured secrets and token shapes absent', async () => {
    const { app, text } = await start(
      { QUICKCHART_URL: `https://bot:${CHART_PASSWORD}@charts.example.org` },
      pretty,
    );
    expect(app.adapters).toEqual(['web chat']);
    await askWeb(app.url);
    await askedTwice(text);
    // No signing secret is configured here: a 32-hex string is then just text.
    expectNoSecret(
      text(),
      ALL.filter((s) => s !== SIGNING_SECRET),
    );
  });

  it('npm run web, with the platform secrets in the environment: all absent', async () => {
    // As src/app/run.ts starts `npm run web`: the web chat alone, secrets from the environment.
    const { app, text } = await start(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: ` ${SIGNING_SECRET}\n`,
        QUICKCHART_URL: `https://bot:${CHART_PASSWORD}@charts.example.org`,
      },
      pretty,
      { platforms: false },
    );
    expect(app.adapters).toEqual(['web chat']);
    await askWeb(app.url);
    await askedTwice(text);
    expectNoSecret(text());
  });
});
