import type { Block } from '../../../src/adapters/slack/limits.js';
import { chartForAnswer } from '../../../src/charts/index.js';
import type { Answer } from '../../../src/contract/answer.js';
import { type AdapterDriver, adapterSuite } from '../suite.js';
import { scriptedAsk, slash, startSlack } from './helpers.js';
import { readMessage } from './read.js';

/**
 * Drives the real Bolt app as Slack would: a signed /ind command per question, the answer read from
 * what reaches the command's response_url (and, for an uploaded chart, the stand-in's upload URL).
 */
async function makeDriver(): Promise<AdapterDriver> {
  let next: Answer | Error = new Error('no answer set');
  const { ask } = scriptedAsk(() => next);
  const slack = await startSlack({ ask, charts: chartForAnswer });
  return {
    async ask(question, answer) {
      next = answer;
      const sent = await slash(slack, question);
      if (sent.ack.status !== 200) throw new Error(`command not acknowledged: ${sent.ack.status}`);
      const reply = await sent.reply();
      return readMessage(reply.body as { text?: string; blocks?: Block[] }, slack.standIn.uploads);
    },
    close: () => slack.close(),
  };
}

adapterSuite('slack', makeDriver);
