import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { adapterLogger, createLogger, errorReporter, scrub } from '../../src/ops/logger.js';

function capture(pretty = false, options: { level?: string; secrets?: string[] } = {}) {
  let text = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger({ destination, pretty, ...options }), text: () => text };
}

const BOT = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const APP = 'xapp-1-A0123456789-1234567890123-abcdef0123456789';
const DISCORD = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const RESPONSE_URL = 'https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN';
const WEBHOOK =
  'https://discord.com/api/v10/webhooks/112233445566778899/aW50ZXJhY3Rpb246MTIz/messages/@original';

describe('the logger', () => {
  it('writes one JSON line per entry when not in a terminal', () => {
    const log = capture();
    log.logger.info({ adapter: 'slack', outcome: 'value' }, 'question');
    const [line, ...rest] = log.text().trim().split('\n');
    expect(rest).toEqual([]);
    expect(JSON.parse(line!)).toMatchObject({
      level: 30,
      adapter: 'slack',
      outcome: 'value',
      msg: 'question',
    });
  });

  it('writes readable lines in a terminal', () => {
    const log = capture(true);
    log.logger.info({ adapter: 'slack' }, 'question');
    expect(log.text()).not.toMatch(/^\{/);
    expect(log.text()).toContain('question');
  });

  it('masks tokens and credential-bearing URLs in messages, fields and errors', () => {
    const log = capture();
    log.logger.error({ err: `login failed for ${DISCORD}`, url: RESPONSE_URL }, `token ${BOT} and ${APP}`);
    log.logger.error({ err: new Error(`PATCH ${WEBHOOK} failed`) }, 'follow-up');
    log.logger.warn({ nested: { detail: `posting to ${RESPONSE_URL}` } }, 'x');
    adapterLogger(log.logger, 'slack').error(`an error mentioning ${BOT}`);
    errorReporter(log.logger, 'discord')(new Error(`refused ${DISCORD}`), 'gateway');
    const text = log.text();
    for (const secret of [BOT, APP, DISCORD, '96rGlfmibIGlgcZRskXaIFfN', 'aW50ZXJhY3Rpb246MTIz'])
      expect(text).not.toContain(secret);
    expect(text).toContain('hooks.slack.com/commands/[redacted]');
    expect(text).toContain('/webhooks/112233445566778899/[redacted]');
    expect(text.match(/\[redacted\]/g)!.length).toBeGreaterThanOrEqual(7);
  });

  it('redacts secret fields by name, even one level down', () => {
    const log = capture();
    log.logger.info(
      { token: 'plain-secret-1', config: { signingSecret: 'plain-secret-2', port: 3000 } },
      'cfg',
    );
    expect(log.text()).not.toContain('plain-secret');
    expect(JSON.parse(log.text())).toMatchObject({ token: '[redacted]', config: { port: 3000 } });
  });

  it('leaves ordinary text alone', () => {
    const text = 'Hoeveel naturalisatieaanvragen in 2024? https://ind.nl/cijfers x-y.z';
    expect(scrub(text)).toBe(text);
  });

  it.each([
    ['JSON', false],
    ['pretty', true],
  ])('removes configured secrets by value from every field at every level (%s output)', (_, pretty) => {
    const SIGNING = 'f00dfeed0123456789abcdef01234567';
    const CUSTOM = 'not-token-shaped-but-configured';
    const log = capture(pretty, { level: 'trace', secrets: [SIGNING, CUSTOM] });
    const child = log.logger.child({ requestSecret: SIGNING });
    const methods = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
    for (const level of methods) {
      child[level](
        {
          question: `is ${SIGNING} het signing secret?`,
          nested: { list: [CUSTOM, { deeper: [`x${SIGNING}x`] }] },
          err: new Error(`refused ${CUSTOM}`),
          other: new Error(`also ${SIGNING}`),
          cut: `${SIGNING.slice(0, 18)}`,
        },
        `${level}: pasted ${SIGNING} and %s`,
        CUSTOM,
      );
    }
    log.logger.error(new Error(`thrown with ${SIGNING}`));
    log.logger.info(`multi-line\n${CUSTOM}\n${BOT}`);
    const text = log.text();
    for (const level of methods) expect(text).toContain(`${level}: pasted [redacted] and [redacted]`);
    for (const secret of [SIGNING, CUSTOM, BOT, SIGNING.slice(0, 18)]) expect(text).not.toContain(secret);
    expect(text).toContain('is [redacted] het signing secret?');
    if (!pretty) for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });
});
