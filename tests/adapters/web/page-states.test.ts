import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAsk } from '../../../src/app/ask.js';
import { createChartProvider } from '../../../src/charts/index.js';
import { type Answer, AnswerSchema } from '../../../src/contract/answer.js';
import type { AnswerOptions } from '../../../src/engine/index.js';
import { decodePng, textBands } from '../../charts/decode.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { launchBrowser, type RunningServer, startWebServer } from './helpers.js';
import { askQuestion, chartLoaded, chatOpener, replies } from './page-helpers.js';

/**
 * The page's states at desktop and phone width, against the real ask layer (its rate limit, length
 * limit and stored follow-up context) over a fixture engine.
 */
const value: Answer = {
  ...FIXTURES.valueAnswer,
  context: { intent: 'value', series: ['naturalisatie.aanvragen'], periods: ['2024'] },
};
const followUp = AnswerSchema.parse({
  ...value,
  question: 'en in 2023?',
  headline: '43.930',
  facts: [{ ...value.facts[0]!, period: '2023', value: 43930 }],
  context: null,
});
const notFound = (question: string) =>
  AnswerSchema.parse({ ...FIXTURES.hostileAnswer, question, text: `Geen cijfers voor "${question}".` });

function fixtureEngine(question: string, options: AnswerOptions): Answer {
  const found = Object.values(FIXTURES).find((a) => a.question === question);
  if (question === value.question) return value;
  if (question === 'en in 2023?' && options.context?.periods.includes('2024')) return followUp;
  return found ?? notFound(question);
}

const silent = { info: () => {}, error: () => {} };
const LIMIT = 120;
const serve = (ratePerMinute: number) =>
  startWebServer({
    ask: createAsk({
      answer: fixtureEngine,
      charts: createChartProvider(),
      logger: silent,
      limits: { maxQuestionLength: LIMIT, ratePerMinute },
    }),
    maxQuestionLength: LIMIT,
  });

let browser: Browser;
let web: RunningServer;
let url = () => web.url;
const chat = chatOpener(
  () => browser,
  () => url(),
);

