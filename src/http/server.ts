import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { NOTICES } from '../app/messages.js';
import { sendJson } from './respond.js';

/** A route: handles the request and says so, or returns false to let the next route try. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface HttpLogger {
  error(fields: object, message?: string): void;
}

const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://x').pathname;

const json = (res: ServerResponse, status: number, body: unknown) => {
  if (res.headersSent) return void res.end();
  void sendJson(res, status, body);
};

export interface HealthState {
  startedAt: number;
  adapters: () => string[];
  /** 'ok' once every adapter has started, until the process starts stopping. */
  status: () => 'starting' | 'ok' | 'stopping';
}

/**
 * GET /health for load balancers: 200 while serving, 503 while starting or stopping (so traffic
 * goes to another instance until this one can answer). Says nothing about secrets or users.
 */
export function healthRoute(state: HealthState): Route {
  return (req, res) => {
    if (pathOf(req) !== '/health') return false;
    const status = state.status();
    json(res, status === 'ok' ? 200 : 503, {
      status,
      uptimeSeconds: Math.round((Date.now() - state.startedAt) / 1000),
      adapters: state.adapters(),
    });
    return true;
  };
}

/**
 * Mounts a node-style listener (Bolt's, Discord's) at one path. A listener that returns a promise
 * is awaited, so its rejection becomes this request's 500 instead of an unhandled rejection.
 */
export function mount(path: string, listener: (req: IncomingMessage, res: ServerResponse) => unknown): Route {
  return async (req, res) => {
    if (pathOf(req) !== path) return false;
    await listener(req, res);
    return true;
  };
}

/** Longer than the idle timeout of common load balancers (60 s), so they never reuse a closed socket. */
const KEEP_ALIVE_MS = 65_000;

/**
 * One HTTP server for every adapter that speaks HTTP. A route that throws costs that request a 500,
 * never the process; unknown paths get a 404.
 */
export function createHttpServer(routes: Route[], logger: HttpLogger): Server {
  const server = createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      json(res, 404, { error: 'not_found', message: 'No such page.' });
    } catch (err) {
      logger.error({ path: pathOf(req), err: (err as Error)?.message ?? String(err) }, 'request failed');
      json(res, 500, { error: 'internal', message: NOTICES.en.failed });
    }
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  return server;
}
