import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';

/** Connection failures before the request was read (including a kept-alive socket the server closed). */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Posts messages to response_urls (answers to /ind and to button clicks). A busy workspace sends
 * hundreds of commands a second; opening a connection per answer would exhaust sockets and time out,
 * so answers share a few kept-alive connections per host and queue for them. A connection that failed
 * before sending, or a 5xx/429 from Slack, is retried once after a short pause.
 */
export function createResponder(
  options: { maxSockets?: number; timeoutMs?: number; retryDelayMs?: number } = {},
) {
  const maxSockets = options.maxSockets ?? 32;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agents = {
    'http:': new HttpAgent({ keepAlive: true, maxSockets }),
    'https:': new HttpsAgent({ keepAlive: true, maxSockets }),
  };

  const postOnce = (url: URL, body: string): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method: 'POST',
          agent: agents[url.protocol as keyof typeof agents],
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Length': Buffer.byteLength(body),
          },
          timeout: timeoutMs,
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (text.length < 500) text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`no answer from the response_url within ${timeoutMs} ms`)),
      );
      req.on('error', reject);
      req.end(body);
    });

  return {
    /** Resolves when Slack accepted the message; rejects with the status and Slack's reason otherwise. */
    async post(responseUrl: string, message: object): Promise<void> {
      const url = new URL(responseUrl);
      if (!(url.protocol in agents)) throw new Error(`response_url is not http(s): ${url.protocol}`);
      const body = JSON.stringify(message);
      for (let attempt = 1; ; attempt++) {
        let retryable: boolean;
        let reason: string;
        try {
          const { status, text } = await postOnce(url, body);
          if (status >= 200 && status < 300) return;
          retryable = status >= 500 || status === 429;
          reason = `${status} ${text.trim().slice(0, 100)}`;
        } catch (error) {
          // Only failures where Slack cannot have received the message: a retry must not post it twice.
          const code = (error as NodeJS.ErrnoException).code;
          retryable = code !== undefined && NOT_DELIVERED.has(code);
          reason = code ?? (error as Error).message;
        }
        if (!retryable || attempt >= 2) throw new Error(`the response_url refused the message (${reason})`);
        await sleep(options.retryDelayMs ?? 300);
      }
    },
    /** Closes the kept-alive connections (on shutdown). */
    close(): void {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

export type Responder = ReturnType<typeof createResponder>;
