import type { Block } from '../../../src/adapters/slack/limits.js';
import type { Delivered } from '../suite.js';
import type { Upload } from './stand-in.js';

/** What Slack shows for escaped text: the three entities decoded, word joiners invisible. */
const shown = (raw: string) =>
  raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '');

/**
 * Would Slack notify someone or show a link for this raw field text? Written here independently of
 * the adapter's own guard: <@U…>, <#C…>, <!here>, <!subteam^…>, <https://…|…>, or a bare
 * @here / @channel / @everyone that Slack's parser may expand.
 */
export const rawCouldPing = (raw: string): boolean =>
  /<\s*[@#!]/.test(raw) || /<[a-z][a-z0-9+.-]*:/i.test(raw) || /[@!](here|channel|everyone)\b/i.test(raw);

/** Every raw text field of a message (mrkdwn and plain_text alike), and the fallback text. */
export function rawTexts(message: { text?: string; blocks?: Block[] }): string[] {
  const texts: string[] = message.text ? [message.text] : [];
  for (const b of message.blocks ?? []) {
    if (b.type === 'header') texts.push(b.text.text);
    if (b.type === 'section') {
      if (b.text) texts.push(b.text.text);
      for (const f of b.fields ?? []) texts.push(f.text);
    }
    if (b.type === 'context') for (const e of b.elements) if ('text' in e) texts.push(e.text);
    if (b.type === 'actions') for (const e of b.elements) if (e.type === 'button') texts.push(e.text.text);
    if (b.type === 'image') texts.push(b.alt_text);
  }
  return texts;
}

export const buttonsOf = (message: { blocks?: Block[] }) =>
  (message.blocks ?? []).flatMap((b) =>
    b.type === 'actions' ? b.elements.flatMap((e) => (e.type === 'button' ? [e] : [])) : [],
  );

/** A posted message as the shared adapter suite wants it: what a Slack user would see. */
export function readMessage(message: { text?: string; blocks?: Block[] }, uploads: Upload[]): Delivered {
  let image: Delivered['image'] = null;
  for (const b of message.blocks ?? []) {
    if (b.type !== 'image') continue;
    if ('image_url' in b && b.image_url) image = { url: b.image_url };
    else if ('slack_file' in b && b.slack_file && 'id' in b.slack_file) {
      const id = b.slack_file.id;
      image = { png: uploads.find((u) => u.fileId === id)?.bytes ?? new Uint8Array() };
    }
  }
  const raw = rawTexts(message);
  return {
    text: raw.map(shown).join('\n'),
    image,
    buttons: buttonsOf(message).map((b) => shown(b.text.text)),
    couldPing: raw.some(rawCouldPing),
  };
}