beforeAll(async () => {
  [browser, web] = await Promise.all([launchBrowser(), serve(0)]);
});
afterEach(async () => {
  await chat.closeAll();
  url = () => web.url;
  expect(chat.errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

/** Resolves once scrolling has come to rest (smooth scrolling takes a few frames). */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );

describe.each([
  ['desktop', 1280, 720],
  ['phone', 390, 844],
])('the chat page on a %s', (_, width, height) => {
  const open = (options: { locale?: string } = {}) => chat.openChat({ width, height, ...options });

  it('never leaves keyboard focus behind the sticky question bar', async () => {
    const { page } = await open();
    for (const q of [
      value.question,
      FIXTURES.clarificationAnswer.question,
      FIXTURES.comparisonAnswer.question,
    ])
      await askQuestion(page, q);
    await askQuestion(page, FIXTURES.clarificationAnswer.question);
    await page.evaluate(() => window.scrollTo(0, 0));
    const hidden: string[] = [];
    let reachedBar = 0;
    for (let i = 0; i < 80 && reachedBar < 2; i++) {
      await page.keyboard.press('Tab');
      await settled(page);
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const form = document.querySelector('#ask')!;
        const r = el.getBoundingClientRect();
        const bar = form.getBoundingClientRect();
        return {
          name: `${el.tagName} ${el.textContent?.slice(0, 40)}`,
          inBar: form.contains(el),
          // Past the last element focus leaves the page (the body is active): nothing to cover.
          covered: el !== document.body && !form.contains(el) && r.bottom > bar.top + 1 && r.top < bar.bottom,
        };
      });
      if (where.inBar) reachedBar++;
      if (where.covered) hidden.push(where.name);
    }
    expect(reachedBar).toBeGreaterThan(0);
    expect(hidden).toEqual([]);
  });

  it('shows each card in the language it was asked in, labels included', async () => {
    const { page } = await open({ locale: 'nl-NL' });
    const english = await askQuestion(page, FIXTURES.comparisonAnswer.question);
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.locator('.who').textContent()).toBe('IND figures');
    expect(await english.locator('.reading .label').textContent()).toBe('Read as');
    expect(await english.locator('.sources .label').textContent()).toBe('Source');
    expect(await english.locator('details.facts summary').textContent()).toBe('Figures (2)');
    expect(await english.locator('a.csv').textContent()).toBe('Download CSV');
    expect(await (await chartLoaded(english)).getAttribute('alt')).toMatch(/^Bar chart: /);
    // The page around it stays Dutch.
    expect(await page.locator('#ask button[type=submit]').textContent()).toBe('Vraag');

    const dutch = await askQuestion(page, FIXTURES.clarificationAnswer.question);
    expect(await dutch.locator('.suggestions .label').textContent()).toBe('Bedoelt u:');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await dutch.locator('.suggestions .label').textContent()).toBe('Bedoelt u:');
    expect(await english.locator('.reading .label').textContent()).toBe('Read as');
  });

  it('says plainly when the server cannot be reached, and asks again on request', async () => {
    const { page } = await open();
    await page.route('**/api/ask', (route) => route.abort('internetdisconnected'));
    const failed = await askQuestion(page, value.question);
    const text = await failed.locator('p').first().textContent();
    expect(text).toBe('De server is niet bereikbaar. Draait de chat nog (npm run web of npm start)?');
    expect(text).not.toContain('`');
    await page.unroute('**/api/ask');
    chat.errors.splice(0); // the browser logs the refused fetch
    await failed.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect.poll(() => replies(page).first().locator('.headline').count()).toBe(1);
    expect(await replies(page).count()).toBe(1);
    expect(await replies(page).first().locator('.headline').textContent()).toBe('54.780');
  });

  it('shows asking too often as a polite pause of its own, in Dutch with "u"', async () => {
    const limited = await serve(1);
    url = () => limited.url;
    try {
      const { page } = await open();
      await askQuestion(page, value.question);
      const busy = await askQuestion(page, FIXTURES.comparisonAnswer.question);
      expect(await busy.getAttribute('class')).toContain('busy');
      expect(await busy.getAttribute('class')).not.toContain('error');
      expect(await busy.getAttribute('role')).toBe('status');
      const text = (await busy.locator('p').first().textContent())!;
      expect(text).toBe(
        'U stelt veel vragen kort na elkaar. Wacht u even en probeer het over een minuut opnieuw.',
      );
      expect(text).not.toMatch(/\b(je|jij|jouw)\b/i);
      expect(await busy.locator('button.retry').textContent()).toBe('Opnieuw proberen');
      chat.errors.splice(0); // the 429 is logged by the browser
      const { page: english } = await open({ locale: 'en-GB' });
      const busyEn = await askQuestion(english, value.question);
      expect(await busyEn.locator('p').first().textContent()).toMatch(/^You're asking a lot of questions/);
      chat.errors.splice(0);
    } finally {
      await limited.close();
    }
  });

  it('limits the question box to the server’s length limit', async () => {
    const { page } = await open();
    expect(await page.locator('#question').evaluate((el: HTMLInputElement) => el.maxLength)).toBe(LIMIT);
    await page.locator('#question').fill('');
    await page.locator('#question').pressSequentially('x'.repeat(LIMIT + 30), { delay: 0 });
    expect((await page.locator('#question').inputValue()).length).toBe(LIMIT);
  });

  it('starts a fresh conversation after a reload, so nothing follows on from answers no longer shown', async () => {
    const { page } = await open();
    await askQuestion(page, value.question);
    const follow = await askQuestion(page, 'en in 2023?');
    expect(await follow.locator('.headline').textContent()).toBe('43.930');
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await replies(page).count()).toBe(0);
    const alone = await askQuestion(page, 'en in 2023?');
    expect(await alone.locator('.headline').count()).toBe(0);
    expect(await alone.locator('.answer-text').textContent()).toContain('Geen cijfers');
  });

  it('shows the chart with text of at least 9 px at the width it is shown', async () => {
    const { page } = await open();
    const img = await chartLoaded(await askQuestion(page, FIXTURES.monthlySeriesAnswer.question));
    const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
    expect(src.includes('size=narrow')).toBe(width < 576);
    const shown = await decodePng(await img.screenshot());
    expect(shown.width).toBeLessThanOrEqual(width);
    // The last line of text is the source line under the chart; its glyphs' height on screen.
    const [from, to] = textBands(shown).at(-1)!;
    expect(to - from + 1).toBeGreaterThanOrEqual(9);
  });
});
