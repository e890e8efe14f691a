import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A route: handles the request and says so, or returns false to let the next route try. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface HttpLogger {
  error(fields: object, message?: string): void;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
};

/** GET /health: for load balancers; says nothing about secrets or users. */
export function healthRoute(startedAt: number, adapters: () => string[], draining: () => boolean): Route {
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/health') return false;
    json(res, draining() ? 503 : 200, {
      status: draining() ? 'stopping' : 'ok',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      adapters: adapters(),
    });
    return true;
  };
}

/** Mounts a node-style listener (Bolt's) at one path. */
export function mount(path: string, listener: (req: IncomingMessage, res: ServerResponse) => unknown): Route {
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== path) return false;
    listener(req, res);
    return true;
  };
}

/**
 * One HTTP server for every adapter that speaks HTTP. A route that throws costs that request a 500,
 * never the process; unknown paths get a 404.
 */
export function createHttpServer(routes: Route[], logger: HttpLogger): Server {
  return createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      json(res, 404, { error: 'not_found', message: 'No such page.' });
    } catch (err) {
      logger.error({ path: req.url?.split('?')[0], err: (err as Error).message }, 'request failed');
      json(res, 500, { error: 'internal', message: 'Something went wrong; the server is still running.' });
    }
  });
}
