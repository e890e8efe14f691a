import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebHandler, type WebDeps } from './handler.js';
import { sendError } from './http.js';

export interface StartedServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The web chat alone on a node:http server (the shared `npm start` server mounts the handler next
 * to the other adapters instead). Loopback only by default: it is a local tool, not a public site.
 */
export async function startWebChat(
  deps: WebDeps,
  options: { port?: number; host?: string } = {},
): Promise<StartedServer> {
  const handler = createWebHandler(deps);
  const server = createServer(async (req, res) => {
    if (await handler(req, res)) return;
    sendError(res, {
      code: 'not_found',
      message: `Nothing at ${req.url?.split('?')[0] ?? '/'}; the chat is at /.`,
    });
  });
  // A slow or stalled client may hold a connection only so long.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
