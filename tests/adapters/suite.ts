import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/contract/answer.js';
import { FIXTURES } from '../fixtures/answers.js';

/** What a user sees of one reply, flattened by each adapter's test driver. */
export interface Delivered {
  /** All visible text (blocks, embeds, HTML text content), joined. */
  text: string;
  /** The chart shown: an image URL, or the bytes of an uploaded/attached PNG. */
  image: { url?: string; png?: Uint8Array } | null;
  /** Button/link labels offered (clarification suggestions). */
  buttons: string[];
  /** True when the platform would notify anyone (unescaped @everyone/@here/<!channel>, user or role mentions allowed). */
  couldPing: boolean;
}

export interface AdapterDriver {
  /** Sends `question` as a user would, with the adapter wired to answer it with `answer`. */
  ask(question: string, answer: Answer | Error): Promise<Delivered>;
  close(): Promise<void>;
}

/**
 * The behaviour every adapter must show, whatever its platform: the number, the reading and the
 * source reach the user with a chart; suggestions become buttons; hostile text never pings; and a
 * failing engine still gets the user a reply.
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

    it('shows the figure, how the question was read, and the source', () =>
      withDriver(async (d) => {
        const a = FIXTURES.valueAnswer;
        const got = await d.ask(a.question, a);
        expect(got.text).toContain('54.780');
        expect(got.text).toContain('Naturalisatie · aanvragen · 2024');
        expect(got.text).toContain('Jaarcijfers 2025');
        expect(got.couldPing).toBe(false);
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

    it('shows the change in a comparison', () =>
      withDriver(async (d) => {
        const a = FIXTURES.comparisonAnswer;
        const got = await d.ask(a.question, a);
        expect(got.text).toContain('53,590');
        expect(got.text).toContain('55,640');
      }));

    it('offers clarification suggestions as buttons', () =>
      withDriver(async (d) => {
        const a = FIXTURES.clarificationAnswer;
        const got = await d.ask(a.question, a);
        expect(got.buttons).toEqual(expect.arrayContaining(a.suggestions));
      }));

    it('never lets quoted user text ping anyone', () =>
      withDriver(async (d) => {
        const a = FIXTURES.hostileAnswer;
        const got = await d.ask(a.question, a);
        expect(got.couldPing).toBe(false);
      }));

    it('still answers the user when the engine fails', () =>
      withDriver(async (d) => {
        const got = await d.ask('hoeveel naturalisaties in 2024?', new Error('engine exploded'));
        expect(got.text.length).toBeGreaterThan(0);
        expect(got.text).not.toContain('engine exploded');
        expect(got.couldPing).toBe(false);
      }));
  });
}
