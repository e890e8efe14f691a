import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createResponder } from '../../../src/adapters/slack/response-url.js';

/** A response_url stand-in answering each post with the next status of a script (then 200). */
async function hook(statuses: number[] = []) {
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      bodies.push(JSON.parse(body));
      const status = statuses.shift() ?? 200;
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'invalid_blocks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/commands/T1/1/abc`;
  return {
    url,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const responder = createResponder({ retryDelayMs: 10 });

describe('posting to a response_url', () => {
  it('retries once when Slack answers 5xx or 429, and delivers', async () => {
    for (const status of [500, 503, 429]) {
      const h = await hook([status]);
      await responder.post(h.url, { text: 'hi' });
      expect(h.bodies).toEqual([{ text: 'hi' }, { text: 'hi' }]);
      await h.close();
    }
  });

  it("does not retry a refusal, and reports Slack's reason", async () => {
    const h = await hook([400]);
    await expect(responder.post(h.url, { text: 'hi' })).rejects.toThrow('(400 invalid_blocks)');
    expect(h.bodies).toHaveLength(1);
    await h.close();
  });

  it('gives up after a second failed connection, naming the network error', async () => {
    const h = await hook();
    await h.close();
    await expect(responder.post(h.url, { text: 'hi' })).rejects.toThrow('ECONNREFUSED');
  });

  it('refuses a response_url that is not http(s)', async () => {
    await expect(responder.post('file:///etc/passwd', {})).rejects.toThrow('not http(s)');
  });

  it('delivers a burst of answers, every one exactly once', async () => {
    const h = await hook();
    await Promise.all(Array.from({ length: 200 }, (_, i) => responder.post(h.url, { n: i })));
    expect((h.bodies as { n: number }[]).map((b) => b.n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 200 }, (_, i) => i),
    );
    await h.close();
  });
});
