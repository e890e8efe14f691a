import { escapeMarkdown } from 'discord.js';

/**
 * Answer text is plain text that may quote the user, and Discord renders markdown, masked links and
 * mention syntax even inside embeds. Escaping keeps it literal; a zero-width space after "@" and
 * "<" keeps @everyone, <@id>, <#id>, <t:…> and custom emoji from being drawn as mentions or pills.
 * (Pings themselves are stopped by allowed_mentions; this is about what the reader sees.)
 */
export function plain(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return escaped.replace(/@(?=everyone|here)/gi, '@\u200b').replace(/<(?=[@#:&!/]|a:|t:|id:)/g, '<\u200b');
}

/**
 * Cuts `text` to at most `max` UTF-16 units (builders count the same way, which is never less than
 * Discord's character count), ending in an ellipsis, never splitting a surrogate pair or leaving a
 * dangling escape backslash.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Discord locale ("nl", "en-US", "en-GB"...) to the two languages the engine speaks. */
export const languageOfLocale = (locale: string | null | undefined): 'nl' | 'en' =>
  locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
