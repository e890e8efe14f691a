import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'node:querystring';

/** A Web API call as the stand-in received it, form fields decoded (JSON-valued ones parsed). */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

/** A message posted to a response_url. */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface Upload {
  fileId: string;
  bytes: Uint8Array;
}

/** How the stand-in answers; defaults behave like Slack for a healthy workspace. */
export interface StandInBehaviour {
  /** Return a body to answer a Web API method differently (e.g. { ok: false, error: 'invalid_blocks' }). */
  api?: (call: ApiCall) => Record<string, unknown> | undefined;
  /** HTTP status for a response_url post; Slack answers 404 "expired_url", 400 "invalid_blocks"… */
  responseUrlStatus?: (post: ResponseUrlPost) => number;
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0TEST01';

const read = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** The Web API sends nested values (blocks, files) as JSON strings inside a form body. */
function decodeForm(body: string): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parse(body))) {
    const v = Array.isArray(value) ? value[0] : value;
    try {
      args[key] = v !== undefined && /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      args[key] = v;
    }
  }
  return args;
}

/**
 * A loopback stand-in for everything the Slack app talks to: the Web API (SLACK_API_URL), the
 * upload URLs files.getUploadURLExternal hands out, and response_urls. It records what arrives,
 * so tests assert on exactly what Slack would have received.
 */
export async function startStandIn(behaviour: StandInBehaviour = {}) {
  const api: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const uploads: Upload[] = [];
  const changed = new EventEmitter();
  let nextFile = 1;
  let nextTs = 1;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const defaults = (call: ApiCall): Record<string, unknown> => {
    switch (call.method) {
      case 'auth.test':
        return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: 'ind-cijfers' };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: call.args.channel,
          ts: `1700000000.${String(nextTs++).padStart(6, '0')}`,
        };
      case 'files.getUploadURLExternal': {
        const id = `F${String(nextFile++).padStart(9, '0')}`;
        return { ok: true, file_id: id, upload_url: `${base}/upload/${id}` };
      }
      case 'files.completeUploadExternal': {
        const files = call.args.files as { id: string; title?: string }[];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title, mimetype: 'image/png' })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = await read(req);
    const api_ = /^\/api\/([\w.]+)$/.exec(path);
    const respond = /^\/respond\/([\w-]+)$/.exec(path);
    const upload = /^\/upload\/(F\d+)$/.exec(path);
    if (api_ && req.method === 'POST') {
      const type = req.headers['content-type'] ?? '';
      const args = type.includes('json') ? JSON.parse(body.toString()) : decodeForm(body.toString());
      const call: ApiCall = { method: api_[1]!, args, authorization: req.headers.authorization };
      api.push(call);
      changed.emit('change');
      json(res, 200, behaviour.api?.(call) ?? defaults(call));
    } else if (respond && req.method === 'POST') {
      const post = { id: respond[1]!, body: JSON.parse(body.toString()) };
      responses.push(post);
      changed.emit('change');
      const status = behaviour.responseUrlStatus?.(post) ?? 200;
      res.writeHead(status, { 'Content-Type': 'text/plain' });
      res.end(status === 200 ? 'ok' : 'invalid_blocks');
    } else if (upload && req.method === 'POST') {
      // The Web API client sends the bytes as a multipart form; decode it as Slack's server would.
      const form = await new Request('http://x', {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? '' },
        body: new Uint8Array(body),
      }).formData();
      const files: Blob[] = [];
      form.forEach((v) => {
        if (typeof v !== 'string') files.push(v);
      });
      uploads.push({
        fileId: upload[1]!,
        bytes: new Uint8Array(await (files[0]?.arrayBuffer() ?? new ArrayBuffer(0))),
      });
      changed.emit('change');
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`OK - ${body.length}`);
    } else json(res, 404, { ok: false, error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Resolves once `check` returns a value (re-checked on every request received), or fails after `ms`. */
  function waitFor<T>(check: () => T | undefined | false, ms = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined || value === false) return false;
        changed.off('change', attempt);
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        changed.off('change', attempt);
        reject(new Error(`stand-in: nothing matching arrived within ${ms} ms`));
      }, ms);
      if (!attempt()) changed.on('change', attempt);
    });
  }

  return {
    url: base,
    apiUrl: `${base}/api/`,
    /** A fresh response_url for one command or button click. */
    responseUrl: (id: string) => `${base}/respond/${id}`,
    api,
    responses,
    uploads,
    /** Web API calls other than the auth.test made at start-up. */
    calls: () => api.filter((c) => c.method !== 'auth.test'),
    waitFor,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type StandIn = Awaited<ReturnType<typeof startStandIn>>;
