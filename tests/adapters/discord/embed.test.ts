import { describe, expect, it } from 'vitest';
import { indCommand } from '../../../commands/ind.js';
import { questionFromCustomId, suggestionButtons } from '../../../src/adapters/discord/buttons.js';
import { answerEmbed } from '../../../src/adapters/discord/embed.js';
import { noticeReply, renderAnswer, withoutFile } from '../../../src/adapters/discord/reply.js';
import { plain, truncate } from '../../../src/adapters/discord/text.js';
import { withChart } from '../../../src/app/ask.js';
import { answer as engineAnswer } from '../../../src/app/default-engine.js';
import { NOTICES } from '../../../src/app/messages.js';
import { createChartProvider } from '../../../src/charts/index.js';
import { type Answer, AnswerSchema } from '../../../src/contract/answer.js';
import type { AnswerChart } from '../../../src/contract/ask.js';
import { FIXTURES } from '../../fixtures/answers.js';
import { embedText, expectValidButtons, expectValidEmbed } from './validate.js';

const { valueAnswer, comparisonAnswer, monthlySeriesAnswer, clarificationAnswer, hostileAnswer } = FIXTURES;

describe('answer embed', () => {
  it('puts the reading in the title, the figure first in the description and the source in the footer', () => {
    const embed = answerEmbed(valueAnswer);
    expectValidEmbed(embed);
    expect(embed.title).toBe('Naturalisatie · aanvragen · 2024');
    expect(embed.description).toMatch(/^\*\*54\.780\*\*\n/);
    expect(embed.description).toContain('ontving de IND 54.780 aanvragen');
    expect(embed.footer?.text).toBe('Bron: IND, Jaarcijfers 2025');
    expect(embed.fields).toEqual([
      { name: 'Herzien', value: '• In Jaarcijfers 2023 stond hier voor 2022 45.090.' },
    ]);
  });

  it('shows a comparison as a field per value plus the change', () => {
    const embed = answerEmbed(comparisonAnswer);
    expectValidEmbed(embed);
    expect(embed.fields).toEqual([
      { name: '2023', value: '53,590', inline: true },
      { name: '2024', value: '55,640', inline: true },
      { name: 'Change 2023 → 2024', value: '+2,050 (+3.8%)' },
    ]);
    expect(embed.footer?.text).toBe('Source: IND, Jaarcijfers 2025');
  });

  it('does not repeat in the description what fields and footer show', () => {
    const answer = AnswerSchema.parse({
      ...valueAnswer,
      text: 'Naturalisatie · aanvragen · 2024: 54.780.\nLet op: ander telmoment.\nBron: IND, Jaarcijfers 2025.',
      notes: [{ kind: 'definition', text: 'Let op: ander telmoment.' }],
    });
    const embed = answerEmbed(answer);
    expect(embed.description).toBe('**54.780**\nNaturalisatie · aanvragen · 2024: 54.780.');
    expect(embed.fields).toEqual([{ name: 'Let op', value: '• Let op: ander telmoment.' }]);
  });

  it('shows quoted user text literally: no markdown, links or mention pills', () => {
    const embed = answerEmbed(hostileAnswer);
    expectValidEmbed(embed);
    const text = embed.description!;
    expect(text).not.toMatch(/@everyone|<@U123>|<@&987>/);
    expect(text).toContain('@\u200beveryone');
    expect(text).toContain('\\*\\*bold\\*\\*');
    expect(text).toContain('\\[x](https://evil.example)');
    expect(embed.title).toBe('Geen cijfers gevonden');
  });

  it('titles answers that read nothing by their kind, in their language', () => {
    expect(answerEmbed(clarificationAnswer).title).toBe('Wat bedoelt u?');
    expect(answerEmbed({ ...clarificationAnswer, language: 'en' }).title).toBe('Which one do you mean?');
  });

  it('colours a fact-check by its verdict and names it once, in the engine’s words (its headline)', () => {
    const claim = { ...valueAnswer, kind: 'claim' as const, verdict: 'unverifiable' as const };
    const embed = answerEmbed({
      ...claim,
      headline: 'Niet te controleren',
      text: 'Niet te controleren. Waarom.',
    });
    expect(embed.description).toMatch(/^\*\*Niet te controleren\*\*\n/);
    expect(embedText([embed])).not.toMatch(/Niet na te gaan|Oordeel/);
    expect(embed.fields?.some((f) => /Klopt|controleren/.test(f.value))).toBe(false);
    expect(answerEmbed({ ...claim, verdict: 'false', headline: 'Klopt niet' }).color).toBe(0xd52b1e);
  });
});

