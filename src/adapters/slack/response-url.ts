import { setTimeout as sleep } from 'node:timers/promises';

/** Connection failures before the request was read (including a kept-alive socket the server closed). */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/** The network code fetch keeps in `cause` ("fetch failed" says nothing). */
const networkCode = (error: unknown): string | undefined => {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * Posts messages to response_urls (answers to /ind and to button clicks) with the global fetch,
 * whose connection pool keeps connections alive across answers. A connection that failed before
 * sending, or a 5xx/429 from Slack, is retried once after a short pause; nothing else is, so a
 * message is never posted twice.
 */
export function createResponder(
  options: { timeoutMs?: number; retryDelayMs?: number; fetch?: typeof fetch } = {},
) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? globalThis.fetch;

  return {
    /** Resolves when Slack accepted the message; rejects with the status and Slack's reason otherwise. */
    async post(responseUrl: string, message: object): Promise<void> {
      const url = new URL(responseUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`response_url is not http(s): ${url.protocol}`);
      const body = JSON.stringify(message);
      for (let attempt = 1; ; attempt++) {
        let retryable: boolean;
        let reason: string;
        try {
          const res = await doFetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json; charset=utf-8' },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          const text = (await res.text()).trim().slice(0, 100);
          if (res.ok) return;
          retryable = res.status >= 500 || res.status === 429;
          reason = `${res.status} ${text}`;
        } catch (error) {
          const code = networkCode(error);
          retryable = code !== undefined && NOT_DELIVERED.has(code);
          reason =
            code ?? (error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : String(error));
        }
        if (!retryable || attempt >= 2) throw new Error(`the response_url refused the message (${reason})`);
        await sleep(options.retryDelayMs ?? 300);
      }
    },
  };
}

export type Responder = ReturnType<typeof createResponder>;
