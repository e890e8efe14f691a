import type { Block } from '../../../src/adapters/slack/limits.js';
import { createChartProvider } from '../../../src/charts/index.js';
import type { Answer } from '../../../src/contract/answer.js';
import { type AdapterDriver, adapterSuite } from '../suite.js';
import {
  dmEvent,
  eventBody,
  mentionEvent,
  type RunningSlack,
  scriptedAsk,
  sendSigned,
  slash,
  startSlack,
  uniqueId,
} from './helpers.js';
import { readMessage } from './read.js';
import { BOT_USER_ID } from './stand-in.js';

type Message = { text?: string; blocks?: Block[] };

/**
 * The real Bolt app, driven as Slack drives it with the recorded payload shapes; `send` delivers
 * one question and returns the message the app sent back (to the response_url or chat.postMessage).
 */
function driver(send: (slack: RunningSlack, question: string) => Promise<Message>) {
  return async (): Promise<AdapterDriver> => {
    let next: Answer | Error = new Error('no answer set');
    const { ask } = scriptedAsk(() => next, createChartProvider());
    const slack = await startSlack({ ask });
    return {
      async ask(question, answer) {
        next = answer;
        return readMessage(await send(slack, question), slack.standIn.uploads);
      },
      close: () => slack.close(),
    };
  };
}

/** The n-th chat.postMessage the app makes from now on, once it has made it. */
async function nextPost(slack: RunningSlack, deliver: () => Promise<{ status: number }>): Promise<Message> {
  const before = slack.standIn.calls().filter((c) => c.method === 'chat.postMessage').length;
  const ack = await deliver();
  if (ack.status !== 200) throw new Error(`event not acknowledged: ${ack.status}`);
  const post = await slack.standIn.waitFor(
    () => slack.standIn.calls().filter((c) => c.method === 'chat.postMessage')[before],
  );
  return post.args as Message;
}

adapterSuite(
  'slack (/ind)',
  driver(async (slack, question) => {
    const sent = await slash(slack, question);
    if (sent.ack.status !== 200) throw new Error(`command not acknowledged: ${sent.ack.status}`);
    return (await sent.reply()).body as Message;
  }),
);

adapterSuite(
  'slack (app_mention)',
  driver((slack, question) => {
    const ts = `1700000100.${uniqueId('').slice(-6)}`;
    const event = mentionEvent(`<@${BOT_USER_ID}> ${question}`, { ts, event_ts: ts });
    return nextPost(slack, () => sendSigned(slack.url, eventBody(event), 'application/json'));
  }),
);

adapterSuite(
  'slack (direct message)',
  driver((slack, question) => {
    const ts = `1700000200.${uniqueId('').slice(-6)}`;
    const event = dmEvent(question, { ts, event_ts: ts });
    return nextPost(slack, () => sendSigned(slack.url, eventBody(event), 'application/json'));
  }),
);
