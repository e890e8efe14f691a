import { indCommand } from '../../../commands/ind.js';
import { NOTICES } from '../../app/messages.js';
import { askButtons, context, fallbackText, header, section } from './blocks.js';
import type { Block, SlackMessage } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { type Language, WORDS } from './words.js';

/**
 * What can be asked, in the user's language: the command's own description and examples (from
 * commands/ind.ts, shared with Discord), where to ask, and the examples as buttons that ask them.
 */
export function renderHelp(language: Language, conversationId: string): SlackMessage {
  const words = WORDS[language];
  const examples = indCommand.examples[language];
  const blocks: (Block | null)[] = [
    header(words.helpTitle),
    section(escapeMrkdwn(`${indCommand.description[language]}. ${words.helpHow}`)),
    section(escapeMrkdwn(words.helpWhere)),
    context(escapeMrkdwn(words.helpFollowUp)),
    section(`*${words.tryThese}:*\n${examples.map((e) => `• ${escapeMrkdwn(e)}`).join('\n')}`),
    askButtons(examples, conversationId),
  ];
  return {
    text: fallbackText(`${words.helpTitle}: ${indCommand.description[language]}`),
    blocks: blocks.filter((b): b is Block => b !== null),
  };
}

/** The reply when the engine fails: friendly, in the user's language, and without the error's details. */
export function renderError(language: Language): SlackMessage {
  const text = NOTICES[language].failed;
  return { text: fallbackText(text), blocks: [section(`:warning: ${escapeMrkdwn(text)}`)] };
}
