import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indCommand } from '../../../commands/ind.js';
import { renderAnswer } from '../../../src/adapters/slack/blocks.js';
import { renderError, renderHelp } from '../../../src/adapters/slack/help.js';
import { LIMITS, messageProblems, type SlackMessage } from '../../../src/adapters/slack/limits.js';
import { answer } from '../../../src/app/default-engine.js';
import { type Answer, AnswerSchema } from '../../../src/contract/answer.js';
import { valueAnswer } from '../../fixtures/answers.js';
import { buttonsOf, rawCouldPing, rawTexts } from './read.js';

/** Slack refuses messages from about this much block text; ours must stay well below. */
const SLACK_PRACTICAL_LIMIT = 11_000;

/**
 * Checks a message against Block Kit's published limits, independently of the adapter's own
 * checker: counts, lengths, the total, and that no text can ping or link.
 */
function expectWithinSlackLimits(m: SlackMessage) {
  expect(m.text.trim().length).toBeGreaterThan(0);
  expect(m.blocks.length).toBeLessThanOrEqual(50);
  for (const b of m.blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'section') {
      expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      expect(b.text === undefined || b.text.text.length > 0).toBe(true);
      expect(b.fields?.length ?? 0).toBeLessThanOrEqual(10);
    }
    if (b.type === 'image' && 'image_url' in b) expect(b.image_url?.length).toBeLessThanOrEqual(3000);
  }
  for (const button of buttonsOf(m)) {
    expect(button.text.text.length).toBeLessThanOrEqual(75);
    expect(button.value?.length ?? 0).toBeLessThanOrEqual(2000);
  }
  const texts = rawTexts({ blocks: m.blocks });
  expect(texts.reduce((n, t) => n + t.length, 0)).toBeLessThan(SLACK_PRACTICAL_LIMIT * 0.75);
  expect(rawTexts(m).filter(rawCouldPing)).toEqual([]);
  expect(messageProblems(m)).toEqual([]);
}

const render = (a: Answer) =>
  renderAnswer(a, {
    conversationId: `slack:T0TEST01:C0NEWS001:${'U'.repeat(40)}`,
    image: { url: `https://quickchart.io/chart?c=${'x'.repeat(2900)}`, alt: 'a'.repeat(3000) },
  });

/** Questions whose answers are among the longest the engine gives: long series, help, rankings, refusals. */
const LONG_QUESTIONS = [
  ...indCommand.examples.nl,
  ...indCommand.examples.en,
  'Openstaande naturalisatieaanvragen per maand van januari 2024 tot december 2025',
  'Eerste asielaanvragen per maand in 2024 en 2025',
  'naturalisatie aanvragen per jaar 2018-2025',
  'Doorlooptijden per maand in 2025',
  'help',
  'What can you answer?',
  `Hoeveel ${'heel '.repeat(90)}veel aanvragen <!channel> <@U123>?`,
];

describe('Block Kit limits', () => {
  it("the engine's longest answers stay within every limit", () => {
    const rendered = LONG_QUESTIONS.map((q) => render(answer(q, { today: '2026-11-22' })));
    for (const m of rendered) expectWithinSlackLimits(m);
    const longest = Math.max(...rendered.map((m) => JSON.stringify(m.blocks).length));
    expect(longest).toBeGreaterThan(1000); // the list really does hold long answers
  });

  it('an answer far past every limit is cut down to fit, keeping the figure and the source', () => {
    const huge = AnswerSchema.parse({
      ...valueAnswer,
      headline: '9'.repeat(400),
      reading: 'r'.repeat(5000),
      text: Array.from({ length: 400 }, (_, i) => `Regel ${i}: ${'tekst & <meer> '.repeat(12)}`).join('\n'),
      notes: Array.from({ length: 40 }, (_, i) => ({
        kind: 'revision',
        text: `Herzien ${i} ${'n'.repeat(2000)}`,
      })),
      suggestions: Array.from({ length: 30 }, (_, i) => `Vraag ${i} ${'s'.repeat(300)}`),
      sources: Array.from({ length: 100 }, (_, i) => `Jaarcijfers ${1900 + i}`),
      quote: 'q'.repeat(6000),
    });
    const m = render(huge);
    expectWithinSlackLimits(m);
    expect(m.blocks[0]).toMatchObject({ type: 'header' });
    expect(rawTexts(m).some((t) => t.startsWith('Bron: IND, Jaarcijfers 1900'))).toBe(true);
    expect(m.blocks.some((b) => b.type === 'image')).toBe(true);
  });

  it('any text the engine could echo renders within the limits and never pings (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '&',
        '<',
        '>',
        '@',
        '!',
        '#',
        '|',
        '\n',
        'here',
        'channel',
        'everyone',
        '<!',
        '<@U1>',
        'https://x',
        '😀',
        '\u2060',
      ),
      maxLength: 400,
    });
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.array(text, { maxLength: 8 }),
        fc.array(text, { maxLength: 8 }),
        (q, t, r, notes, suggestions) => {
          const a = AnswerSchema.parse({
            ...valueAnswer,
            question: q,
            text: t,
            reading: r || null,
            notes: notes.map((n) => ({ kind: 'footnote', text: n })),
            suggestions,
            quote: q,
          });
          expectWithinSlackLimits(render(a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('help and error replies stay within the limits in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      expectWithinSlackLimits(renderHelp(lang, 'slack:T:C:U'));
      expectWithinSlackLimits(renderError(lang));
    }
  });

  it("the adapter's own checker names each broken limit", () => {
    const bad: SlackMessage = {
      text: '',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        { type: 'section', text: { type: 'mrkdwn', text: 'hi <!here>' } },
        {
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: 'b'.repeat(76) }, value: 'v' }],
        },
        ...Array.from({ length: 50 }, () => ({ type: 'divider' as const })),
      ],
    };
    const problems = messageProblems(bad).join('\n');
    expect(problems).toContain('no fallback text');
    expect(problems).toContain(`blocks: 53 > ${LIMITS.blocks}`);
    expect(problems).toContain('header');
    expect(problems).toContain('button text: 76 > 75');
    expect(problems).toContain('could notify or link');
  });
});
