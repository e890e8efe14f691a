import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clip,
  escapeMrkdwn,
  fromSlackText,
  plainText,
  withoutMentionOf,
} from '../../../src/adapters/slack/mrkdwn.js';
import { helpRequest } from '../../../src/adapters/slack/words.js';
import { languageOf } from '../../../src/app/messages.js';
import { rawCouldPing } from './read.js';

describe('escaping text for Slack', () => {
  it('escapes the three control characters, so mentions, broadcasts and links are inert', () => {
    expect(escapeMrkdwn('K&T <@U123> <!here> <https://evil.example|ind.nl>')).toBe(
      'K&amp;T &lt;@U123&gt; &lt;!\u2060here&gt; &lt;https://evil.example|ind.nl&gt;',
    );
  });

  it('breaks bare @here, @channel and @everyone with an invisible word joiner', () => {
    expect(escapeMrkdwn('@here @Channel @everyone @herenow')).toBe(
      '@\u2060here @\u2060Channel @\u2060everyone @herenow',
    );
    expect(plainText('<@U1> @everyone')).toBe('‹@U1› @\u2060everyone');
  });

  it('never leaves anything Slack would turn into a mention or link (property)', () => {
    const slackish = fc.string({
      unit: fc.constantFrom('<', '>', '&', '@', '!', '#', '|', 'here', 'channel', 'U1', 'http:', ' ', 'a'),
      maxLength: 60,
    });
    fc.assert(fc.property(slackish, (s) => !rawCouldPing(escapeMrkdwn(s)) && !rawCouldPing(plainText(s))));
  });
});

describe('text as Slack sends it', () => {
  it('becomes the text the user read: entities decoded, mentions and links as their labels', () => {
    expect(
      fromSlackText(
        'K&amp;T &lt;2024&gt; <@U0A|ana> <@U0B> <#C0X|nieuws> <!here> <!subteam^S1|@redactie> <https://ind.nl|IND> <https://ind.nl>',
      ),
    ).toBe('K&T <2024> @ana @U0B #nieuws @here @redactie IND https://ind.nl');
  });

  it('drops mentions of the app itself from a question', () => {
    expect(withoutMentionOf('UBOT', '<@UBOT> hoeveel? <@UBOT|ind-cijfers>')).toBe('hoeveel?');
    expect(withoutMentionOf('UBOT', '<@UOTHER> hoeveel?')).toBe('<@UOTHER> hoeveel?');
    expect(withoutMentionOf(undefined, '<@UBOT> x')).toBe('<@UBOT> x');
  });
});

describe('clip', () => {
  it('shortens to the limit with an ellipsis, never splitting an entity or an emoji', () => {
    expect(clip('abcdef', 10)).toBe('abcdef');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab &amp; cd', 6)).toBe('ab …');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.integer({ min: 1, max: 60 }), (s, max) => {
        const escaped = escapeMrkdwn(s);
        const c = clip(escaped, max);
        return c.length <= Math.max(max, 1) && !/&[a-z]{0,4}…$/.test(c) && !/[\uD800-\uDBFF]…$/.test(c);
      }),
    );
  });
});

describe('help and language', () => {
  it.each([
    ['', 'nl'],
    ['  ', 'nl'],
    ['?', 'nl'],
    ['help', 'nl'],
    ['Hulp!', 'nl'],
    ['help en', 'en'],
    ['help english', 'en'],
    ['help nederlands', 'nl'],
  ] as const)('"%s" asks for help in %s', (text, lang) => expect(helpRequest(text)).toBe(lang));

  it.each(['help me with naturalisatie 2024', 'hoeveel asielaanvragen?', 'helpdesk'])(
    '"%s" is a question',
    (text) => expect(helpRequest(text)).toBeNull(),
  );

  it('reads the language of a question, Dutch when unsure', () => {
    expect(languageOf('How many asylum applications were there in 2024?')).toBe('en');
    expect(languageOf('Hoeveel asielaanvragen waren er in 2024?')).toBe('nl');
    expect(languageOf('2024?')).toBe('nl');
  });
});
