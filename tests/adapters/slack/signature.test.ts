import { isValidSlackRequest } from '@slack/bolt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { slackSignature, slackSignatureHeaders } from '../../../src/adapters/slack/signature.js';

/** The worked example in Slack's documentation on verifying requests from Slack. */
const DOC = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

/** Bolt's own check, the one the app's receiver runs on every request. */
const boltAccepts = (signature: string, timestamp: number, body = DOC.body) =>
  isValidSlackRequest({
    signingSecret: DOC.secret,
    body,
    headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('request signatures', () => {
  it("our signer reproduces the example in Slack's documentation", () => {
    expect(slackSignature(DOC.secret, DOC.timestamp, DOC.body)).toBe(DOC.signature);
    expect(slackSignatureHeaders(DOC.secret, DOC.body, DOC.timestamp)).toEqual({
      'X-Slack-Signature': DOC.signature,
      'X-Slack-Request-Timestamp': String(DOC.timestamp),
    });
  });

  it('Bolt accepts the documented request at the time it was sent, and rejects any change to it', () => {
    vi.useFakeTimers({ now: (DOC.timestamp + 10) * 1000 });
    expect(boltAccepts(DOC.signature, DOC.timestamp)).toBe(true);
    expect(boltAccepts(DOC.signature, DOC.timestamp, DOC.body.replace('text=', 'text=x'))).toBe(false);
    expect(boltAccepts(DOC.signature, DOC.timestamp + 1)).toBe(false);
    expect(boltAccepts(DOC.signature.replace(/.$/, '0'), DOC.timestamp)).toBe(false);
    expect(boltAccepts(slackSignature('another-secret', DOC.timestamp, DOC.body), DOC.timestamp)).toBe(false);
  });

  it('Bolt rejects the same request more than five minutes later (replay)', () => {
    vi.useFakeTimers({ now: (DOC.timestamp + 5 * 60 + 1) * 1000 });
    expect(boltAccepts(DOC.signature, DOC.timestamp)).toBe(false);
  });

  it('a request our signer signs now is one Bolt accepts', () => {
    const body = 'text=hoeveel&command=%2Find';
    const ts = Math.floor(Date.now() / 1000);
    expect(
      isValidSlackRequest({
        signingSecret: DOC.secret,
        body,
        headers: {
          'x-slack-signature': slackSignature(DOC.secret, ts, body),
          'x-slack-request-timestamp': ts,
        },
      }),
    ).toBe(true);
  });
});
