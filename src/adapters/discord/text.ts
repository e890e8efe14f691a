/**
 * Answer text is plain text that may quote the user, and Discord renders markdown, masked links and
 * mention syntax even inside embeds. A backslash keeps markdown characters literal (Discord hides it
 * before punctuation); a zero-width space after "@" and "<" keeps @everyone, <@id>, <#id>, <t:…> and
 * custom emoji from being drawn as mentions or pills. Pings themselves are stopped by
 * allowed_mentions; this is about what the reader sees. Linear on purpose: discord.js's
 * escapeMarkdown takes seconds on a long text, and the text may echo whatever the user sent.
 */
export function plain(text: string): string {
  return (
    text
      // Emphasis, strike-through, code, spoilers, and "[" which opens a masked link.
      .replace(/[\\*_~`|[]/g, '\\$&')
      // At a line start: quotes, headings, subtext ("-#"), bullets, and "1. " numbered lists
      // (only with the space, so a figure such as 54.780 is left alone).
      .replace(/^( *)([>#-])/gm, '$1\\$2')
      .replace(/^( *\d+)\.(?= )/gm, '$1\\.')
      .replace(/@(?=everyone|here)/gi, '@\u200b')
      .replace(/<(?=[@#:&!/]|a:|t:|id:)/g, '<\u200b')
  );
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
