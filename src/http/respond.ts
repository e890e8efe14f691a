import type { ServerResponse } from 'node:http';

/**
 * Writes a whole response. Resolves once it is on its way (or the connection is gone), so work that
 * follows a response (Discord's follow-up after its acknowledgement) never overtakes it.
 */
export function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body: string | Uint8Array,
  headOnly = false,
): Promise<void> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': bytes.byteLength });
  return new Promise<void>((resolve) => {
    res.once('close', resolve);
    res.end(headOnly ? undefined : bytes, () => resolve());
  });
}

/** A JSON response that no cache keeps; `headers` add to (or override) the defaults. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
  headOnly = false,
): Promise<void> {
  return send(
    res,
    status,
    { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
    JSON.stringify(value),
    headOnly,
  );
}
