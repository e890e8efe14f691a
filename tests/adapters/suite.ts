import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/contract/answer.js';
import { FIXTURES, sourcedAnswer, trendWithChangeAnswer } from '../fixtures/answers.js';

/** What a user sees of one reply, read by each adapter's driver from what the adapter sent. */
export interface Delivered {
  /** All visible text (blocks, embeds, the page's text, what the terminal printed), joined. */
  text: string;
  /** The chart shown: an image URL, or the bytes of an uploaded/attached/written PNG. */
  image: { url?: string; png?: Uint8Array } | null;
  /** What the user can pick without typing the question: buttons, or the terminal's listed options. */
  buttons: string[];
  /** True when the reply could notify anyone or turn user text into markup or control codes. */
  couldPing: boolean;
}

export interface AdapterDriver {
  /**
   * Sends `question` as a user would, with the adapter's Ask answering `answer` (with the chart the
   * ask layer draws for it) or rejecting with the Error.
   */
  ask(question: string, answer: Answer | Error): Promise<Delivered>;
  close(): Promise<void>;
}

/**
 * The behaviour every adapter must show, whatever its platform: the number, the reading, the
 * source and the change reach the user, with a chart; suggestions can be picked; hostile text never
 * pings; and a failing Ask still gets the user a reply. Every check reads the adapter's output.
 */
export function adapterSuite(name: string, makeDriver: () => Promise<AdapterDriver>): void {
  describe(`${name} adapter (shared suite)`, () => {
    const withDriver = async (fn: (d: AdapterDriver) => Promise<void>) => {
      const driver = await makeDriver();
      try {
        await fn(driver);
      } finally {
        await driver.close();
      }
    };

    it('shows the figure, how the question was read, and the source from the answer’s sources', () =>
      withDriver(async (d) => {
        const a = sourcedAnswer;
        expect(`${a.text} ${a.quote ?? ''}`).not.toContain('Jaarcijfers');
        const got = await d.ask(a.question, a);
        expect(got.text).toContain('54.780');
        expect(got.text).toContain('Naturalisatie · aanvragen · 2024');
        expect(got.text).toContain('Jaarcijfers 2025');
        expect(got.couldPing).toBe(false);
      }));

    it('shows the change from the answer’s change', () =>
      withDriver(async (d) => {
        const a = trendWithChangeAnswer;
        expect(`${a.text} ${a.headline ?? ''}`).not.toMatch(/110|0,6/);
        const got = await d.ask(a.question, a);
        expect(got.text).toContain('+110');
        expect(got.text).toContain('+0,6%');
      }));

    it('shows a chart for a series', () =>
      withDriver(async (d) => {
        const a = FIXTURES.monthlySeriesAnswer;
        const got = await d.ask(a.question, a);
        expect(got.image).not.toBeNull();
        const png = got.image?.png;
        if (png) expect(Array.from(png.subarray(1, 4))).toEqual([0x50, 0x4e, 0x47]);
        else expect(got.image?.url).toMatch(/^https?:\/\//);
      }));

    it('shows both figures of a comparison', () =>
      withDriver(async (d) => {
        const a = FIXTURES.comparisonAnswer;
        const got = await d.ask(a.question, a);
        expect(got.text).toContain('53,590');
        expect(got.text).toContain('55,640');
      }));

    it('offers clarification suggestions to pick', () =>
      withDriver(async (d) => {
        const a = FIXTURES.clarificationAnswer;
        const got = await d.ask(a.question, a);
        expect(got.buttons).toEqual(expect.arrayContaining(a.suggestions));
      }));

    it('never lets quoted user text ping anyone', () =>
      withDriver(async (d) => {
        const a = FIXTURES.hostileAnswer;
        const got = await d.ask(a.question, a);
        expect(got.text).toMatch(/@[\u200b\u2060]?everyone/);
        expect(got.couldPing).toBe(false);
      }));

    it('still answers the user when asking fails', () =>
      withDriver(async (d) => {
        const got = await d.ask('hoeveel naturalisaties in 2024?', new Error('engine exploded'));
        expect(got.text.length).toBeGreaterThan(0);
        expect(got.text).not.toContain('engine exploded');
        expect(got.couldPing).toBe(false);
      }));
  });
}
