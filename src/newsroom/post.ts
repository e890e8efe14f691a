/**
 * Sends the what's-new report to the announcement channels: Slack chat.postMessage and Discord's
 * create-message endpoint. `fetch` is passed in, so tests point it at loopback stand-ins.
 */

export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

export interface Chart {
  url: string | null;
  alt: string;
}

/** Slack's limit for a section block's text. */
const SLACK_SECTION = 3000;
/** Discord's limit for a message's content. */
const DISCORD_CONTENT = 2000;

/** Cuts text at a line boundary to fit `max` characters, saying that it was cut. */
export function fitText(text: string, max: number, more: string): string {
  if (text.length <= max) return text;
  const room = max - more.length - 1;
  const cut = text.lastIndexOf('\n', room);
  return `${text.slice(0, cut > 0 ? cut : room)}\n${more}`;
}

export async function postToSlack(
  target: { apiUrl: string; token: string; channel: string },
  text: string,
  chart: Chart | null,
  fetch: Fetch,
): Promise<void> {
  const base = target.apiUrl.endsWith('/') ? target.apiUrl : `${target.apiUrl}/`;
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: fitText(text, SLACK_SECTION, '…') } },
  ];
  if (chart?.url) blocks.push({ type: 'image', image_url: chart.url, alt_text: chart.alt.slice(0, 2000) });
  const res = await fetch(`${base}chat.postMessage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({
      channel: target.channel,
      text: fitText(text, 39000, '…'),
      blocks,
      unfurl_links: false,
    }),
  });
  const body = await res.text();
  let parsed: { ok?: boolean; error?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {}
  // Slack answers 200 with ok:false for most errors (not_in_channel, invalid_auth).
  if (!res.ok || parsed.ok !== true)
    throw new Error(
      `Slack chat.postMessage failed (${res.status}${parsed.error ? `: ${parsed.error}` : ''})`,
    );
}

export async function postToDiscord(
  target: { apiUrl: string; token: string; channelId: string },
  text: string,
  chart: Chart | null,
  fetch: Fetch,
): Promise<void> {
  const base = target.apiUrl.replace(/\/+$/, '');
  const embeds = chart?.url ? [{ image: { url: chart.url }, description: chart.alt.slice(0, 4000) }] : [];
  const res = await fetch(`${base}/v10/channels/${encodeURIComponent(target.channelId)}/messages`, {
    method: 'POST',
    headers: { authorization: `Bot ${target.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      content: fitText(text, DISCORD_CONTENT, '…'),
      embeds,
      // An announcement must never ping anyone.
      allowed_mentions: { parse: [] },
    }),
  });
  if (!res.ok)
    throw new Error(`Discord create message failed (${res.status}): ${(await res.text()).slice(0, 200)}`);
}
