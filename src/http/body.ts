import type { IncomingMessage } from 'node:http';

export type RawBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'too_large' | 'unreadable' };

/**
 * The request body, at most `maxBytes` of it: the one body reader of every HTTP route. A body
 * declared larger is refused before it is read; one that grows past the limit while arriving
 * (chunked, no length given) is refused as soon as it does. Either way the rest is drained rather
 * than the socket destroyed, so the client still receives the 413 its route sends.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<RawBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.resolve({ ok: false, reason: 'too_large' });
  }
  // Event listeners rather than `for await`: leaving an async iterator early destroys the request,
  // and with it the socket the 413 must still be written to.
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.resume();
      chunks.length = 0;
      resolve({ ok: false, reason: 'too_large' });
    };
    req.on('data', onData);
    req.once('end', () => resolve({ ok: true, bytes: Buffer.concat(chunks) }));
    req.once('error', () => resolve({ ok: false, reason: 'unreadable' }));
    // A client that hangs up mid-body never sends 'end'; settling twice is harmless.
    req.once('close', () => resolve({ ok: false, reason: 'unreadable' }));
  });
}
