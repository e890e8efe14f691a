import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { readBody } from '../../http/body.js';
import type { ReplayGuard } from '../shared/replay-guard.js';
import { checkSignedTimestamp } from '../shared/timestamp.js';

export interface SlackRequestGuardOptions {
  signingSecret: string;
  /** Largest body read; a larger one gets 413. */
  bodyLimit: number;
  replays: ReplayGuard;
  /** Told once per replay, with how long ago (seconds) it was signed; never with the payload. */
  onReplay: (signedSecondsAgo: number) => void;
  /** Told why a request got 401 (a wrong SLACK_SIGNING_SECRET shows up here), without the request. */
  onRefused?: (reason: string) => void;
  now?: () => number;
}

/**
 * Says whether a request may go on to Bolt, having answered it itself when not. Bolt checks the
 * signature too, but reads the timestamp with Number() and only refuses old ones, so "Infinity",
 * "1e10" or a time in the future would pass; and it would answer a replay again.
 */
export type SlackRequestGuard = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
};

/** Slack's signature: "v0=" + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`, compared in constant time. */
export function isValidSlackSignature(
  signingSecret: string,
  timestamp: string,
  body: Buffer,
  signature: string | undefined,
): boolean {
  // Lower-case hex only, as Slack sends it and as Bolt compares it.
  if (!signature || !/^v0=[0-9a-f]{64}$/.test(signature)) return false;
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature.slice(3), 'hex'));
}

/**
 * Slack's ssl_check probe is unsigned; Bolt answers it without verifying and drops everything else
 * in the body, so it is passed on unchecked (Bolt's exact test, so the two never disagree).
 */
const isSslCheck = (req: IncomingMessage, body: Buffer) =>
  req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
  parseQuery(body.toString()).ssl_check === '1';

/**
 * Checks a POST to the events URL before Bolt sees it: a 1-10 digit timestamp within five minutes
 * of now either way, a valid signature over it, and a request not seen before. Failures get 401;
 * a replay gets 200 (Slack's "received") and is not answered again.
 */
export function createSlackRequestGuard(options: SlackRequestGuardOptions): SlackRequestGuard {
  const now = options.now ?? Date.now;
  return async (req, res) => {
    const read = await readBody(req, options.bodyLimit);
    if (!read.ok && read.reason === 'too_large') {
      res.writeHead(413, { Connection: 'close' }).end();
      return false;
    }
    if (!read.ok) {
      res.destroy();
      return false;
    }
    const body = read.bytes;
    // Bolt reads the body from here instead of from the (already consumed) stream.
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    if (isSslCheck(req, body)) return true;

    const timestamp = header(req, 'x-slack-request-timestamp');
    const time = checkSignedTimestamp(timestamp, now());
    const refuse = (reason: string) => {
      options.onRefused?.(reason);
      res.writeHead(401).end();
      return false;
    };
    if (!time.ok) return refuse(time.reason);
    if (!isValidSlackSignature(options.signingSecret, timestamp!, body, header(req, 'x-slack-signature')))
      return refuse('missing or wrong signature');
    if (!options.replays.firstSighting({ timestamp: timestamp!, seconds: time.seconds, body })) {
      options.onReplay(Math.round(now() / 1000 - time.seconds));
      res.writeHead(200).end();
      return false;
    }
    return true;
  };
}
