import type { IncomingMessage, ServerResponse } from 'node:http';
import { NOTICES } from '../../app/messages.js';
import { isChartSizeName } from '../../charts/sizes.js';
import type { Answer } from '../../contract/answer.js';
import type { Ask, Asked } from '../../contract/ask.js';
import { MAX_QUESTION_LENGTH } from '../../engine/index.js';
import { changeLine } from '../shared/change-text.js';
import { readJsonBody } from './body.js';
import { CHART_ID, ChartStore } from './chart-store.js';
import { methodNotAllowed, send, sendError, sendJson } from './http.js';
import { parseAskBody } from './request.js';
import { StaticFiles } from './static.js';

export interface WebDeps {
  /** Answers with the chart; the page gets it from this server as a PNG, so it works offline. */
  ask: Ask;
  /** Largest accepted POST body; 16 KB holds any real question many times over. */
  maxBodyBytes?: number;
  /** How many answers' charts stay available to the page. */
  chartCapacity?: number;
  /** Where failures go (the user only ever sees a generic message); console.error by default. */
  onError?: (error: unknown, where: string) => void;
  /** The page's folder; tests may point elsewhere. */
  publicDir?: string;
  /** The Ask's question length limit, which the page's input enforces too (config's MAX_QUESTION_LENGTH). */
  maxQuestionLength?: number;
}

/**
 * The answer as the page receives it: the contract's Answer, its chart pointing at this server, and
 * its change in words as every front end prints it (so the page formats no change of its own).
 */
export type WebAnswer = Omit<Answer, 'chart'> & {
  chart: { url: string; alt?: string } | null;
  changeLine: string | null;
};

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * The web chat's routes: GET / (the page), /assets/* (its files), POST /api/ask and GET /api/chart.
 * Resolves false for any other path, so one server can mount it next to other adapters.
 */
export function createWebHandler(deps: WebDeps): WebHandler {
  const maxBodyBytes = deps.maxBodyBytes ?? 16 * 1024;
  const onError = deps.onError ?? ((error, where) => console.error(`web chat: ${where} failed:`, error));
  const charts = new ChartStore(deps.chartCapacity);
  const files = new StaticFiles(deps.publicDir);
  const maxLength = deps.maxQuestionLength ?? MAX_QUESTION_LENGTH;

  async function askRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return methodNotAllowed(res, ['POST'], '/api/ask');
    const body = await readJsonBody(req, maxBodyBytes);
    if (!body.ok) {
      // An oversized body may still be arriving; close afterwards rather than read it for keep-alive.
      const headers: Record<string, string> =
        body.error.code === 'payload_too_large' ? { Connection: 'close' } : {};
      return sendError(res, body.error, headers);
    }
    const parsed = parseAskBody(body.value, req.socket.remoteAddress);
    if (!parsed.ok) return sendError(res, { code: 'bad_request', message: parsed.message });
    let asked: Asked;
    try {
      asked = await deps.ask(parsed.request);
    } catch (error) {
      onError(error, 'ask');
      return sendError(res, { code: 'internal', message: NOTICES.en.failed });
    }
    // Declined for asking too often: a state of its own for the page (and any API client), not an answer.
    if (asked.answer.context?.refusal === 'rate_limited')
      return sendError(res, { code: 'rate_limited', message: asked.answer.text });
    await sendJson(res, 200, withLocalChart(asked));
  }

  /** The answer's chart, served by this server: the page needs no network beyond it. */
  function withLocalChart({ answer, chart }: Asked): WebAnswer {
    const local = chart ? { url: `/api/chart?id=${charts.add(chart)}`, alt: chart.alt } : null;
    return { ...answer, chart: local, changeLine: changeLine(answer) };
  }

  async function chartRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return methodNotAllowed(res, ['GET', 'HEAD'], '/api/chart');
    const id = url.searchParams.get('id') ?? '';
    // A phone gets the chart drawn for its width (the page picks it by media query).
    const size = url.searchParams.get('size') ?? 'wide';
    if (!isChartSizeName(size))
      return sendError(res, { code: 'bad_request', message: 'size must be wide or narrow.' });
    const png = CHART_ID.test(id) ? charts.png(id, size) : null;
    if (!png) {
      return sendError(res, {
        code: 'not_found',
        message: 'This chart is no longer available; ask the question again to draw it anew.',
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = await png;
    } catch (error) {
      onError(error, 'chart rendering');
      return sendError(res, { code: 'internal', message: 'The chart could not be drawn.' });
    }
    // The id names one answer's chart for good, so the browser may keep it.
    await send(
      res,
      200,
      { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=86400, immutable' },
      bytes,
      req.method === 'HEAD',
    );
  }

  /** The page, with the input's maxlength set to the limit the server applies. */
  async function pageRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return methodNotAllowed(res, ['GET', 'HEAD'], 'This file');
    const html = (await files.read('index.html'))
      .toString('utf8')
      .replace(/(<input id="question"[^>]*\smaxlength=")\d+"/, `$1${maxLength}"`);
    await send(
      res,
      200,
      { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
      html,
      req.method === 'HEAD',
    );
  }

  async function fileRoute(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return methodNotAllowed(res, ['GET', 'HEAD'], 'This file');
    await files.serve(res, name, req.method === 'HEAD');
  }

  return async (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return false;
    }
    const path = url.pathname;
    try {
      if (path === '/') await pageRoute(req, res);
      else if (path.startsWith('/assets/')) await fileRoute(req, res, path.slice('/assets/'.length));
      else if (path === '/api/ask') await askRoute(req, res);
      else if (path === '/api/chart') await chartRoute(req, res, url);
      else return false;
    } catch (error) {
      onError(error, `${req.method} ${path}`);
      await sendError(res, { code: 'internal', message: NOTICES.en.failed });
    }
    return true;
  };
}
