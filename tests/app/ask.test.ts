import { describe, expect, it } from 'vitest';
import { createAsk } from '../../src/app/ask.js';
import { answer } from '../../src/app/default-engine.js';
import { NOTICES } from '../../src/app/messages.js';
import { createChartProvider } from '../../src/charts/index.js';
import type { Reading } from '../../src/contract/answer.js';
import type { AskRequest } from '../../src/contract/ask.js';

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
    const { answer: a } = await ask(req('Hoeveel naturalisatieaanvragen in 2024?'));
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
    const { answer: followUp } = await ask(req('en in 2023?'));
    expect(followUp.facts[0]).toMatchObject({ series: 'naturalisatie.aanvragen', period: '2023' });
    const { answer: elsewhere } = await ask(req('en in 2023?', { conversationId: 'another' }));
    expect(elsewhere.facts).toEqual([]);
  });

  it('replaces the follow-up context with the new answer’s, also when that is none (a decline)', async () => {
    const seen: (Reading | null | undefined)[] = [];
    const reading = (series: string): Reading => ({ intent: 'value', series: [series], periods: ['2024'] });
    const script: Record<string, Reading | null> = {
      'hoeveel naturalisaties in 2024': reading('naturalisatie.aanvragen'),
      'hoeveel Syriërs kregen asiel in 2023': null,
      'en in 2024?': reading('whatever'),
    };
    const ask = createAsk({
      answer: (q, o) => {
        seen.push(o.context);
        return { ...answer(q, o), context: script[q] ?? null };
      },
      logger: recorder().logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 0 },
    });
    for (const q of Object.keys(script)) await ask(req(q));
    expect(seen).toEqual([null, reading('naturalisatie.aanvragen'), null]);
  });

  it('keeps the context when the app itself answers (too long, rate limited): the engine saw nothing', async () => {
    const seen: (Reading | null | undefined)[] = [];
    const ask = createAsk({
      answer: (q, o) => {
        seen.push(o.context);
        return answer(q, o);
      },
      logger: recorder().logger,
      limits: { maxQuestionLength: 50, ratePerMinute: 0 },
    });
    await ask(req('Hoeveel naturalisatieaanvragen in 2024?'));
    await ask(req('x'.repeat(60)));
    await ask(req('en in 2023?'));
    expect(seen[1]?.series).toEqual(['naturalisatie.aanvragen']);
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
    const { answer: a } = await ask(req('naturalisatie '.repeat(50)));
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
    const facts = async (r: AskRequest) => (await ask(r)).answer.facts.length;
    for (let i = 0; i < 3; i++) expect(await facts(req('naturalisatie 2024'))).toBe(1);
    const { answer: limited } = await ask(req('How many naturalisation applications in 2024?'));
    expect(limited.facts).toEqual([]);
    expect(limited.text).toBe(NOTICES.en.rateLimited);
    expect(await facts(req('naturalisatie 2024', { userId: 'someone-else' }))).toBe(1);
    t += 60_000;
    expect(await facts(req('naturalisatie 2024'))).toBe(1);
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
    const { answer: a, chart } = await ask(req('Hoeveel naturalisatieaanvragen in 2024?'));
    expect(a.kind).toBe('not_found');
    expect(a.text).toBe(NOTICES.nl.failed);
    expect(chart).toBeNull();
    expect(log.lines.some((l) => l.level === 'error')).toBe(true);
  });

  it('returns the answer with its chart, drawn once, the URL in the answer when it fits', async () => {
    let drawn = 0;
    const chart = { url: 'https://charts.example/chart?c=1', png: async () => new Uint8Array([1]), alt: 'x' };
    const ask = createAsk({
      answer,
      charts: () => {
        drawn++;
        return chart;
      },
      logger: recorder().logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 20 },
    });
    const asked = await ask(req('trend naturalisatie 2018-2025'));
    expect(asked.answer.chart).toEqual({ url: 'https://charts.example/chart?c=1' });
    expect(asked.chart).toBe(chart);
    expect(drawn).toBe(1);
  });

  it('leaves the URL out when it does not fit, and hands over the PNG instead', async () => {
    const ask = createAsk({
      answer,
      charts: createChartProvider(),
      logger: recorder().logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 0 },
    });
    const { answer: a, chart } = await ask(
      req('Openstaande asielaanvragen naar leeftijd per maand in 2025', { adapter: 'discord' }),
    );
    expect(chart).not.toBeNull();
    if (chart!.url) expect(chart!.url.length).toBeLessThanOrEqual(2048);
    else expect(a.chart).toBeNull();
    expect(Array.from((await chart!.png()).subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]);
  });

  it('answers without a chart when the chart cannot be made, and logs it', async () => {
    const log = recorder();
    const ask = createAsk({
      answer,
      charts: () => {
        throw new Error('bad configuration');
      },
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 0 },
    });
    const asked = await ask(req('trend naturalisatie 2018-2025'));
    expect(asked.chart).toBeNull();
    expect(asked.answer.facts.length).toBeGreaterThan(2);
    expect(log.lines.find((l) => l.level === 'error')?.fields.err).toBe('bad configuration');
  });
});