describe('suggestion buttons', () => {
  it('carries each suggestion as the button custom_id, so a click needs no stored state', () => {
    const { rows, listed } = suggestionButtons(clarificationAnswer.suggestions);
    expect(listed).toEqual([]);
    expect(expectValidButtons(rows)).toEqual(clarificationAnswer.suggestions);
    const ids = rows.flatMap((r) => r.components).map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids.map(questionFromCustomId)).toEqual(clarificationAnswer.suggestions);
    expect(questionFromCustomId('someone-elses-button')).toBeNull();
    expect(questionFromCustomId('ind:q:   ')).toBeNull();
  });

  it('lists suggestions too long for a custom_id instead of cutting them, and stays within 25 buttons', () => {
    const long = `Hoeveel ${'zeer '.repeat(30)}lange vraag?`;
    const many = Array.from({ length: 30 }, (_, i) => `Vraag ${i + 1}`);
    const { rows, listed } = suggestionButtons([long, ...many, 'Vraag 1']);
    expect(listed).toEqual([long, 'Vraag 26', 'Vraag 27', 'Vraag 28', 'Vraag 29', 'Vraag 30']);
    expect(expectValidButtons(rows)).toHaveLength(25);
    const embed = answerEmbed(valueAnswer, { listedSuggestions: listed });
    expect(embed.fields?.at(-1)?.name).toBe('Andere vragen');
    expect(embed.fields?.at(-1)?.value).toContain('zeer lange vraag?');
  });

  it('shortens labels past 80 characters but keeps the whole question in the id', () => {
    const question = `Hoeveel aanvragen ${'x'.repeat(70)}?`;
    const [row] = suggestionButtons([question]).rows;
    const [button] = row!.components;
    expect(button).toMatchObject({ label: expect.stringMatching(/…$/), custom_id: `ind:q:${question}` });
    expectValidButtons([row!]);
  });
});

/** Every field of the contract at its longest, to push each part of the embed past its limit. */
function longestAnswer(kind: Answer['kind'], language: Answer['language']): Answer {
  const fact = (i: number) => ({
    series: `s${i}`,
    label: `${'Heel lange reeksnaam '.repeat(20)}${i}`,
    name: { subject: `${'Heel lange reeksnaam '.repeat(20)}${i}`, measure: 'maat '.repeat(50) },
    period: `20${String(10 + (i % 16)).padStart(2, '0')}`,
    value: i % 7 === 0 ? null : i * 1234.5,
    unit: i % 3 === 0 ? ('percent' as const) : ('count' as const),
    reason: i % 7 === 0 ? 'onb. '.repeat(300) : undefined,
    source: `Jaarcijfers ${i}`,
  });
  return AnswerSchema.parse({
    question: '?'.repeat(2000),
    language,
    kind,
    verdict: kind === 'claim' ? 'roughly' : undefined,
    text: `${'Een heel lang antwoord met *sterretjes* en _lijnen_ en @everyone. '.repeat(400)}\n`.repeat(3),
    reading: 'Lezing · '.repeat(200),
    unexplained: [],
    headline: '9'.repeat(800),
    facts: Array.from({ length: 300 }, (_, i) => fact(i)),
    trend: [],
    change: { from: '2010', to: '2025', absolute: -123456789, relative: -0.5 },
    notes: Array.from({ length: 80 }, (_, i) => ({
      kind: i % 2 ? 'revision' : 'footnote',
      text: `${'Voetnoot '.repeat(250)}${i}`,
    })),
    sources: Array.from({ length: 400 }, (_, i) => `Maandcijfers IND ${i}`),
    chart: { url: `https://quickchart.io/chart?c=${'x'.repeat(5000)}` },
    suggestions: Array.from({ length: 60 }, (_, i) => `${'Suggestie '.repeat(i % 3 === 0 ? 15 : 5)}${i}`),
    context: null,
    quote: 'q'.repeat(5000),
  });
}

