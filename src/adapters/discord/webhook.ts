import { type DiscordReply, NO_MENTIONS, withoutFile } from './reply.js';

export interface WebhookOptions {
  /** REST base without version (DISCORD_API_URL, default https://discord.com/api). */
  apiUrl: string;
  applicationId: string;
  fetch?: typeof fetch;
  /** Waits between attempts; tests pass a faster one. */
  sleep?: (ms: number) => Promise<void>;
  /** Per request, so a hung connection cannot hold the follow-up past the interaction's 15 minutes. */
  timeoutMs?: number;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const ATTEMPTS = 4;

/** The message body Discord expects, as JSON or as the payload_json part of a multipart upload. */
export function webhookPayload(reply: DiscordReply): Record<string, unknown> {
  return {
    embeds: reply.embeds,
    components: reply.components,
    allowed_mentions: NO_MENTIONS,
    attachments: reply.file
      ? [{ id: 0, filename: reply.file.name, description: reply.file.description }]
      : [],
  };
}

function requestInit(reply: DiscordReply, timeoutMs: number): RequestInit {
  const signal = AbortSignal.timeout(timeoutMs);
  if (!reply.file) {
    return {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(webhookPayload(reply)),
      signal,
    };
  }
  const form = new FormData();
  form.append('payload_json', JSON.stringify(webhookPayload(reply)));
  form.append('files[0]', new Blob([Buffer.from(reply.file.data)], { type: 'image/png' }), reply.file.name);
  return { method: 'PATCH', body: form, signal };
}

/** Seconds Discord asks us to wait after a 429, capped so a follow-up is never held for long. */
async function retryAfterMs(res: Response): Promise<number> {
  const body = (await res.json().catch(() => null)) as { retry_after?: unknown } | null;
  const seconds =
    typeof body?.retry_after === 'number' ? body.retry_after : Number(res.headers.get('retry-after'));
  return Math.min(Number.isFinite(seconds) ? seconds * 1000 : 1000, 5000);
}

/**
 * Fills in a deferred interaction response: PATCH /webhooks/{application}/{token}/messages/@original.
 * The interaction token authorises it, so no bot token is needed. Retries rate limits and server
 * errors; when the chart upload is refused it sends the numbers without the chart. Errors never
 * carry the URL, which contains the interaction token.
 */
export function createWebhookClient(options: WebhookOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? sleepFor;
  const timeoutMs = options.timeoutMs ?? 15_000;

  return {
    async editOriginal(interactionToken: string, reply: DiscordReply): Promise<void> {
      const url = `${options.apiUrl}/v10/webhooks/${options.applicationId}/${encodeURIComponent(interactionToken)}/messages/@original`;
      let current = reply;
      let last = 'no attempt';
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let res: Response;
        try {
          res = await doFetch(url, requestInit(current, timeoutMs));
        } catch (error) {
          last = `network error (${error instanceof Error ? error.name : 'unknown'})`;
          // A dropped connection during an upload is most often the upload: try without it.
          if (current.file) current = withoutFile(current);
          else await sleep(250 * attempt);
          continue;
        }
        if (res.ok) {
          await res.body?.cancel();
          return;
        }
        last = `HTTP ${res.status}`;
        if (res.status === 429) await sleep(await retryAfterMs(res));
        else {
          await res.body?.cancel();
          // 404 right after deferring: Discord may not have registered the acknowledgement yet.
          if (res.status >= 500 || res.status === 404) await sleep(250 * attempt);
          else if (current.file) current = withoutFile(current);
          else break;
        }
      }
      throw new Error(`Discord follow-up failed: ${last}`);
    },
  };
}

export type WebhookClient = ReturnType<typeof createWebhookClient>;
