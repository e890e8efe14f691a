import type { IncomingMessage } from 'node:http';
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
  const tooLarge = fail('payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Drain instead of destroying the socket, so the client reliably receives the 413.
    req.resume();
    return tooLarge;
  }
  const collected = await collect(req, maxBytes);
  if (collected === 'too_large') return tooLarge;
  if (collected === 'error') return fail('bad_request', 'The request body could not be read.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(collected);
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

/**
 * Event listeners rather than `for await`: leaving an async iterator early destroys the request,
 * and with it the socket the 413 must still be written to.
 */
function collect(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too_large' | 'error'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Keep draining (and discarding) what is left, so the client sees the answer.
      req.off('data', onData);
      req.resume();
      chunks.length = 0;
      resolve('too_large');
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => resolve('error'));
    // A client that hangs up mid-body never sends 'end'; settling twice is harmless.
    req.once('close', () => resolve('error'));
  });
}
