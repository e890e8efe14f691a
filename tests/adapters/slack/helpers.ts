import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createSlackAdapter,
  SLACK_EVENTS_PATH,
  type SlackAdapter,
} from '../../../src/adapters/slack/index.js';
import type { SlackLogger } from '../../../src/adapters/slack/reply.js';
import { slackSignatureHeaders } from '../../../src/adapters/slack/signature.js';
import { withChart } from '../../../src/app/ask.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import type { Answer } from '../../../src/contract/answer.js';
import type { Ask, AskRequest } from '../../../src/contract/ask.js';
import { type StandIn, type StandInBehaviour, startStandIn } from './stand-in.js';

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

/**
 * An Ask that answers from a function (an Error is thrown), recording every request; with `charts`
 * each answer carries its chart as the ask layer draws it for Slack.
 */
export function scriptedAsk(
  answerFor: (request: AskRequest) => Answer | Error | Promise<Answer | Error>,
  charts?: ChartProvider,
) {
  const requests: AskRequest[] = [];
  const ask: Ask = async (request) => {
    requests.push(request);
    const result = await answerFor(request);
    if (result instanceof Error) throw result;
    return withChart(result, request.adapter, charts, () => {});
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
    },
    { ask: options.ask, logger },
  );
  const server = createServer(adapter.requestListener!);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await adapter.start();
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

/*
 * Payloads as Slack sends them, from the recorded shapes in tests/fixtures/slack/ (a slash
 * command, an app_mention, a DM, a block action), with the fields a test cares about replaced.
 * Every request is signed here, in the test, exactly as Slack signs it.
 */
const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as T;

type SlashFields = Record<string, string>;
type Envelope = Record<string, unknown> & { event: Record<string, unknown> };
type BlockActions = Record<string, unknown> & {
  container: Record<string, unknown>;
  message: Record<string, unknown>;
  actions: Record<string, unknown>[];
};

/** A slash command's form body, as Slack sends it to the app. */
export function slashCommandBody(fields: {
  text: string;
  responseUrl: string;
  channel?: string;
  user?: string;
}) {
  const recorded = fixture<SlashFields>('slash-command');
  return new URLSearchParams({
    ...recorded,
    channel_id: fields.channel ?? recorded.channel_id!,
    user_id: fields.user ?? recorded.user_id!,
    text: fields.text,
    response_url: fields.responseUrl,
  }).toString();
}

/** An app_mention event as Slack sends it, with its text (and any other field) replaced. */
export const mentionEvent = (text: string, extra: Record<string, unknown> = {}) => ({
  ...fixture<Envelope>('app-mention').event,
  text,
  ...extra,
});

/** A direct message event as Slack sends it, with its text (and any other field) replaced. */
export const dmEvent = (text: string, extra: Record<string, unknown> = {}) => ({
  ...fixture<Envelope>('dm').event,
  text,
  ...extra,
});

/** An Events API envelope (the recorded one) around one event. */
export function eventBody(event: Record<string, unknown>, eventId = uniqueId('Ev')): string {
  return JSON.stringify({
    ...fixture<Envelope>('app-mention'),
    event,
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
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
  const recorded = fixture<BlockActions>('block-actions');
  const channel = fields.channel ?? 'C0NEWS001';
  const { message, ...rest } = recorded;
  const payload = {
    ...rest,
    container: { ...recorded.container, channel_id: channel, is_ephemeral: fields.ephemeral ?? false },
    channel: { id: channel, name: 'nieuws' },
    // An ephemeral message is not sent back with the click.
    ...(fields.ephemeral
      ? {}
      : { message: { ...message, ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}) } }),
    response_url: fields.responseUrl,
    actions: [
      {
        ...recorded.actions[0],
        action_id: fields.actionId,
        text: { type: 'plain_text', text: fields.text, emoji: true },
        value: fields.value,
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
