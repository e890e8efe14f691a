import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
  json: () => { error?: string; message?: string } & Record<string, unknown>;
}

/**
 * node:http rather than fetch: fetch normalises "/../x" before sending, and a traversal test must
 * put the exact bytes on the wire.
 */
export function raw(
  base: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    chunked?: Buffer[];
  },
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text,
            json: () => JSON.parse(text),
          });
        });
      },
    );
    // The server may answer (413) and close before a big body is fully written; that is fine.
    req.on('error', reject);
    if (options.chunked) {
      for (const chunk of options.chunked) req.write(chunk);
      req.end();
    } else req.end(options.body);
  });
}

/** Opens a connection, sends the start of a POST and hangs up: a client that vanishes mid-body. */
export function abandonedPost(base: string): Promise<void> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"question": "hoe',
      );
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 50);
    });
  });
}
