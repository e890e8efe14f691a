import type { ServerResponse } from 'node:http';
import { sendJson as sendJsonRaw, send as sendRaw } from '../../http/respond.js';

/**
 * Headers every web chat response carries. The CSP allows only this origin's scripts and styles, so
 * even if answer text ever reached the DOM as markup it could not run; https: images are allowed only
 * because an Ask without a local chart renderer may hand back a QuickChart URL.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' blob: data: https:; script-src 'self'; style-src 'self'; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/** Machine-readable error codes; the page translates them, API clients read `message`. */
export type ErrorCode =
  | 'method_not_allowed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'bad_json'
  | 'bad_request'
  | 'not_found'
  | 'rate_limited'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  bad_json: 400,
  bad_request: 400,
  not_found: 404,
  rate_limited: 429,
  internal: 500,
};

export interface HttpError {
  code: ErrorCode;
  message: string;
}

/** The shared writer, with the web chat's security headers on every response. */
export const send = (
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body: string | Uint8Array,
  headOnly = false,
): Promise<void> => sendRaw(res, status, { ...SECURITY_HEADERS, ...headers }, body, headOnly);

export const sendJson = (res: ServerResponse, status: number, value: unknown): Promise<void> =>
  sendJsonRaw(res, status, value, SECURITY_HEADERS);

export function sendError(
  res: ServerResponse,
  error: HttpError,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  if (res.headersSent) {
    res.destroy();
    return Promise.resolve();
  }
  return sendJsonRaw(
    res,
    STATUS[error.code],
    { error: error.code, message: error.message },
    { ...SECURITY_HEADERS, ...extraHeaders },
  );
}

export function methodNotAllowed(res: ServerResponse, allowed: string[], path: string): Promise<void> {
  return sendError(
    res,
    { code: 'method_not_allowed', message: `${path} accepts ${allowed.join(', ')} only.` },
    { Allow: allowed.join(', ') },
  );
}
