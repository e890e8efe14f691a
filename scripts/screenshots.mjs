#!/usr/bin/env node
// Regenerates the README's pictures with the project's own tools: the local PNG renderer for a chart,
// and headless Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) for the web chat at
// desktop and phone width, against the real engine. Usage: node scripts/screenshots.mjs [out-dir]
// (default docs/images). No network.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSources } from '../src/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'docs', 'images'));
/** A fixed reference date, so "latest" and relative periods do not move between runs. */
const TODAY = '2026-01-15';
const QUESTION = 'Hoeveel naturalisatieaanvragen in 2024?';

const [[{ answer }, { createAsk }, { createWebHandler }, charts], { chromium }] = await Promise.all([
  importSources('screenshots', [
    'src/app/default-engine.ts',
    'src/app/ask.ts',
    'src/adapters/web/handler.ts',
    'src/charts/index.ts',
  ]),
  import('playwright-core'),
]);
mkdirSync(out, { recursive: true });

// The chart beside a single figure: the trend around it, the asked point ringed and named.
const value = answer(QUESTION, { today: TODAY });
writeFileSync(join(out, 'chart.png'), await charts.renderChartPng(charts.buildChartConfig(value)));

const silent = { info: () => {}, error: () => {} };
const ask = createAsk({
  answer: (question, options) => answer(question, { ...options, today: TODAY }),
  charts: charts.createChartProvider(),
  logger: silent,
  limits: { maxQuestionLength: 500, ratePerMinute: 0 },
});
// The web chat's handler on its own server, as the app's shared server mounts it.
const handler = createWebHandler({ ask, maxQuestionLength: 500, onError: () => {} });
const server = createServer(async (req, res) => {
  if (!(await handler(req, res))) res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const chatUrl = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [name, viewport] of [
    ['web-chat.png', { width: 1000, height: 1100 }],
    ['web-chat-phone.png', { width: 390, height: 844 }],
  ]) {
    const context = await browser.newContext({ locale: 'nl-NL', viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(chatUrl);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.locator('#question').fill(QUESTION);
    await page.locator('#question').press('Enter');
    await page.locator('#log > .msg.bot:not(.pending)').waitFor();
    await page
      .locator('img.chart')
      .last()
      .evaluate((img) => img.decode());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(out, name) });
    await context.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
console.log(`wrote chart.png, web-chat.png and web-chat-phone.png to ${out}`);
