import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTICES } from '../../../src/app/messages.js';
import { createChartProvider } from '../../../src/charts/index.js';
import { type Answer, AnswerSchema } from '../../../src/contract/answer.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { fixtureAsk, launchBrowser, type RunningServer, startWebServer } from './helpers.js';
import { askQuestion, chartLoaded, chatOpener, replies, waitForReply } from './page-helpers.js';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');
const value = FIXTURES.valueAnswer;

/** "en in 2023?" only makes sense after the 2024 question in the same conversation. */
const followUp: Answer = AnswerSchema.parse({
  ...value,
  question: 'en in 2023?',
  text: 'In 2023 ontving de IND 43.930 aanvragen voor naturalisatie (Jaarcijfers 2025).',
  reading: 'Naturalisatie · aanvragen · 2023',
  headline: '43.930',
  facts: [{ ...value.facts[0]!, period: '2023', value: 43930 }],
  notes: [],
  quote: null,
});

/** Engine texts repeat their notes; the page shows each note once, in the notes box. */
const withNoteInText: Answer = AnswerSchema.parse({
  ...value,
  question: 'naturalisatie 2024 met noot',
  text: `${value.text}\n${value.notes[0]!.text}\nBron: IND, Jaarcijfers 2025.`,
});

const notFound = (question: string): Answer =>
  AnswerSchema.parse({
    ...FIXTURES.hostileAnswer,
    question,
    text: `Geen cijfers voor "${question}" in deze test.`,
  });

let browser: Browser;
let web: RunningServer;
const { ask, requests } = fixtureAsk(
  [
    value,
    withNoteInText,
    FIXTURES.comparisonAnswer,
    FIXTURES.monthlySeriesAnswer,
    FIXTURES.clarificationAnswer,
    FIXTURES.hostileAnswer,
  ],
  (request) => {
    if (request.question === 'explode') return new Error('engine exploded');
    const earlier = requests.slice(0, -1).filter((r) => r.conversationId === request.conversationId);
    if (request.question === 'en in 2023?' && earlier.some((r) => r.question === value.question))
      return followUp;
    return notFound(request.question);
  },
  createChartProvider(),
);

