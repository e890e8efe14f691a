import type { types } from '@slack/bolt';
import { couldPing } from './mrkdwn.js';

/** Block Kit's documented limits, and our own budget below Slack's practical message size. */
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  contextElements: 10,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  actionElements: 25,
  imageUrl: 3000,
  altText: 2000,
  /** Slack refuses messages from about 11,000 characters of block text; stay well clear. */
  totalText: 8000,
  /** Notification / fallback text: enough for the answer, short enough to read in a banner. */
  fallbackText: 3000,
} as const;

export type Block = types.KnownBlock;

/** A message as Slack's Web API, response_url and respond() all take it. */
export interface SlackMessage {
  /** Plain-text fallback for notifications and clients that show no blocks. */
  text: string;
  blocks: Block[];
}

/** Every string a reader can see in a block (what counts towards Slack's size limit). */
export function blockTexts(block: Block): string[] {
  const texts: string[] = [];
  const add = (t: { text: string } | undefined) => t && texts.push(t.text);
  switch (block.type) {
    case 'header':
      add(block.text);
      break;
    case 'section':
      add(block.text);
      for (const f of block.fields ?? []) add(f);
      break;
    case 'context':
      for (const e of block.elements) if ('text' in e) add(e);
      break;
    case 'actions':
      for (const e of block.elements) if (e.type === 'button') add(e.text);
      break;
    case 'image':
      texts.push(block.alt_text);
      add(block.title);
      break;
  }
  return texts;
}

/**
 * What is wrong with a message, as Slack would see it: each Block Kit limit we rely on, the total
 * text budget, and any text that could notify someone or forge a link. Empty when it is fine.
 */
export function messageProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (message.text.trim() === '') problems.push('no fallback text');
  over('fallback text', message.text.length, LIMITS.fallbackText);
  over('blocks', message.blocks.length, LIMITS.blocks);
  let total = 0;
  message.blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    if (block.type === 'header') over(`${at} text`, block.text.text.length, LIMITS.headerText);
    if (block.type === 'section') {
      if (block.text) over(`${at} text`, block.text.text.length, LIMITS.sectionText);
      over(`${at} fields`, block.fields?.length ?? 0, LIMITS.fields);
      for (const f of block.fields ?? []) over(`${at} field`, f.text.length, LIMITS.fieldText);
    }
    if (block.type === 'context') {
      over(`${at} elements`, block.elements.length, LIMITS.contextElements);
      for (const e of block.elements)
        if ('text' in e) over(`${at} element`, e.text.length, LIMITS.contextText);
    }
    if (block.type === 'actions') {
      over(`${at} elements`, block.elements.length, LIMITS.actionElements);
      for (const e of block.elements) {
        if (e.type !== 'button') continue;
        over(`${at} button text`, e.text.text.length, LIMITS.buttonText);
        over(`${at} button value`, e.value?.length ?? 0, LIMITS.buttonValue);
      }
    }
    if (block.type === 'image') {
      over(`${at} alt text`, block.alt_text.length, LIMITS.altText);
      if ('image_url' in block && block.image_url) over(`${at} url`, block.image_url.length, LIMITS.imageUrl);
    }
    for (const text of blockTexts(block)) {
      total += text.length;
      if (couldPing(text)) problems.push(`${at} could notify or link: ${JSON.stringify(text.slice(0, 80))}`);
    }
  });
  over('total block text', total, LIMITS.totalText);
  if (couldPing(message.text)) problems.push('fallback text could notify or link');
  return problems;
}
