import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, healthRoute, mount } from '../../src/http/server.js';

const servers: ReturnType<typeof createHttpServer>[] = [];
afterEach(() =>
  Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise((r) => {
          s.closeAllConnections();
          s.close(r);
        }),
    ),
  ),
);

async function start(routes: Parameters<typeof createHttpServer>[0]) {
  const errors: unknown[] = [];
  const server = createHttpServer(routes, { error: (f) => errors.push(f) });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, errors };
}

const health = (status: 'starting' | 'ok' | 'stopping' = 'ok') =>
  healthRoute({ startedAt: Date.now() - 5000, adapters: () => ['web chat'], status: () => status });

describe('the shared HTTP server', () => {
  it('answers /health for load balancers with status, uptime and adapters', async () => {
    const { base } = await start([health()]);
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', uptimeSeconds: 5, adapters: ['web chat'] });
  });

  it('answers /health with 503 while starting or stopping, so a load balancer sends traffic elsewhere', async () => {
    for (const status of ['starting', 'stopping'] as const) {
      const { base } = await start([health(status)]);
      const res = await fetch(`${base}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status });
    }
  });

  it('turns a throwing handler into a 500 and keeps serving', async () => {
    const { base, errors } = await start([
      (req) => {
        if (req.url === '/boom') throw new Error('handler bug');
        return false;
      },
      health(),
    ]);
    const res = await fetch(`${base}/boom`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('handler bug');
    expect(errors).toEqual([{ path: '/boom', err: 'handler bug' }]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('turns a mounted listener that rejects into a 500, not an unhandled rejection', async () => {
    const { base, errors } = await start([
      mount('/slack/events', async () => {
        throw new Error('listener bug');
      }),
    ]);
    const res = await fetch(`${base}/slack/events?x=1`, { method: 'POST', body: 'a=b' });
    expect(res.status).toBe(500);
    expect(errors).toEqual([{ path: '/slack/events', err: 'listener bug' }]);
    expect((await fetch(`${base}/slack/eventsX`)).status).toBe(404);
  });
});
