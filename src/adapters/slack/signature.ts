import { createHmac } from 'node:crypto';

/**
 * The signature Slack puts in X-Slack-Signature: "v0=" + hex HMAC-SHA256 of `v0:<timestamp>:<body>`
 * keyed with the app's signing secret. Used by tests and the load benchmark to sign requests exactly
 * as Slack does; Bolt's receiver does the verifying in the app.
 */
export function slackSignature(signingSecret: string, timestamp: number | string, body: string): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`);
  return `v0=${hmac.digest('hex')}`;
}

/** The two headers of a signed Slack request, for a body sent at `timestamp` (seconds). */
export function slackSignatureHeaders(
  signingSecret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): { 'X-Slack-Signature': string; 'X-Slack-Request-Timestamp': string } {
  return {
    'X-Slack-Signature': slackSignature(signingSecret, timestamp, body),
    'X-Slack-Request-Timestamp': String(timestamp),
  };
}