describe('Discord limits', () => {
  const kinds = [
    'value',
    'comparison',
    'series',
    'ranking',
    'clarification',
    'not_found',
    'help',
    'claim',
  ] as const;

  it.each(kinds)('keeps the longest %s answer within every embed and button limit', async (kind) => {
    for (const language of ['nl', 'en'] as const) {
      const reply = await renderAnswer({ answer: longestAnswer(kind, language), chart: null });
      expect(reply.embeds).toHaveLength(1);
      expectValidEmbed(reply.embeds[0]!);
      expect(reply.embeds[0]!.fields!.length).toBeGreaterThan(0);
      expectValidButtons(reply.components);
    }
  });

  it("keeps the engine's own answers to the command's examples within the limits", async () => {
    const questions = [...indCommand.examples.nl, ...indCommand.examples.en, 'help', 'asiel', 'xyzzy'];
    for (const question of questions) {
      const answer = engineAnswer(question, { today: '2026-03-01' });
      const reply = await renderAnswer(withChart(answer, 'discord', createChartProvider(), () => {}));
      expectValidEmbed(reply.embeds[0]!);
      expectValidButtons(reply.components);
      if (answer.headline) expect(reply.embeds[0]!.description).toContain(answer.headline);
    }
  });

  it('truncates on a character boundary and never leaves a dangling escape', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate(plain('aa*b'), 4)).toBe('aa…');
    expect(plain('1. eerst\n54.780')).toBe('1\\. eerst\n54.780');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('charts', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chart = (url: string | null, draw: () => Promise<Uint8Array> = async () => png): AnswerChart => ({
    url,
    png: draw,
    alt: 'Lijngrafiek '.repeat(200),
  });

  it('shows the chart URL the ask layer chose', async () => {
    const reply = await renderAnswer({
      answer: monthlySeriesAnswer,
      chart: chart('https://quickchart.io/chart?c=1'),
    });
    expect(reply.embeds[0]!.image?.url).toBe('https://quickchart.io/chart?c=1');
    expect(reply.file).toBeNull();
  });

  it('attaches the local PNG as chart.png when there is no URL, with alt text within limits', async () => {
    const reply = await renderAnswer({ answer: monthlySeriesAnswer, chart: chart(null) });
    expect(reply.embeds[0]!.image?.url).toBe('attachment://chart.png');
    expect(reply.file).toMatchObject({ name: 'chart.png', data: png });
    expect(reply.file!.description.length).toBeLessThanOrEqual(1024);
    const bare = withoutFile(reply);
    expect(bare.file).toBeNull();
    expect(bare.embeds[0]!.image).toBeUndefined();
    expect(bare.embeds[0]!.description).toBe(reply.embeds[0]!.description);
  });

  it('draws a real PNG with the project renderer when the URL would be too long', async () => {
    const drawn = createChartProvider()(monthlySeriesAnswer, { maxUrlLength: 10 });
    expect(drawn?.url).toBeNull();
    const reply = await renderAnswer({ answer: monthlySeriesAnswer, chart: drawn });
    expect([...reply.file!.data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('still answers with the numbers when the chart cannot be drawn', async () => {
    const errors: string[] = [];
    const broken = chart(null, async () => {
      throw new Error('canvas missing');
    });
    const reply = await renderAnswer(
      { answer: valueAnswer, chart: broken },
      { onError: (_, where) => errors.push(where) },
    );
    expect(reply.file).toBeNull();
    expect(reply.embeds[0]!.image).toBeUndefined();
    expect(reply.embeds[0]!.description).toContain('54.780');
    expect(errors).toEqual(['chart']);
  });
});

describe('notices', () => {
  it('apologises in the asker’s language, or in both when it is unknown', () => {
    expect(embedText(noticeReply('failed', 'en').embeds)).toBe(NOTICES.en.failed);
    const both = embedText(noticeReply('failed', null).embeds);
    expect(both).toContain('Er ging iets mis');
    expect(both).toContain('Something went wrong');
  });
});
