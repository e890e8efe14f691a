import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { createWebHandler, type WebDeps } from '../../../src/adapters/web/handler.js';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The handler on a real server on 127.0.0.1, as the shared server would mount it: anything the web
 * chat declines gets this fallback 404, whose message proves the handler said "not mine".
 */
export async function startWebServer(deps: WebDeps): Promise<RunningServer> {
  const handler = createWebHandler(deps);
  const server = createServer(async (req, res) => {
    if (await handler(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'not_found', message: 'fallback: no route' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { fixtureAsk } from '../../fixtures/ask.js';

/** Debian's Chromium, headless, with nothing that would try to reach the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}
