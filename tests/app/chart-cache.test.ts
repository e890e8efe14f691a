import { describe, expect, it } from 'vitest';
import { createAsk } from '../../src/app/ask.js';
import { cacheCharts } from '../../src/app/chart-cache.js';
import { answer } from '../../src/app/default-engine.js';
import { URL_LIMITS } from '../../src/charts/types.js';

const silent = { info: () => {}, error: () => {} };

describe('the chart cache', () => {
  it('draws a chart once for the ask layer and the adapter that renders the same answer', async () => {
    const drawnFor: string[] = [];
    const charts = cacheCharts((a, o) => {
      drawnFor.push(`${a.question}@${o.maxUrlLength}`);
      return { url: `https://charts.example/${o.maxUrlLength}`, png: async () => new Uint8Array(), alt: 'x' };
    });
    const ask = createAsk({
      answer,
      charts,
      logger: silent,
      limits: { maxQuestionLength: 500, ratePerMinute: 0 },
    });
    const request = { adapter: 'slack', userId: 'U1', conversationId: 'c' } as const;

    const a = await ask({ ...request, question: 'trend naturalisatie 2018-2025' });
    expect(a.chart).toEqual({ url: 'https://charts.example/3000' });
    // What the Slack adapter does next with the answer it received:
    const again = charts(a, { maxUrlLength: URL_LIMITS.slack });
    expect(again?.url).toBe('https://charts.example/3000');
    expect(drawnFor).toEqual(['trend naturalisatie 2018-2025@3000']);

    // Another limit, or another answer to the same question, is drawn anew.
    charts(a, { maxUrlLength: URL_LIMITS.discord });
    await ask({ ...request, question: 'trend naturalisatie 2018-2025' });
    expect(drawnFor).toHaveLength(3);
  });

  it('remembers that an answer has no chart', () => {
    let calls = 0;
    const charts = cacheCharts(() => {
      calls++;
      return null;
    });
    const a = answer('naturalisatie 2024');
    charts(a, { maxUrlLength: 3000 });
    expect(charts(a, { maxUrlLength: 3000 })).toBeNull();
    expect(calls).toBe(1);
  });
});
