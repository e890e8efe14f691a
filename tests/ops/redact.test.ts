import { describe, expect, it } from 'vitest';
import { createRedactor, scrub } from '../../src/ops/redact.js';

const SIGNING_SECRET = '8f742231b10e8888abcd99aaabbb85a5';
/** A bot token of the real shape: base64 of the bot's id, a timestamp part, an HMAC part. */
const DISCORD = `${Buffer.from('1234567890123456789').toString('base64url')}.GxYz12.${'A1b2C3d4E5'.repeat(4)}`;

describe('redaction by value', () => {
  const redact = createRedactor([SIGNING_SECRET, 'p@ss"word\\with\nescapes', 'short', null, undefined]).text;

  it('masks a configured secret wherever it is in a text, every time', () => {
    expect(redact(`hoeveel ${SIGNING_SECRET} en ${SIGNING_SECRET}?`)).toBe(
      'hoeveel [redacted] en [redacted]?',
    );
    expect(redact(`glued${SIGNING_SECRET}glued`)).toBe('glued[redacted]glued');
  });

  it('masks the start of a secret at the end of a text cut to length', () => {
    expect(redact(`question: ${SIGNING_SECRET.slice(0, 20)}`)).toBe('question: [redacted]');
    expect(redact(`question: ${SIGNING_SECRET.slice(0, 6)}`)).toBe('question: [redacted]');
    // Not at the end, and not the secret's start: ordinary text.
    expect(redact(`${SIGNING_SECRET.slice(0, 20)} more`)).toBe(`${SIGNING_SECRET.slice(0, 20)} more`);
    expect(redact(`x ${SIGNING_SECRET.slice(4, 20)}`)).toBe(`x ${SIGNING_SECRET.slice(4, 20)}`);
  });

  it('masks secrets with quotes, backslashes and newlines in them', () => {
    expect(redact('a p@ss"word\\with\nescapes b')).toBe('a [redacted] b');
  });

  it('ignores values too short to be secrets', () => {
    expect(redact('a short question')).toBe('a short question');
  });
});

describe('redaction by shape', () => {
  it.each([
    ['a Slack bot token', 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx'],
    ['a Slack user token', 'xoxp-1234567890-0987654321-1122334455-abcdef0123456789abcdef0123456789'],
    ['a Slack app-level token', 'xapp-1-A0123456789-1234567890123-abcdef0123456789'],
    ['a Slack legacy workspace token', 'xoxa-2-1234567890-abcdef'],
    ['a Slack refresh token', 'xoxr-1234567890-abcdef'],
    ['a Discord bot token', DISCORD],
    [
      'a Discord token of the older length',
      'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
    ],
  ])('masks %s, alone, in a sentence and glued to other text', (_, token) => {
    expect(scrub(token)).toBe('[redacted]');
    expect(scrub(`is dit geldig: ${token}?`)).toBe('is dit geldig: [redacted]?');
    expect(scrub(`token=${token}&x=1`)).toBe('token=[redacted]&x=1');
  });

  it('masks a Discord token cut short at the end of a text', () => {
    expect(scrub(`vraag ${DISCORD.slice(0, 40)}`)).toBe('vraag [redacted]');
  });

  it('masks credential-bearing URLs and passwords in URLs', () => {
    expect(scrub('POST https://hooks.slack.com/commands/T1/397/96rGlfmibIG failed')).toBe(
      'POST https://hooks.slack.com/commands/[redacted] failed',
    );
    expect(scrub('PATCH https://discord.com/api/v10/webhooks/1122/aW50ZXJh/messages/@original')).toBe(
      'PATCH https://discord.com/api/v10/webhooks/1122/[redacted]/messages/@original',
    );
    expect(scrub('QUICKCHART_URL=https://bot:hunter2secret@charts.example.org/')).toBe(
      'QUICKCHART_URL=https://bot:[redacted]@charts.example.org/',
    );
  });

  it('leaves ordinary text alone', () => {
    for (const text of [
      'Hoeveel naturalisatieaanvragen in 2024? https://ind.nl/cijfers x-y.z',
      'asiel-eerste.aanvragen naturalisatie.beslissingen',
      'src/adapters/slack/request-guard.ts:42 a.very_long_identifier_name.with_parts_that_are_long',
      'box-office xoxo',
      'fcbfcb2b80 1795422255499',
    ])
      expect(scrub(text)).toBe(text);
  });
});

describe('a JSON log line', () => {
  const redact = createRedactor([SIGNING_SECRET]);

  it('has every string redacted, at any depth, and stays valid JSON', () => {
    const entry = {
      msg: `pasted ${SIGNING_SECRET}`,
      question: `token:\nxoxb-1234567890-abcdefghij and "${DISCORD}"`,
      nested: { list: [`a ${SIGNING_SECRET}`, 3, { deep: SIGNING_SECRET.slice(0, 12) }] },
      length: 42,
    };
    const line = redact.jsonLine(`${JSON.stringify(entry)}\n`);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({
      msg: 'pasted [redacted]',
      question: 'token:\n[redacted] and "[redacted]"',
      nested: { list: ['a [redacted]', 3, { deep: '[redacted]' }] },
      length: 42,
    });
  });

  it('is passed through unchanged when there is nothing to redact', () => {
    const line = JSON.stringify({ msg: 'question', series: ['a.b'], caf\u00e9: 'na\u00efef \u2603' });
    expect(redact.jsonLine(line)).toBe(line);
  });
});