describe('the ask layer, in the user language and discreet', () => {
  it('answers the length limit in English for an English question', async () => {
    const ask = createAsk({
      answer,
      logger: recorder().logger,
      limits: { maxQuestionLength: 40, ratePerMinute: 20 },
    });
    const { answer: a } = await ask(
      req('How many naturalisation applications were there in 2024, and in 2023?'),
    );
    expect(a).toMatchObject({ language: 'en', kind: 'not_found' });
    expect(a.text).toMatch(/too long \(over 40 characters\)/);
  });

  it('logs the question without the people it mentions, and no more than 200 characters', async () => {
    const log = recorder();
    const ask = createAsk({
      answer,
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 20 },
    });
    const question = `<@U0ABCDEF12> <@!123456789012345678> vraagt: naturalisatie 2024 ${'x'.repeat(300)}`;
    await ask(req(question));
    const logged = String(log.lines[0]!.fields.question);
    expect(logged).not.toMatch(/U0ABCDEF12|123456789012345678/);
    expect(logged.startsWith('<@…> <@…> vraagt: naturalisatie 2024')).toBe(true);
    expect(logged.length).toBeLessThanOrEqual(200);
    expect(log.lines[0]!.fields.length).toBe(question.length);
  });

  it('asks for a chart URL within the limit of the platform the answer goes to', async () => {
    const limits: number[] = [];
    const ask = createAsk({
      answer,
      charts: (_a, o) => {
        limits.push(o.maxUrlLength);
        return null;
      },
      logger: recorder().logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 0 },
    });
    for (const adapter of ['slack', 'discord', 'web'] as const)
      await ask(req('naturalisatie 2024', { adapter }));
    expect(limits).toEqual([3000, 2048, 8000]);
  });

  it('logs the series a clarification was about, from its reading', async () => {
    const log = recorder();
    const clarification = { ...answer('naturalisatie 2024'), kind: 'clarification' as const, facts: [] };
    const ask = createAsk({
      answer: () => clarification,
      logger: log.logger,
      limits: { maxQuestionLength: 500, ratePerMinute: 0 },
    });
    await ask(req('naturalisatie?'));
    expect(log.lines[0]!.fields).toMatchObject({
      outcome: 'clarification',
      series: ['naturalisatie.aanvragen'],
    });
  });
});

describe('the rate limiter', () => {
  it('refills evenly over the minute and forgets the least recent users beyond its size', async () => {
    const { RateLimiter } = await import('../../src/app/rate-limit.js');
    let t = 0;
    const limiter = new RateLimiter(2, () => t, 2);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
    t = 30_000;
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
    limiter.take('b');
    limiter.take('c');
    // 'a' was forgotten, so it starts again with a full bucket.
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, true]);
  });
});

describe('the conversation store', () => {
  it('forgets the oldest conversations beyond its capacity, and stale ones', async () => {
    const { createConversationStore } = await import('../../src/app/conversations.js');
    let t = 1_700_000_000_000;
    const store = createConversationStore({ max: 2, maxAgeMs: 1000, now: () => t });
    const reading = (id: string) => ({ intent: 'value', series: [id], periods: ['2024'] });
    store.set('a', reading('a'));
    store.set('b', reading('b'));
    store.set('c', reading('c'));
    expect(store.get('a')).toBeUndefined();
    expect(store.get('c')?.series).toEqual(['c']);
    t += 2000;
    expect(store.get('c')).toBeUndefined();
  });
});
