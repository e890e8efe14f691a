/**
 * Text going into and out of Slack. Slack's markup has three control characters (&, <, >): every
 * mention, broadcast (<!here>) and link (<url|label>) needs `<`, so escaping them makes quoted user
 * text inert. Plain "@here" is only turned into a broadcast by Slack's parser in some places, so it
 * gets a word joiner as well: it still reads as "@here" but can never notify anyone.
 */

const WORD_JOINER = '\u2060';

/** User-derived text made safe for any Slack text field (mrkdwn, plain_text, the fallback `text`). */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([@!])(here|channel|everyone)\b/gi, `$1${WORD_JOINER}$2`);
}

/**
 * Text for plain_text fields (header, buttons, image title). Slack does not parse those, but angle
 * brackets become look-alikes anyway so no field of a reply ever carries mention or link syntax.
 */
export function plainText(text: string): string {
  return text
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/([@!])(here|channel|everyone)\b/gi, `$1${WORD_JOINER}$2`);
}

/** True when text would make Slack notify or link: unescaped <@U…>, <#C…>, <!here>, <url|…>, plain @here. */
export function couldPing(text: string): boolean {
  return /<[@#!][^>]*>|<[a-z][a-z0-9+.-]*:[^>]*>/i.test(text) || /[@!](here|channel|everyone)\b/i.test(text);
}

/**
 * Slack sends message and command text with its markup in place and &, <, > escaped. The engine
 * wants what the user read on screen: "<@U1|ana>" becomes "@ana", "<https://x|site>" becomes "site".
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => {
      const bar = inner.indexOf('|');
      const target = bar === -1 ? inner : inner.slice(0, bar);
      const label = bar === -1 ? '' : inner.slice(bar + 1);
      if (target.startsWith('@')) return `@${label || target.slice(1)}`;
      if (target.startsWith('#')) return `#${label || target.slice(1)}`;
      if (target.startsWith('!')) return label || `@${target.slice(1).split('^')[0]}`;
      return label || target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Removes mentions of the bot itself ("<@UBOT> hoeveel…" is a question, not a greeting). */
export function withoutMentionOf(botUserId: string | undefined, text: string): string {
  if (!botUserId) return text;
  return text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ').trim();
}

/**
 * Shortens already-escaped text to `max` characters, ending in "…". It never cuts an entity
 * ("&amp;") or a surrogate pair in half, either of which Slack would show as garbage.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
