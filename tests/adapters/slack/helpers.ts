import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../../src/adapters/slack/index.js';
import type { SlackLogger } from '../../../src/adapters/slack/reply.js';
import { slackSignatureHeaders } from '../../../src/adapters/slack/signature.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import type { Answer } from '../../../src/contract/answer.js';
import type { Ask, AskRequest } from '../../../src/contract/ask.js';
import { BOT_USER_ID, type StandIn, type StandInBehaviour, startStandIn, TEAM_ID } from './stand-in.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-0000000000-test-token';

/** A logger that keeps every line, so tests can check what was (and was not) logged. */
export function recordingLogger() {
  const lines: { level: 'info' | 'warn' | 'error'; message: string }[] = [];
  const logger: SlackLogger = {
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    error: (message) => lines.push({ level: 'error', message }),
  };
  return { logger, lines };
}

/** An Ask that answers from a function (an Error is thrown), recording every request. */
export function scriptedAsk(answerFor: (request: AskRequest) => Answer | Error | Promise<Answer | Error>) {
  const requests: AskRequest[] = [];
  const ask: Ask = async (request) => {
    requests.push(request);
    const result = await answerFor(request);
    if (result instanceof Error) throw result;
    return result;
  };
  return { ask, requests };
}

export interface RunningSlack {
  /** The app's event URL, as Slack would call it. */
  url: string;
  standIn: StandIn;
  adapter: SlackAdapter;
  logs: ReturnType<typeof recordingLogger>['lines'];
  close(): Promise<void>;
}

/**
 * The real Bolt app in HTTP mode, mounted the way the shared server mounts it (its request listener
 * on a node:http server on 127.0.0.1), with its Web API pointed at a loopback stand-in.
 */
export async function startSlack(options: {
  ask: Ask;
  charts?: ChartProvider;
  responseType?: 'in_channel' | 'ephemeral';
  behaviour?: StandInBehaviour;
}): Promise<RunningSlack> {
  const standIn = await startStandIn(options.behaviour);
  const { logger, lines } = recordingLogger();
  const adapter = createSlackAdapter(
    {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      appToken: null,
      apiUrl: standIn.apiUrl,
      responseType: options.responseType ?? 'in_channel',
      port: 0,
    },
    { ask: options.ask, charts: options.charts, logger },
  );
  const server = createServer(adapter.requestListener!);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await adapter.start({ listen: false });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`;
  return {
    url,
    standIn,
    adapter,
    logs: lines,
    async close() {
      await adapter.stop({ graceMs: 2000 });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await standIn.close();
    },
  };
}

export interface Sent {
  status: number;
  text: string;
  /** Milliseconds until the acknowledgement arrived. */
  ms: number;
}

/** POSTs a body signed exactly as Slack signs it (or with the given signature/timestamp overrides). */
export async function sendSigned(
  url: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  sign: { secret?: string; timestamp?: number; signature?: string } = {},
): Promise<Sent> {
  const headers = slackSignatureHeaders(sign.secret ?? SIGNING_SECRET, body, sign.timestamp);
  if (sign.signature) headers['X-Slack-Signature'] = sign.signature;
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

let counter = 0;
export const uniqueId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A slash command's form body, as Slack sends it to the app. */
export function slashCommandBody(fields: {
  text: string;
  responseUrl: string;
  channel?: string;
  user?: string;
}) {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    team_domain: 'testnewsroom',
    channel_id: fields.channel ?? 'C0NEWS001',
    channel_name: 'nieuws',
    user_id: fields.user ?? 'U0REPORTR',
    user_name: 'verslaggever',
    command: '/ind',
    text: fields.text,
    api_app_id: 'A0INDAPP1',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** An Events API envelope around one event. */
export function eventBody(event: Record<string, unknown>, eventId = uniqueId('Ev')): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0INDAPP1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
  });
}

/** A block_actions payload for a click on a button the app posted, form-encoded as Slack sends it. */
export function buttonClickBody(fields: {
  actionId: string;
  value: string;
  text: string;
  responseUrl: string;
  channel?: string;
  threadTs?: string;
  ephemeral?: boolean;
}): string {
  const messageTs = '1700000001.000100';
  const payload = {
    type: 'block_actions',
    user: { id: 'U0REPORTR', username: 'verslaggever', team_id: TEAM_ID },
    api_app_id: 'A0INDAPP1',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: fields.channel ?? 'C0NEWS001',
      is_ephemeral: fields.ephemeral ?? false,
    },
    trigger_id: '1.2.3',
    team: { id: TEAM_ID, domain: 'testnewsroom' },
    channel: { id: fields.channel ?? 'C0NEWS001', name: 'nieuws' },
    ...(fields.ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            ts: messageTs,
            ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
          },
        }),
    response_url: fields.responseUrl,
    actions: [
      {
        action_id: fields.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: fields.text, emoji: true },
        value: fields.value,
        type: 'button',
        action_ts: '1700000002.000200',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Sends a signed /ind command and waits for what reaches its response_url. */
export async function slash(
  slack: RunningSlack,
  text: string,
  options: { channel?: string; user?: string } = {},
) {
  const id = uniqueId('cmd');
  const body = slashCommandBody({ text, responseUrl: slack.standIn.responseUrl(id), ...options });
  const ack = await sendSigned(slack.url, body, 'application/x-www-form-urlencoded');
  return {
    ack,
    id,
    reply: (n = 1) =>
      slack.standIn.waitFor(() => {
        const got = slack.standIn.responses.filter((r) => r.id === id);
        return got.length >= n ? got[n - 1] : undefined;
      }),
  };
}
