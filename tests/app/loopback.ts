import { generateKeyPairSync, sign } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/ops/logger.js';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A loopback server standing in for a remote API (Slack's Web API and response_urls, Discord's
 * webhooks). `reply` decides each answer, so a test can fail the first call and accept the next;
 * every request is recorded.
 */
export async function startLoopback(reply: (r: Received, nth: number) => Reply | undefined) {
  const received: Received[] = [];
  const changed = new EventEmitter();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      received.push(r);
      const nth = received.filter((x) => x.path === r.path).length;
      const out = reply(r, nth) ?? {};
      const body = typeof out.body === 'string' ? out.body : JSON.stringify(out.body ?? { ok: true });
      res.writeHead(out.status ?? 200, { 'content-type': 'application/json', ...out.headers });
      res.end(body);
      changed.emit('request');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    /** Resolves with the first request matching `check`, or rejects after `ms`. */
    waitFor(check: (r: Received) => boolean, ms = 5000): Promise<Received> {
      return new Promise((resolve, reject) => {
        const look = () => {
          const hit = received.find(check);
          if (!hit) return;
          changed.off('request', look);
          clearTimeout(timer);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          changed.off('request', look);
          reject(new Error(`nothing matching arrived within ${ms} ms: ${received.map((r) => r.path)}`));
        }, ms);
        changed.on('request', look);
        look();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Slack's Web API as a healthy workspace answers the calls the bot makes. */
export function slackApi(r: Received): Reply | undefined {
  if (r.path.endsWith('/auth.test'))
    return { body: { ok: true, user_id: 'UBOT0001', bot_id: 'BBOT0001', team_id: 'T0TEST01' } };
  if (r.path.endsWith('/chat.postMessage'))
    return { body: { ok: true, channel: 'C1', ts: '1700000001.000100' } };
  return undefined;
}

/** A JSON-lines logger into memory, exactly as production writes it (redaction included). */
export function memoryLogger() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    logger: createLogger({ level: 'info', destination: stream }),
    text: () => text,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** An Ed25519 key pair signing as Discord signs interactions: timestamp followed by body. */
export function discordKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
    headers(body: string): Record<string, string> {
      const timestamp = String(Math.floor(Date.now() / 1000));
      return {
        'content-type': 'application/json',
        'x-signature-timestamp': timestamp,
        'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
      };
    },
  };
}
