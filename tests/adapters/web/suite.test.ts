import type { Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { createChartProvider } from '../../../src/charts/index.js';
import type { Answer } from '../../../src/contract/answer.js';
import { fixtureAsk } from '../../fixtures/ask.js';
import { type AdapterDriver, adapterSuite, type Delivered } from '../suite.js';
import { launchBrowser, startWebServer } from './helpers.js';

// One browser for the file; each driver gets its own server and a fresh browser context.
let browser: Promise<Browser> | undefined;
afterAll(async () => (await browser)?.close());

/** Drives the real page: types the question, waits for the reply, and reads it as a user sees it. */
async function makeDriver(): Promise<AdapterDriver> {
  let next: Answer | Error = new Error('no answer set');
  const { ask } = fixtureAsk([], () => next, createChartProvider());
  const web = await startWebServer({ ask, onError: () => {} });
  browser ??= launchBrowser();
  const context = await (await browser).newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(web.url);
  await page.locator('body[data-ready="true"]').waitFor();
  const replies = page.locator('#log > .msg.bot:not(.pending)');

  return {
    async ask(question, answer): Promise<Delivered> {
      next = answer;
      const before = await replies.count();
      await page.locator('#question').fill(question);
      await page.locator('#question').press('Enter');
      await replies.nth(before).waitFor();
      const reply = replies.nth(before);

      let image: Delivered['image'] = null;
      const img = reply.locator('img.chart');
      if ((await img.count()) > 0) {
        const src = await img.evaluate((el: HTMLImageElement) => el.src);
        const response = await fetch(src);
        image = response.ok ? { url: src, png: new Uint8Array(await response.arrayBuffer()) } : { url: src };
      }
      // A web page cannot notify anyone; the equivalent harm is user text turned into markup (a
      // link, bold text, a script), or not shown as the literal text it was.
      const markup = await reply.locator('a:not(.csv), strong, b, em, script, iframe').count();
      const shown = (await reply.textContent()) ?? '';
      const literal =
        answer instanceof Error || answer.text.split('\n').every((line) => shown.includes(line));
      return {
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is what a reader sees
        text: await reply.innerText(),
        image,
        buttons: await reply.locator('button, a').allInnerTexts(),
        couldPing: markup > 0 || !literal,
      };
    },
    async close() {
      await context.close();
      await web.close();
    },
  };
}

adapterSuite('web', makeDriver);
