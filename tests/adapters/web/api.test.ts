import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/app/ask.js';
import { CHART_SIZES, type ChartProvider, createChartProvider } from '../../../src/charts/index.js';
import { AnswerSchema } from '../../../src/contract/answer.js';
import type { AskRequest } from '../../../src/contract/ask.js';
import { MAX_QUESTION_LENGTH } from '../../../src/engine/index.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { fixtureAsk, type RunningServer, startWebServer } from './helpers.js';
import { abandonedPost, raw } from './http-client.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const value = FIXTURES.valueAnswer;

let web: RunningServer;
let requests: AskRequest[];
const errors: unknown[] = [];

beforeAll(async () => {
  const fixtures = fixtureAsk(
    Object.values(FIXTURES),
    (r) => (r.question === 'explode' ? new Error('engine exploded: secret stack') : FIXTURES.hostileAnswer),
    createChartProvider(),
  );
  requests = fixtures.requests;
  web = await startWebServer({ ask: fixtures.ask, onError: (e) => errors.push(e) });
});
afterAll(() => web.close());

const post = (body: unknown, headers: Record<string, string> = JSON_HEADERS) =>
  raw(web.url, {
    method: 'POST',
    path: '/api/ask',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** After every kind of abuse the server must still answer a normal question. */
async function stillServing() {
  const res = await post({ question: value.question });
  expect(res.status).toBe(200);
  expect(res.json().headline).toBe('54.780');
}

describe('POST /api/ask', () => {
  it('returns the contract answer, with the chart pointing at this server', async () => {
    const res = await post({ question: value.question, today: '2026-11-22', conversation: 'tab-1' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = res.json();
    const answer = AnswerSchema.parse(body);
    expect(answer.facts).toEqual(value.facts);
    expect(answer.chart?.url).toMatch(/^\/api\/chart\?id=[A-Za-z0-9_-]{16}$/);
    expect((body.chart as { alt: string }).alt).toContain('54.780');
    expect(requests.at(-1)).toEqual({
      question: value.question,
      adapter: 'web',
      userId: 'web:127.0.0.1',
      conversationId: 'web:tab-1',
      today: '2026-11-22',
    });
  });

  it('keeps questions without a conversation id apart', async () => {
    await post({ question: value.question });
    await post({ question: value.question });
    const [a, b] = requests.slice(-2);
    expect(a!.conversationId).toMatch(/^web:/);
    expect(a!.conversationId).not.toBe(b!.conversationId);
    expect(a!.today).toBeUndefined();
  });

  it('serves the chart as a PNG, once per answer id', async () => {
    const url = (await post({ question: FIXTURES.monthlySeriesAnswer.question })).json().chart as {
      url: string;
    };
    const png = await raw(web.url, { path: url.url });
    expect(png.status).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const head = await raw(web.url, { method: 'HEAD', path: url.url });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(png.body.length);
    const wrongMethod = await raw(web.url, { method: 'POST', path: url.url });
    expect(wrongMethod.status).toBe(405);
  });

  it('serves the chart drawn for a phone’s width on request, and refuses other sizes', async () => {
    const { url } = (await post({ question: FIXTURES.monthlySeriesAnswer.question })).json().chart as {
      url: string;
    };
    const size = async (path: string) => {
      const image = await loadImage((await raw(web.url, { path })).body);
      return [image.width, image.height];
    };
    const { wide, narrow } = CHART_SIZES;
    expect(await size(url)).toEqual([
      wide.width * wide.devicePixelRatio,
      wide.height * wide.devicePixelRatio,
    ]);
    expect(await size(`${url}&size=narrow`)).toEqual([
      narrow.width * narrow.devicePixelRatio,
      narrow.height * narrow.devicePixelRatio,
    ]);
    const odd = await raw(web.url, { path: `${url}&size=huge` });
    expect(odd.status).toBe(400);
    expect(odd.json().message).toBe('size must be wide or narrow.');
  });

  it('answers a question the Ask declined for asking too often with 429 and its polite text', async () => {
    const limited = await startWebServer({
      ask: createAsk({
        answer: () => value,
        logger: { info: () => {}, error: () => {} },
        limits: { maxQuestionLength: 500, ratePerMinute: 1 },
      }),
    });
    try {
      const ask = () =>
        raw(limited.url, {
          method: 'POST',
          path: '/api/ask',
          headers: JSON_HEADERS,
          body: JSON.stringify({ question: value.question }),
        });
      expect((await ask()).status).toBe(200);
      const declined = await ask();
      expect(declined.status).toBe(429);
      expect(declined.json()).toEqual({
        error: 'rate_limited',
        message: 'U stelt veel vragen kort na elkaar. Wacht u even en probeer het over een minuut opnieuw.',
      });
    } finally {
      await limited.close();
    }
  });

  it('answers an unknown or malformed chart id with a clear 404', async () => {
    for (const path of ['/api/chart?id=AAAAAAAAAAAAAAAA', '/api/chart?id=../../x', '/api/chart']) {
      const res = await raw(web.url, { path });
      expect(res.status).toBe(404);
      expect(res.json().message).toMatch(/no longer available/);
    }
  });

  it('gives answers without numbers no chart', async () => {
    const res = await post({ question: FIXTURES.clarificationAnswer.question });
    expect(res.json().chart).toBeNull();
    expect(res.json().suggestions).toEqual(FIXTURES.clarificationAnswer.suggestions);
  });

  it('hides engine failures behind a plain 500 and reports them', async () => {
    const before = errors.length;
    const res = await post({ question: 'explode' });
    expect(res.status).toBe(500);
    expect(res.json()).toEqual({ error: 'internal', message: expect.stringMatching(/try again/) });
    expect(res.text).not.toContain('secret');
    expect(errors.length).toBe(before + 1);
    await stillServing();
  });
});

describe('bad requests get a 4xx with a message, and the server keeps serving', () => {
  it.each([
    ['GET', 405, 'method_not_allowed'],
    ['PUT', 405, 'method_not_allowed'],
    ['DELETE', 405, 'method_not_allowed'],
  ])('%s /api/ask → %s', async (method, status, code) => {
    const res = await raw(web.url, { method, path: '/api/ask' });
    expect(res.status).toBe(status);
    expect(res.headers.allow).toBe('POST');
    expect(res.json()).toEqual({ error: code, message: '/api/ask accepts POST only.' });
    await stillServing();
  });

  it.each<[string, string | undefined, string, number, RegExp]>([
    ['text/plain', 'text/plain', '{"question":"x"}', 415, /Content-Type: application\/json/],
    ['no content type', undefined, '{"question":"x"}', 415, /Content-Type: application\/json/],
    ['form data', 'application/x-www-form-urlencoded', 'question=x', 415, /JSON/],
    ['broken JSON', 'application/json', '{"question": ', 400, /not valid JSON/],
    ['empty body', 'application/json', '', 400, /not valid JSON/],
    ['an array', 'application/json', '["x"]', 400, /JSON object/],
    ['a string', 'application/json', '"hoeveel?"', 400, /JSON object/],
    ['no question', 'application/json', '{}', 400, /"question" is required/],
    ['a number', 'application/json', '{"question": 5}', 400, /"question" must be a string/],
    ['blank question', 'application/json', '{"question": "   "}', 400, /"question" must not be empty/],
    [
      'bad date',
      'application/json',
      '{"question": "x", "today": "22-11-2026"}',
      400,
      /"today" must be a date/,
    ],
    [
      'no such date',
      'application/json',
      '{"question": "x", "today": "2025-02-30"}',
      400,
      /real calendar date/,
    ],
    [
      'hostile id',
      'application/json',
      '{"question": "x", "conversation": "../../etc"}',
      400,
      /"conversation"/,
    ],
  ])('%s → %s', async (_name, type, body, status, message) => {
    const before = requests.length;
    const res = await post(body, type ? { 'Content-Type': type } : {});
    expect(res.status).toBe(status);
    expect(res.json().message).toMatch(message);
    expect(requests.length).toBe(before);
    await stillServing();
  });

  it('accepts a charset parameter on the content type', async () => {
    const res = await post(
      { question: value.question },
      { 'Content-Type': 'Application/JSON; charset=UTF-8' },
    );
    expect(res.status).toBe(200);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"question": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const res = await raw(web.url, { method: 'POST', path: '/api/ask', headers: JSON_HEADERS, body });
    expect(res.status).toBe(400);
    expect(res.json().message).toMatch(/UTF-8/);
  });

  it('refuses a huge body by its declared length with 413', async () => {
    const res = await post({ question: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(res.json()).toEqual({ error: 'payload_too_large', message: expect.stringMatching(/16384 bytes/) });
    await stillServing();
  });

  it('refuses a huge chunked body (no length given) with 413', async () => {
    const chunk = Buffer.alloc(8 * 1024, 'a');
    const res = await raw(web.url, {
      method: 'POST',
      path: '/api/ask',
      headers: { ...JSON_HEADERS, 'Transfer-Encoding': 'chunked' },
      chunked: [Buffer.from('{"question": "'), chunk, chunk, chunk, Buffer.from('"}')],
    });
    expect(res.status).toBe(413);
    await stillServing();
  });

  it('survives a client that hangs up in the middle of its body', async () => {
    await abandonedPost(web.url);
    await stillServing();
  });

  it('honours a smaller maxBodyBytes', async () => {
    const smallErrors: unknown[] = [];
    const small = await startWebServer({
      ask: fixtureAsk([value]).ask,
      maxBodyBytes: 64,
      onError: (e) => smallErrors.push(e),
    });
    try {
      const ok = await raw(small.url, {
        method: 'POST',
        path: '/api/ask',
        headers: JSON_HEADERS,
        body: JSON.stringify({ question: value.question }),
      });
      expect(ok.status).toBe(200);
      expect(smallErrors).toEqual([]);
      const tooBig = await raw(small.url, {
        method: 'POST',
        path: '/api/ask',
        headers: JSON_HEADERS,
        body: JSON.stringify({ question: 'h'.repeat(80) }),
      });
      expect(tooBig.status).toBe(413);
      expect(tooBig.json().message).toMatch(/64 bytes/);
    } finally {
      await small.close();
    }
  });
});

describe('the page and its files', () => {
  it('serves the page at /', async () => {
    const res = await raw(web.url, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('<form id="ask"');
  });

  it('sets the question box’s maxlength to the limit it is given, else the engine’s', async () => {
    const maxlength = (html: string) => /<input id="question"[^>]*\smaxlength="(\d+)"/.exec(html)?.[1];
    expect(maxlength((await raw(web.url, { path: '/' })).text)).toBe(String(MAX_QUESTION_LENGTH));
    const limited = await startWebServer({ ask: fixtureAsk([]).ask, maxQuestionLength: 321 });
    try {
      const page = await raw(limited.url, { path: '/' });
      expect(maxlength(page.text)).toBe('321');
      const head = await raw(limited.url, { method: 'HEAD', path: '/' });
      expect(Number(head.headers['content-length'])).toBe(page.body.length);
    } finally {
      await limited.close();
    }
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/render.js', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/favicon.svg', 'image/svg+xml'],
    ['/assets/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await raw(web.url, { path });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    const head = await raw(web.url, { method: 'HEAD', path });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('refuses other methods on files', async () => {
    const res = await raw(web.url, { method: 'POST', path: '/' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../package.json',
    '/assets/../package.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2fpackage.json',
    '/assets/..%2f..%2f..%2fpackage.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets/..\\..\\package.json',
    '/assets/%252e%252e/package.json',
    '/assets//etc/passwd',
    '/assets/.',
    '/assets/',
    '/%2e%2e/src/adapters/web/handler.ts',
    '/assets/%2e%2e/handler.ts',
    '/assets/..%2fhandler.ts',
  ])('does not serve %s', async (path) => {
    const res = await raw(web.url, { path });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('devDependencies');
    expect(res.text).not.toContain('createWebHandler');
    expect(res.text).not.toContain('root:');
  });

  it('leaves other paths to the rest of the server', async () => {
    for (const path of ['/slack/events', '/healthz', '/api/other', '/index.html']) {
      const res = await raw(web.url, { path });
      expect(res.status).toBe(404);
      expect(res.json().message).toBe('fallback: no route');
    }
  });
});

describe('charts that cannot be drawn', () => {
  it('still answers when the chart cannot be drawn, and says so on the chart URL', async () => {
    const seen: unknown[] = [];
    const broken: ChartProvider = (answer) => {
      if (answer.kind === 'series') throw new Error('no canvas');
      return { url: null, alt: 'x', png: () => Promise.reject(new Error('draw failed')) };
    };
    const server = await startWebServer({
      ask: fixtureAsk([value, FIXTURES.monthlySeriesAnswer], undefined, broken).ask,
      onError: (e) => seen.push(e),
    });
    const ask = (question: string) =>
      raw(server.url, {
        method: 'POST',
        path: '/api/ask',
        headers: JSON_HEADERS,
        body: JSON.stringify({ question }),
      });
    try {
      const series = await ask(FIXTURES.monthlySeriesAnswer.question);
      expect(series.status).toBe(200);
      expect(series.json().chart).toBeNull();
      const single = (await ask(value.question)).json().chart as { url: string };
      const png = await raw(server.url, { path: single.url });
      expect(png.status).toBe(500);
      expect(png.json().message).toBe('The chart could not be drawn.');
      expect(seen.map((e) => (e as Error).message)).toEqual(['draw failed']);
    } finally {
      await server.close();
    }
  });
});
