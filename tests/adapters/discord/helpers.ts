import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DiscordConfig } from '../../../src/adapters/discord/config.js';
import {
  createInteractionsHandler,
  type InteractionsDeps,
  type InteractionsHandler,
} from '../../../src/adapters/discord/interactions-http.js';

export const APP_ID = '112233445566778899';

/** A test Ed25519 key pair, signing as Discord does: over the timestamp header followed by the body. */
export function testKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The raw 32-byte key is the tail of the SPKI DER encoding, as the Developer Portal shows it in hex.
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return {
    publicKeyHex,
    sign: (timestamp: string, body: string) =>
      sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
  };
}

export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The message JSON: the body itself, or the payload_json part of a multipart upload. */
  payload(): Promise<Record<string, unknown>>;
  /** Uploaded files of a multipart request, by part name. */
  files(): Promise<Map<string, { name: string; type: string; bytes: Uint8Array }>>;
}

async function formOf(r: { headers: IncomingMessage['headers']; body: Buffer }) {
  return new Response(new Uint8Array(r.body), {
    headers: { 'content-type': String(r.headers['content-type']) },
  }).formData();
}

export type StandInRoute = (
  request: RecordedRequest,
) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

/**
 * A loopback server standing in for Discord's REST API: records every request and answers 200
 * with a message-like JSON, unless `route` says otherwise.
 */
export async function startDiscordStandIn(route?: StandInRoute) {
  const requests: RecordedRequest[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      async payload() {
        if (String(req.headers['content-type']).startsWith('multipart/form-data')) {
          return JSON.parse(String((await formOf(recorded)).get('payload_json')));
        }
        return JSON.parse(body.toString('utf8'));
      },
      async files() {
        const files = new Map<string, { name: string; type: string; bytes: Uint8Array }>();
        if (!String(req.headers['content-type']).startsWith('multipart/form-data')) return files;
        const entries: [string, FormDataEntryValue][] = [];
        (await formOf(recorded)).forEach((value, name) => {
          entries.push([name, value]);
        });
        for (const [name, value] of entries) {
          if (typeof value !== 'string') {
            files.set(name, {
              name: value.name,
              type: value.type,
              bytes: new Uint8Array(await value.arrayBuffer()),
            });
          }
        }
        return files;
      },
    };
    requests.push(recorded);
    const answer = route?.(recorded) ?? { status: 200, body: { id: '900000000000000001' } };
    const json = JSON.stringify(answer.body ?? {});
    res.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
    res.end(json);
    for (const wake of waiters.splice(0)) wake();
  });
  const url = await listen(server);
  return {
    url,
    /** DISCORD_API_URL for this stand-in. */
    apiUrl: `${url}/api`,
    requests,
    /** Resolves once `count` requests have arrived. */
    async waitForRequests(count: number, timeoutMs = 5000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        if (Date.now() > deadline) throw new Error(`stand-in got ${requests.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => closeServer(server),
  };
}

export type DiscordStandIn = Awaited<ReturnType<typeof startDiscordStandIn>>;

export const testConfig = (publicKey: string, apiUrl: string): DiscordConfig => ({
  token: null,
  applicationId: APP_ID,
  guildId: null,
  publicKey,
  apiUrl,
});

export interface PostOptions {
  timestamp?: string | null;
  signature?: string | null;
  /** Signs this body instead of the one sent (a forged request). */
  signedBody?: string;
  method?: string;
}

/** The interactions handler on a real server on 127.0.0.1, and a client that signs like Discord. */
export async function startInteractionsServer(deps: InteractionsDeps, apiUrl: string) {
  const keys = testKeys();
  const handler: InteractionsHandler = createInteractionsHandler(testConfig(keys.publicKeyHex, apiUrl), deps);
  const server = createServer((req, res) => void handler(req, res));
  const url = await listen(server);
  return {
    url,
    handler,
    keys,
    async post(payload: unknown, options: PostOptions = {}) {
      const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
      const timestamp = options.timestamp === undefined ? nowSeconds() : options.timestamp;
      const signature =
        options.signature === undefined
          ? timestamp === null
            ? null
            : keys.sign(timestamp, options.signedBody ?? body)
          : options.signature;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (timestamp !== null) headers['X-Signature-Timestamp'] = timestamp;
      if (signature !== null) headers['X-Signature-Ed25519'] = signature;
      const res = await fetch(`${url}/discord/interactions`, {
        method: options.method ?? 'POST',
        headers,
        body: options.method === 'GET' ? undefined : body,
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
    },
    close: () => closeServer(server),
  };
}

export { fixtureAsk } from '../../fixtures/ask.js';

/** Every interaction Discord sends has its own id, so no two payloads are a replay of each other. */
let lastInteractionId = 1_000_000_000_000_000_000n;
const interactionId = () => String(++lastInteractionId);

const recorded = (name: string): Record<string, unknown> => ({
  ...JSON.parse(readFileSync(new URL(`../../fixtures/discord/${name}.json`, import.meta.url), 'utf8')),
  id: interactionId(),
});

/**
 * Interaction payloads as Discord sends them, from the recorded shapes in tests/fixtures/discord/
 * (a PING, a slash command, autocomplete, a button click) with the fields a test cares about
 * replaced. Each is signed in the test with the test key pair (startInteractionsServer's post).
 */
export const payloads = {
  ping: () => recorded('ping'),
  command: (question: string | null, token: string, extra: Record<string, unknown> = {}) => {
    const base = recorded('command');
    const data = base.data as Record<string, unknown>;
    return {
      ...base,
      token,
      data: {
        ...data,
        options: question === null ? [] : [{ name: 'question', type: 3, value: question }],
      },
      ...extra,
    };
  },
  autocomplete: (typed: string, locale = 'en-US') => {
    const base = recorded('autocomplete');
    const data = base.data as Record<string, unknown>;
    return {
      ...base,
      locale,
      data: { ...data, options: [{ name: 'question', type: 3, value: typed, focused: true }] },
    };
  },
  button: (customId: string, token: string) => {
    const base = recorded('component');
    return { ...base, token, data: { ...(base.data as object), custom_id: customId } };
  },
};

/** True when Discord would let this message notify anyone. */
export function couldPing(allowed: unknown): boolean {
  if (!allowed || typeof allowed !== 'object') return true;
  const a = allowed as { parse?: unknown[]; users?: unknown[]; roles?: unknown[]; replied_user?: boolean };
  if (!Array.isArray(a.parse)) return true;
  return (
    a.parse.length > 0 || (a.users?.length ?? 0) > 0 || (a.roles?.length ?? 0) > 0 || a.replied_user === true
  );
}
