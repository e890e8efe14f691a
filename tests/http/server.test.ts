import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, healthRoute } from '../../src/http/server.js';

const servers: ReturnType<typeof createHttpServer>[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r)))));

async function start(routes: Parameters<typeof createHttpServer>[0]) {
  const errors: unknown[] = [];
  const server = createHttpServer(routes, { error: (f) => errors.push(f) });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, errors };
}

describe('the shared HTTP server', () => {
  it('answers /health for load balancers', async () => {
    const { base } = await start([
      healthRoute(
        Date.now(),
        () => ['web chat'],
        () => false,
      ),
    ]);
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', adapters: ['web chat'] });
  });

  it('turns a throwing handler into a 500 and keeps serving', async () => {
    const { base, errors } = await start([
      (req) => {
        if (req.url === '/boom') throw new Error('handler bug');
        return false;
      },
      healthRoute(
        Date.now(),
        () => [],
        () => false,
      ),
    ]);
    const res = await fetch(`${base}/boom`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('handler bug');
    expect(errors).toHaveLength(1);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });
});
