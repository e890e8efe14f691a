import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCanvas } from '@napi-rs/canvas';
import { type Browser, chromium } from 'playwright-core';
import { createWebHandler, type WebDeps } from '../../../src/adapters/web/handler.js';
import type { Ask, AskRequest } from '../../../src/app/types.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import type { Answer } from '../../../src/engine/contract.js';

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

/** An Ask that answers from a table of fixtures (or throws), recording every request it gets. */
export function fixtureAsk(answers: Answer[], fallback?: (r: AskRequest) => Answer | Error) {
  const requests: AskRequest[] = [];
  const ask: Ask = async (request) => {
    requests.push(request);
    const found = answers.find((a) => a.question === request.question);
    const result = found ?? fallback?.(request) ?? new Error(`no fixture for ${request.question}`);
    if (result instanceof Error) throw result;
    return result;
  };
  return { ask, requests };
}

/**
 * A real PNG for the answers that carry numbers: bars of the facts (or the trend around a single
 * figure). The charts engineer's renderer replaces this in production; the handler only has to serve
 * whatever PNG the provider draws.
 */
export const testCharts: ChartProvider = (answer) => {
  const points = (answer.trend.length > 1 ? answer.trend : answer.facts).filter(
    (f): f is typeof f & { value: number } => typeof f.value === 'number',
  );
  if (points.length < 2) return null;
  return {
    url: null,
    alt: `Staafdiagram van ${answer.reading ?? answer.question}: ${points.map((p) => `${p.period} ${p.value}`).join(', ')}`,
    png: async () => {
      const width = 640;
      const height = 320;
      const canvas = createCanvas(width, height);
      const g = canvas.getContext('2d');
      g.fillStyle = '#fff';
      g.fillRect(0, 0, width, height);
      const max = Math.max(...points.map((p) => p.value));
      const slot = (width - 40) / points.length;
      g.font = '12px sans-serif';
      points.forEach((p, i) => {
        const h = ((height - 60) * p.value) / max;
        g.fillStyle = '#154273';
        g.fillRect(20 + i * slot + 4, height - 30 - h, slot - 8, h);
        g.fillStyle = '#333';
        g.fillText(p.period, 20 + i * slot + 4, height - 12);
      });
      return new Uint8Array(await canvas.encode('png'));
    },
  };
};

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
