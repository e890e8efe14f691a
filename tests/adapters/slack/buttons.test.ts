import { afterEach, describe, expect, it } from 'vitest';
import { askActionId, encodeAskValue } from '../../../src/adapters/slack/actions.js';
import type { Block } from '../../../src/adapters/slack/limits.js';
import { AnswerSchema } from '../../../src/contract/answer.js';
import { clarificationAnswer, valueAnswer } from '../../fixtures/answers.js';
import {
  buttonClickBody,
  type RunningSlack,
  scriptedAsk,
  sendSigned,
  slash,
  startSlack,
  uniqueId,
} from './helpers.js';
import { buttonsOf, readMessage } from './read.js';
import { TEAM_ID } from './stand-in.js';

let slack: RunningSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

type Message = { text?: string; blocks?: Block[]; response_type?: string; replace_original?: boolean };

const click = (s: RunningSlack, fields: Omit<Parameters<typeof buttonClickBody>[0], 'responseUrl'>) => {
  const id = uniqueId('click');
  const body = buttonClickBody({ ...fields, responseUrl: s.standIn.responseUrl(id) });
  return { id, sent: sendSigned(s.url, body, 'application/x-www-form-urlencoded') };
};

/** The engine's answer to the suggested question: a value, so the click visibly gets a figure. */
const suggested = AnswerSchema.parse({ ...valueAnswer, question: clarificationAnswer.suggestions[0] });

describe('clarification buttons', () => {
  it('a click asks the suggested question in the same conversation and posts the answer', async () => {
    const { ask, requests } = scriptedAsk((r) =>
      r.question === clarificationAnswer.question ? clarificationAnswer : suggested,
    );
    slack = await startSlack({ ask });

    const first = await slash(slack, clarificationAnswer.question);
    const clarification = (await first.reply()).body as Message;
    const buttons = buttonsOf(clarification);
    expect(buttons.map((b) => b.text.text)).toEqual(clarificationAnswer.suggestions);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(buttons.length);

    const button = buttons[0]!;
    const { id, sent } = click(slack, {
      actionId: button.action_id!,
      value: button.value!,
      text: button.text.text,
    });
    expect((await sent).status).toBe(200);
    const answer = await slack.standIn.waitFor(() => slack!.standIn.responses.find((r) => r.id === id));
    const body = answer.body as Message;
    expect(body.response_type).toBe('in_channel');
    expect(body.replace_original).toBe(false);
    const seen = readMessage(body, []);
    expect(seen.text).toContain('54.780');
    // No message from the user shows what was asked, so the answer repeats it.
    expect(seen.text).toContain(`Gevraagd: ${clarificationAnswer.suggestions[0]}`);

    expect(requests[1]).toEqual({
      question: clarificationAnswer.suggestions[0],
      adapter: 'slack',
      userId: `${TEAM_ID}:U0REPORTR`,
      conversationId: requests[0]!.conversationId,
    });
  });

  it('a click on a button in a thread answers in that thread', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => suggested).ask });
    const value = encodeAskValue({
      question: 'Eerste asielaanvragen in 2024',
      conversationId: 'slack:T:C:1.2',
    });
    await click(slack, { actionId: askActionId(0), value, text: 'Eerste', threadTs: '1700000100.000100' })
      .sent;
    const post = await slack.standIn.waitFor(() =>
      slack!.standIn.calls().find((c) => c.method === 'chat.postMessage'),
    );
    expect(post.args.channel).toBe('C0NEWS001');
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(slack.standIn.responses).toHaveLength(0);
  });

  it('a click in a thread of a channel the app is not in answers through the response_url', async () => {
    slack = await startSlack({
      ask: scriptedAsk(() => suggested).ask,
      behaviour: {
        api: (c) => (c.method === 'chat.postMessage' ? { ok: false, error: 'not_in_channel' } : undefined),
      },
    });
    const value = encodeAskValue({
      question: 'Eerste asielaanvragen in 2024',
      conversationId: 'slack:T:C:U',
    });
    const { id, sent } = click(slack, {
      actionId: askActionId(0),
      value,
      text: 'x',
      threadTs: '1700000100.000100',
    });
    expect((await sent).status).toBe(200);
    const answer = await slack.standIn.waitFor(() => slack!.standIn.responses.find((r) => r.id === id));
    expect(readMessage(answer.body as Message, []).text).toContain('54.780');
  });

  it('a click on an ephemeral answer answers the clicker only', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => suggested).ask });
    const value = encodeAskValue({
      question: 'Eerste asielaanvragen in 2024',
      conversationId: 'slack:T:C:U',
    });
    const { id, sent } = click(slack, { actionId: askActionId(1), value, text: 'x', ephemeral: true });
    expect((await sent).status).toBe(200);
    const answer = await slack.standIn.waitFor(() => slack!.standIn.responses.find((r) => r.id === id));
    expect((answer.body as Message).response_type).toBe('ephemeral');
  });

  it('a button value this app did not write is acknowledged and ignored', async () => {
    const { ask, requests } = scriptedAsk(() => suggested);
    slack = await startSlack({ ask });
    for (const value of ['not json', '{"q":""}', '{"q":5,"c":"x"}', 'null']) {
      const { sent } = click(slack, { actionId: askActionId(0), value, text: 'x' });
      expect((await sent).status).toBe(200);
    }
    // A good click afterwards is answered; the bad ones before it were not.
    const good = encodeAskValue({ question: 'naturalisatie 2024', conversationId: 'c' });
    const { id } = click(slack, { actionId: askActionId(0), value: good, text: 'x' });
    await slack.standIn.waitFor(() => slack!.standIn.responses.find((r) => r.id === id));
    expect(requests.map((r) => r.question)).toEqual(['naturalisatie 2024']);
  });
});
