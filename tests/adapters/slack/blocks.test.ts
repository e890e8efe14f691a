import { describe, expect, it } from 'vitest';
import { decodeAskValue } from '../../../src/adapters/slack/actions.js';
import { renderAnswer, withoutImage } from '../../../src/adapters/slack/blocks.js';
import type { Block } from '../../../src/adapters/slack/limits.js';
import { safeMessage } from '../../../src/adapters/slack/reply.js';
import { AnswerSchema } from '../../../src/contract/answer.js';
import {
  clarificationAnswer,
  comparisonAnswer,
  hostileAnswer,
  monthlySeriesAnswer,
  valueAnswer,
} from '../../fixtures/answers.js';
import { recordingLogger } from './helpers.js';
import { buttonsOf, rawCouldPing, rawTexts, readMessage } from './read.js';

const render = (
  a: Parameters<typeof renderAnswer>[0],
  extra: Partial<Parameters<typeof renderAnswer>[1]> = {},
) => renderAnswer(a, { conversationId: 'slack:T1:C1:U1', ...extra });

const types = (blocks: Block[]) => blocks.map((b) => b.type);

describe('an answer in Block Kit', () => {
  it('puts the figure first and large, then how the question was read, the text, notes, quote and source', () => {
    const m = render(valueAnswer, { image: { url: 'https://quickchart.io/chart?c=x', alt: 'grafiek' } });
    expect(m.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '54.780', emoji: true },
    });
    expect(types(m.blocks)).toEqual([
      'header',
      'context',
      'section',
      'section',
      'section',
      'context',
      'image',
    ]);
    const texts = rawTexts(m);
    expect(texts).toContain('Gelezen als: Naturalisatie · aanvragen · 2024');
    expect(texts).toContain('Bron: IND, Jaarcijfers 2025');
    expect(texts.find((t) => t.startsWith('*Let op*'))).toContain(
      '_Herzien:_ In Jaarcijfers 2023 stond hier voor 2022 45.090.',
    );
    expect(texts.find((t) => t.startsWith('*Om te citeren*'))).toContain('>Volgens de Jaarcijfers 2025');
    expect(m.blocks.at(-1)).toEqual({
      type: 'image',
      image_url: 'https://quickchart.io/chart?c=x',
      alt_text: 'grafiek',
    });
  });

  it('shows each compared figure as a field, labelled by period', () => {
    const m = render(comparisonAnswer);
    const fields = m.blocks.flatMap((b) => (b.type === 'section' ? (b.fields ?? []) : []));
    expect(fields.map((f) => f.text)).toEqual(['*2023*\n53,590', '*2024*\n55,640']);
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: '+2,050 (+3.8%)' } });
  });

  it('shows the change over a series in its language', () => {
    const withChange = AnswerSchema.parse({
      ...monthlySeriesAnswer,
      change: { from: '2025-01', to: '2025-12', absolute: 110, relative: 0.00629 },
    });
    expect(rawTexts(render(withChange))).toContain('Verandering januari 2025 → december 2025: +110 (+0,6%)');
  });

  it('marks the verdict of a fact check in the header', () => {
    const claim = AnswerSchema.parse({
      ...valueAnswer,
      kind: 'claim',
      verdict: 'false',
      headline: 'Onjuist',
    });
    expect(render(claim).blocks[0]).toMatchObject({ type: 'header', text: { text: '❌ Onjuist' } });
  });

  it('shows notes and the source line once, not again inside the text', () => {
    const engineStyle = AnswerSchema.parse({
      ...valueAnswer,
      text: 'Naturalisatie · aanvragen · 2024: 54.780.\nIn Jaarcijfers 2023 stond hier voor 2022 45.090.\nBron: IND, Jaarcijfers 2025.',
    });
    const all = readMessage({ blocks: render(engineStyle).blocks }, []).text;
    expect(all.split('45.090').length - 1).toBe(1);
    expect(all.split('Jaarcijfers 2025').length - 1).toBe(2); // the source line, and the quote
  });

  it('turns suggestions into buttons that carry the question and the conversation', () => {
    const m = render(clarificationAnswer);
    const buttons = buttonsOf(m);
    expect(buttons.map((b) => b.text.text)).toEqual(clarificationAnswer.suggestions);
    expect(buttons.map((b) => b.action_id)).toEqual(['ind_ask_0', 'ind_ask_1']);
    expect(buttons.map((b) => decodeAskValue(b.value))).toEqual(
      clarificationAnswer.suggestions.map((question) => ({ question, conversationId: 'slack:T1:C1:U1' })),
    );
  });

  it('quotes hostile user text literally, without any way to ping or link', () => {
    const m = render(hostileAnswer);
    expect(rawTexts(m).some(rawCouldPing)).toBe(false);
    const seen = readMessage(m, []).text;
    expect(seen).toContain('<!channel> <@U123> <@&987> **bold** [x](https://evil.example)');
    expect(seen).toContain('@everyone');
  });

  it('shows an uploaded chart with slack_file, and says so when a chart could not be shown', () => {
    const uploaded = render(monthlySeriesAnswer, { image: { fileId: 'F0123456789', alt: 'lijn' } });
    expect(uploaded.blocks.find((b) => b.type === 'image')).toEqual({
      type: 'image',
      slack_file: { id: 'F0123456789' },
      alt_text: 'lijn',
    });
    const dropped = withoutImage(uploaded, 'nl');
    expect(types(dropped.blocks)).not.toContain('image');
    expect(readMessage(dropped, []).text).toContain('De grafiek kon niet worden getoond');
    expect(readMessage(render(monthlySeriesAnswer, { chartFailed: true }), []).text).toContain(
      'De grafiek kon niet worden getoond',
    );
  });

  it('always has a plain-text fallback with the figure, for notifications', () => {
    expect(render(valueAnswer).text).toContain('54.780');
    expect(render(comparisonAnswer).text).toMatch(/^\+2,050 \(\+3\.8%\) · Naturalisation decisions/);
    expect(rawCouldPing(render(hostileAnswer).text)).toBe(false);
  });
});

describe('the last line of defence', () => {
  it('replaces a message Slack would refuse, or that could ping, by the escaped answer text', () => {
    const { logger, lines } = recordingLogger();
    const good = render(valueAnswer);
    expect(safeMessage(good, valueAnswer, logger)).toBe(good);
    const bad = {
      text: '<!here>',
      blocks: [
        ...good.blocks,
        { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'x'.repeat(3001) } },
      ],
    };
    const safe = safeMessage(bad, hostileAnswer, logger);
    expect(safe.blocks).toHaveLength(1);
    expect(rawTexts(safe).some(rawCouldPing)).toBe(false);
    expect(readMessage(safe, []).text).toContain('<!channel> <@U123>');
    expect(lines.map((l) => l.message).join('\n')).toMatch(/reply replaced by plain text .*3001 > 3000/);
  });
});
