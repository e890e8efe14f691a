import { describe, expect, it } from 'vitest';
import { createAsk } from '../../src/app/ask.js';
import type { AskRequest } from '../../src/app/types.js';
import { answer } from '../../src/engine/index.js';

function recorder() {
  const lines: { level: string; fields: Record<string, unknown>; message?: string }[] = [];
  return {
    lines,
    logger: {
      info: (fields: object, message?: string) =>
        lines.push({ level: 'info', fields: fields as Record<string, unknown>, message }),
      error: (fields: object, message?: string) =>
        lines.push({ level: 'error', fields: fields as Record<string, unknown>, message }),
    },
  };
}
const req = (question: string, over: Partial<AskRequest> = {}): AskRequest => ({
  question,
  adapter: 'slack',
  userId: 'T123:U456SECRETUSER',
  conversationId: 'C1:1700000000.1',
  today: '2026-11-22',
  ...over,
});

describe('the ask layer', () => {
  it('answers through the engine and logs one structured line per question, without the user id', async () => {
    const log = recorder();
    const ask = createAsk({
      answer,
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 20 },
    });
    const a = await ask(req('Hoeveel naturalisatieaanvragen in 2024?'));
    expect(a.facts[0]).toMatchObject({ value: 54780 });
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]!.fields).toMatchObject({
      adapter: 'slack',
      outcome: 'value',
      series: ['naturalisatie.aanvragen'],
    });
    expect(typeof log.lines[0]!.fields.latencyMs).toBe('number');
    expect(JSON.stringify(log.lines)).not.toContain('U456SECRETUSER');
  });

  it('keeps follow-up context per conversation', async () => {
    const log = recorder();
    const ask = createAsk({
      answer,
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 20 },
    });
    await ask(req('Hoeveel naturalisatieaanvragen in 2024?'));
    const followUp = await ask(req('en in 2023?'));
    expect(followUp.facts[0]).toMatchObject({ series: 'naturalisatie.aanvragen', period: '2023' });
    const elsewhere = await ask(req('en in 2023?', { conversationId: 'another' }));
    expect(elsewhere.facts).toEqual([]);
  });

  it('refuses an overly long question with a clear message, without asking the engine', async () => {
    let called = 0;
    const ask = createAsk({
      answer: (q, o) => {
        called++;
        return answer(q, o);
      },
      logger: recorder().logger,
      limits: { maxQuestionLength: 100, ratePerMinute: 20 },
    });
    const a = await ask(req('naturalisatie '.repeat(50)));
    expect(a.text).toMatch(/te lang.*100/);
    expect(called).toBe(0);
  });

  it('rate-limits per user with a friendly reply in the user language, and lets others ask', async () => {
    let t = 0;
    const log = recorder();
    const ask = createAsk({
      answer,
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 3 },
      now: () => t,
    });
    for (let i = 0; i < 3; i++) expect((await ask(req('naturalisatie 2024'))).facts.length).toBe(1);
    const limited = await ask(req('How many naturalisation applications in 2024?'));
    expect(limited.facts).toEqual([]);
    expect(limited.text).toMatch(/try again in a minute/);
    expect((await ask(req('naturalisatie 2024', { userId: 'someone-else' }))).facts.length).toBe(1);
    t += 60_000;
    expect((await ask(req('naturalisatie 2024'))).facts.length).toBe(1);
    expect(log.lines.some((l) => l.fields.outcome === 'rate_limited')).toBe(true);
  });

  it('answers the user even when the engine throws, and logs the failure', async () => {
    const log = recorder();
    const ask = createAsk({
      answer: () => {
        throw new Error('boom');
      },
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 20 },
    });
    const a = await ask(req('Hoeveel naturalisatieaanvragen in 2024?'));
    expect(a.kind).toBe('not_found');
    expect(a.text).toMatch(/iets mis/);
    expect(log.lines.some((l) => l.level === 'error')).toBe(true);
  });

  it('fills in the chart URL when the chart fits', async () => {
    const ask = createAsk({
      answer,
      charts: () => ({
        url: 'https://charts.example/chart?c=1',
        png: async () => new Uint8Array(),
        alt: 'x',
      }),
      logger: recorder().logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 20 },
    });
    expect((await ask(req('trend naturalisatie 2018-2025'))).chart).toEqual({
      url: 'https://charts.example/chart?c=1',
    });
  });
});

describe('the conversation store', () => {
  it('forgets the oldest conversations beyond its capacity, and stale ones', async () => {
    const { ConversationStore } = await import('../../src/app/conversations.js');
    let t = 0;
    const store = new ConversationStore(2, 1000, () => t);
    const reading = (id: string) => ({ intent: 'value', series: [id], periods: ['2024'] });
    store.set('a', reading('a'));
    store.set('b', reading('b'));
    store.set('c', reading('c'));
    expect(store.get('a')).toBeNull();
    expect(store.get('c')?.series).toEqual(['c']);
    t = 2000;
    expect(store.get('c')).toBeNull();
  });
});
