import { afterEach, describe, expect, it } from 'vitest';
import { answer, suggestQuestions } from '../../src/app/default-engine.js';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { worstCaseInputs } from '../../src/bench/worst-case.js';
import { createChartProvider } from '../../src/charts/index.js';
import { parseConfig } from '../../src/config.js';
import { memoryLogger } from './loopback.js';

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.stop({ graceMs: 100 });
  app = null;
});

/** The generated input the engine takes longest over, found by answering them all once. */
function slowestInput(): string {
  let slowest = '';
  let most = -1;
  for (const q of worstCaseInputs(400)) {
    const t = performance.now();
    answer(q, { today: '2026-11-22' });
    const d = performance.now() - t;
    if (d > most) [most, slowest] = [d, q];
  }
  return slowest;
}

describe('one slow question', () => {
  it('does not hold /health: it answers within a second while the slowest input is being answered', async () => {
    const q = slowestInput();
    app = await startApp(parseConfig({ PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000' }), {
      answer,
      suggest: suggestQuestions,
      charts: createChartProvider(),
      logger: memoryLogger().logger,
    });
    const ask = () =>
      fetch(`${app!.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: q.slice(0, 999) }),
      });
    // Ten of the slowest questions in flight, then the health check among them.
    const inFlight = Array.from({ length: 10 }, ask);
    const started = performance.now();
    const health = await fetch(`${app.url}/health`);
    const waited = performance.now() - started;
    expect(health.status).toBe(200);
    expect(waited).toBeLessThan(1000);
    for (const r of await Promise.all(inFlight)) expect(r.status).toBe(200);
  });
});
