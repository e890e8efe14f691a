import type { IncomingMessage } from 'node:http';
import { readBody } from '../../http/body.js';
import type { HttpError } from './http.js';

export type BodyResult = { ok: true; value: unknown } | { ok: false; error: HttpError };

/**
 * Reads a JSON request body of at most `maxBytes`. Requiring application/json also keeps other web
 * pages from posting here: a cross-origin JSON POST needs a CORS preflight, which this server never
 * grants.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    req.resume();
    return fail('unsupported_media_type', 'Send the question as JSON with Content-Type: application/json.');
  }
  const body = await readBody(req, maxBytes);
  if (!body.ok && body.reason === 'too_large')
    return fail('payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
  if (!body.ok) return fail('bad_request', 'The request body could not be read.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    return fail('bad_json', 'The request body is not valid UTF-8.');
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return fail('bad_json', 'The request body is not valid JSON.');
  }
}

function fail(code: HttpError['code'], message: string): BodyResult {
  return { ok: false, error: { code, message } };
}