const engineErrors: unknown[] = [];
const chat = chatOpener(
  () => browser,
  () => web.url,
);
const { openChat, openTab } = chat;
const pageErrors = chat.errors;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  [browser, web] = await Promise.all([
    launchBrowser(),
    startWebServer({ ask, onError: (e) => engineErrors.push(e) }),
  ]);
});
afterEach(async () => {
  await chat.closeAll();
  // Any script error or failed load (a 404 chart, a CSP violation) fails the test that caused it.
  expect(pageErrors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('web chat in a browser', () => {
  it('answers a typed question with the figure, reading, caveats, source and a loaded chart', async () => {
    const { page } = await openChat();
    const reply = await askQuestion(page, value.question);
    expect(await reply.locator('.headline').textContent()).toBe('54.780');
    expect(await reply.locator('.answer-text').textContent()).toBe(value.text);
    expect(await reply.locator('.reading').textContent()).toBe(
      'Gelezen als Naturalisatie · aanvragen · 2024',
    );
    expect(await reply.locator('.notes').textContent()).toContain(
      'In Jaarcijfers 2023 stond hier voor 2022 45.090.',
    );
    expect(await reply.locator('.sources').textContent()).toBe('Bron: Jaarcijfers 2025');
    expect(await reply.locator('blockquote').textContent()).toBe(value.quote);
    const img = await chartLoaded(reply);
    expect(await img.getAttribute('alt')).toMatch(/^Lijngrafiek: Naturalisatie · aanvragen.*54\.780/);
    expect(await page.locator('#question').inputValue()).toBe('');
    expect(await page.locator('.msg.user p').first().textContent()).toBe(value.question);
    expect(requests.at(-1)).toMatchObject({ adapter: 'web', question: value.question });
  });

  it('shows a note once, in the notes box, when the reply text repeats it', async () => {
    const { page } = await openChat();
    const reply = await askQuestion(page, withNoteInText.question);
    expect(await reply.locator('.answer-text').textContent()).toBe(
      `${value.text}\nBron: IND, Jaarcijfers 2025.`,
    );
    expect(await reply.locator('.notes li').allTextContents()).toEqual([value.notes[0]!.text]);
  });

  it('can be used with the keyboard alone, suggestions included', async () => {
    const { page } = await openChat();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await page.keyboard.type(FIXTURES.clarificationAnswer.question);
    await page.keyboard.press('Enter');
    const reply = await waitForReply(page, 0);
    expect(await reply.locator('button.suggestion').allTextContents()).toEqual(
      FIXTURES.clarificationAnswer.suggestions,
    );
    expect(await reply.locator('.suggestions .label').textContent()).toBe('Bedoelt u:');

    const wanted = FIXTURES.clarificationAnswer.suggestions[1]!;
    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === wanted) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(wanted);
    await page.keyboard.press('Enter');
    const next = await waitForReply(page, 1);
    expect(requests.at(-1)?.question).toBe(wanted);
    expect(await page.locator('.msg.user p').last().textContent()).toBe(wanted);
    expect(await next.locator('.answer-text').textContent()).toContain(wanted);
    // The keyboard is back in the text box, ready for the next question.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
  });

  it('asks a suggestion or an example when it is clicked', async () => {
    const { page } = await openChat();
    await page.locator('#examples button', { hasText: value.question }).click();
    const first = await waitForReply(page, 0);
    expect(await first.locator('.headline').textContent()).toBe('54.780');
    expect(await page.locator('#intro').isHidden()).toBe(true);
    const clarification = await askQuestion(page, FIXTURES.clarificationAnswer.question);
    const wanted = FIXTURES.clarificationAnswer.suggestions[0]!;
    await clarification.getByRole('button', { name: wanted }).click();
    await waitForReply(page, 2);
    expect(requests.at(-1)?.question).toBe(wanted);
  });

  it('keeps a conversation per tab, so follow-ups work, and starts afresh on request', async () => {
    const { context, page } = await openChat();
    await askQuestion(page, value.question);
    const follow = await askQuestion(page, 'en in 2023?');
    expect(await follow.locator('.headline').textContent()).toBe('43.930');
    const [first, second] = requests.slice(-2);
    expect(first!.conversationId).toBe(second!.conversationId);
    expect(first!.conversationId).toMatch(/^web:[0-9a-f-]{36}$/);

    const otherTab = await openTab(context);
    const alone = await askQuestion(otherTab, 'en in 2023?');
    expect(await alone.locator('.headline').count()).toBe(0);
    expect(requests.at(-1)!.conversationId).not.toBe(first!.conversationId);

    await page.getByRole('button', { name: 'Nieuw gesprek' }).click();
    expect(await replies(page).count()).toBe(0);
    await askQuestion(page, 'en in 2023?');
    expect(requests.at(-1)!.conversationId).not.toBe(first!.conversationId);
  });

  it('downloads exactly the figures shown as CSV', async () => {
    const { page } = await openChat();
    const series = FIXTURES.monthlySeriesAnswer;
    const reply = await askQuestion(page, series.question);
    await chartLoaded(reply);
    await reply.locator('details.facts summary').click();
    expect(await reply.locator('details.facts tbody tr').count()).toBe(12);
    expect(await reply.locator('details.facts tbody tr').first().textContent()).toBe(
      '2025-01Naturalisatie · in behandeling17.490Maandcijfers IND december 2025',
    );

    const [download] = await Promise.all([page.waitForEvent('download'), reply.locator('a.csv').click()]);
    expect(download.suggestedFilename()).toBe(
      'ind-cijfers-naturalisatie-in-behandeling-januari-december-2025.csv',
    );
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('series,label,period,value,unit,source');
    expect(lines.slice(1)).toEqual(
      series.facts.map((f) => `${f.series},${f.label},${f.period},${f.value},${f.unit},${f.source}`),
    );

    const clarification = await askQuestion(page, FIXTURES.clarificationAnswer.question);
    expect(await clarification.locator('a.csv').count()).toBe(0);
  });

  it('follows the browser language, switches, and remembers the choice', async () => {
    const { page } = await openChat({ locale: 'en-US' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#ask button[type=submit]').textContent()).toBe('Ask');
    expect(await page.locator('#question').getAttribute('placeholder')).toMatch(/^E\.g\./);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#examples button').first().textContent()).toMatch(/^How many/);

    const reply = await askQuestion(page, FIXTURES.comparisonAnswer.question);
    expect(await reply.locator('.reading .label').textContent()).toBe('Read as');
    expect(await reply.locator('a.csv').textContent()).toBe('Download CSV');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('#ask button[type=submit]').textContent()).toBe('Vraag');
    expect(await page.locator('label[for=question]').textContent()).toBe('Uw vraag');
    // A card stays in the language it was answered in, labels included.
    expect(await reply.locator('.reading .label').textContent()).toBe('Read as');
    expect(await reply.locator('a.csv').textContent()).toBe('Download CSV');
    expect(await reply.getAttribute('lang')).toBe('en');

    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#ask button[type=submit]').textContent()).toBe('Vraag');
  });

  it('starts in Dutch for a Dutch browser and in English for others', async () => {
    const dutch = await openChat({ locale: 'nl-BE' });
    expect(await dutch.page.locator('h1').textContent()).toBe('IND-cijfers');
    const german = await openChat({ locale: 'de-DE' });
    expect(await german.page.locator('h1').textContent()).toBe('IND figures');
  });

  it('shows hostile text as plain text, never as markup', async () => {
    const { page } = await openChat();
    const hostile = FIXTURES.hostileAnswer;
    const reply = await askQuestion(page, hostile.question);
    expect(await reply.locator('.answer-text').textContent()).toBe(hostile.text);
    expect(await page.locator('.msg.user p').last().textContent()).toBe(hostile.question);
    expect(await page.locator('#log a:not(.csv), #log strong, #log b, #log script').count()).toBe(0);
  });

  it('tells the user when the engine fails, and keeps working', async () => {
    const { page } = await openChat();
    const failed = await askQuestion(page, 'explode');
    expect(await failed.locator('p').textContent()).toBe(NOTICES.nl.failed);
    expect(await failed.locator('button.retry').textContent()).toBe('Opnieuw proberen');
    expect(await failed.textContent()).not.toContain('exploded');
    expect(engineErrors.map((e) => (e as Error).message)).toEqual(['engine exploded']);
    // The 500 is expected here; the browser logs every failed fetch as a console error.
    pageErrors.splice(0);
    const next = await askQuestion(page, value.question);
    expect(await next.locator('.headline').textContent()).toBe('54.780');
  });

  it('passes ?today= on, for reproducible relative dates', async () => {
    const { page } = await openChat({ path: '/?today=2026-11-22' });
    await askQuestion(page, value.question);
    expect(requests.at(-1)?.today).toBe('2026-11-22');
  });

  it('is readable on a phone', async () => {
    const { page } = await openChat({ width: 375, height: 800 });
    await askQuestion(page, FIXTURES.clarificationAnswer.question);
    const reply = await askQuestion(page, FIXTURES.monthlySeriesAnswer.question);
    const img = await chartLoaded(reply);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect((await img.boundingBox())!.width).toBeLessThanOrEqual(375);
    expect(await page.locator('#question').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat-phone.png'), fullPage: true });
  });

  it('writes a screenshot of a conversation for review', async () => {
    const { page } = await openChat({ width: 1000, height: 900 });
    await chartLoaded(await askQuestion(page, value.question));
    await askQuestion(page, 'en in 2023?');
    await chartLoaded(await askQuestion(page, FIXTURES.comparisonAnswer.question));
    await askQuestion(page, FIXTURES.clarificationAnswer.question);
    // Scrolled to the end, the sticky question box sits at the bottom of the full-page capture.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: join(ARTIFACTS, 'web-chat.png'), fullPage: true });
    expect(readFileSync(join(ARTIFACTS, 'web-chat.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
