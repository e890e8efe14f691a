import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface ChatOptions {
  locale?: string;
  width?: number;
  height?: number;
  path?: string;
}

/**
 * Opens the chat page in fresh browser contexts and records script errors and failed loads, so a
 * test can fail on them (`errors`), and closes what it opened (`closeAll`).
 */
export function chatOpener(browser: () => Browser, url: () => string) {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  async function openTab(context: BrowserContext, path = '/'): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url() + path);
    await page.locator('body[data-ready="true"]').waitFor();
    return page;
  }

  async function openChat(options: ChatOptions = {}) {
    const context = await browser().newContext({
      locale: options.locale ?? 'nl-NL',
      viewport: { width: options.width ?? 900, height: options.height ?? 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await openTab(context, options.path);
    return { context, page };
  }

  const closeAll = () => Promise.all(contexts.splice(0).map((c) => c.close()));
  return { openChat, openTab, errors, closeAll };
}

export const replies = (page: Page) => page.locator('#log > .msg.bot:not(.pending)');

export async function waitForReply(page: Page, before: number): Promise<Locator> {
  await expect.poll(() => replies(page).count()).toBe(before + 1);
  return replies(page).nth(before);
}

/** Types into the box and presses Enter, as a person would; resolves with the new reply. */
export async function askQuestion(page: Page, question: string): Promise<Locator> {
  const before = await replies(page).count();
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
  return waitForReply(page, before);
}

export async function chartLoaded(reply: Locator) {
  const img = reply.locator('img.chart');
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
    .toBe(true);
  return img;
}
