import { afterEach, describe, expect, it } from 'vitest';
import { indCommand } from '../../../commands/ind.js';
import type { Block } from '../../../src/adapters/slack/limits.js';
import { valueAnswer } from '../../fixtures/answers.js';
import { eventBody, type RunningSlack, scriptedAsk, sendSigned, startSlack, uniqueId } from './helpers.js';
import { readMessage } from './read.js';
import { BOT_ID, BOT_USER_ID, TEAM_ID } from './stand-in.js';

let slack: RunningSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

const send = (s: RunningSlack, event: Record<string, unknown>, eventId?: string) =>
  sendSigned(s.url, eventBody(event, eventId), 'application/json');

const posts = (s: RunningSlack) => s.standIn.calls().filter((c) => c.method === 'chat.postMessage');

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U0REPORTR',
  text,
  ts: '1700000100.000100',
  channel: 'C0NEWS001',
  event_ts: '1700000100.000100',
  ...extra,
});

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel_type: 'im',
  channel: 'D0DIRECT1',
  user: 'U0REPORTR',
  text,
  ts: `1700000200.${uniqueId('').slice(-6)}`,
  event_ts: '1700000200.000100',
  ...extra,
});

describe('a mention in a channel', () => {
  it('is answered in the thread of the message that mentioned the app', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const ack = await send(slack, mention(`<@${BOT_USER_ID}> hoeveel naturalisatieaanvragen in 2024?`));
    expect(ack.status).toBe(200);
    const post = await slack.standIn.waitFor(() => posts(slack!)[0]);
    expect(post.args.channel).toBe('C0NEWS001');
    expect(post.args.thread_ts).toBe('1700000100.000100');
    expect(post.args.unfurl_links).toBe('false');
    expect(post.authorization).toBe('Bearer xoxb-0000000000-test-token');
    expect(readMessage(post.args as { text: string; blocks: Block[] }, []).text).toContain('54.780');
    expect(requests[0]).toEqual({
      question: 'hoeveel naturalisatieaanvragen in 2024?',
      adapter: 'slack',
      userId: `${TEAM_ID}:U0REPORTR`,
      conversationId: `slack:${TEAM_ID}:C0NEWS001:1700000100.000100`,
    });
  });

  it('inside a thread answers in that thread, and follow-ups there share one conversation', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    await send(
      slack,
      mention(`<@${BOT_USER_ID}> naturalisatie 2024`, {
        ts: '1700000300.000001',
        thread_ts: '1700000100.000100',
      }),
    );
    await send(
      slack,
      mention(`<@${BOT_USER_ID}> en in 2023?`, { ts: '1700000400.000001', thread_ts: '1700000100.000100' }),
    );
    await slack.standIn.waitFor(() => posts(slack!).length === 2);
    expect(posts(slack).map((p) => p.args.thread_ts)).toEqual(['1700000100.000100', '1700000100.000100']);
    expect(requests[0]!.conversationId).toBe(requests[1]!.conversationId);
  });

  it('with nothing but the mention gets help in the thread', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    await send(slack, mention(`<@${BOT_USER_ID}>`));
    const post = await slack.standIn.waitFor(() => posts(slack!)[0]);
    expect(readMessage(post.args as { blocks: Block[] }, []).buttons).toEqual(indCommand.examples.nl);
    expect(requests).toHaveLength(0);
  });

  it('is answered once when Slack delivers the same event again', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const id = uniqueId('Ev');
    await send(slack, mention(`<@${BOT_USER_ID}> naturalisatie 2024`), id);
    await send(slack, mention(`<@${BOT_USER_ID}> naturalisatie 2024`), id);
    await send(slack, mention(`<@${BOT_USER_ID}> naturalisatie 2023`, { ts: '1700000500.000001' }));
    await slack.standIn.waitFor(() => posts(slack!).length === 2);
    expect(requests.map((r) => r.question)).toEqual(['naturalisatie 2024', 'naturalisatie 2023']);
  });
});

describe('a direct message', () => {
  it('is answered in the DM, with the DM as the conversation', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    await send(slack, dm('Hoeveel naturalisatieaanvragen in 2024?'));
    const post = await slack.standIn.waitFor(() => posts(slack!)[0]);
    expect(post.args.channel).toBe('D0DIRECT1');
    expect(post.args.thread_ts).toBeUndefined();
    expect(readMessage(post.args as { blocks: Block[] }, []).text).toContain('Jaarcijfers 2025');
    expect(requests[0]!.conversationId).toBe(`slack:${TEAM_ID}:D0DIRECT1`);
  });

  it('"help" in a DM shows help', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask });
    await send(slack, dm('help en'));
    const post = await slack.standIn.waitFor(() => posts(slack!)[0]);
    expect(readMessage(post.args as { blocks: Block[] }, []).buttons).toEqual(indCommand.examples.en);
  });

  it('ignores bot messages, its own messages, edits and deletions', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const ignored = [
      dm('from another bot', { bot_id: 'B0OTHER01', subtype: 'bot_message' }),
      dm('from this app', { bot_id: BOT_ID, user: BOT_USER_ID }),
      dm('', { subtype: 'message_changed', message: { text: 'edited question', user: 'U0REPORTR' } }),
      dm('', { subtype: 'message_deleted', deleted_ts: '1700000200.000001' }),
      { ...dm('a channel message'), channel_type: 'channel', channel: 'C0NEWS001' },
    ];
    for (const event of ignored) expect((await send(slack, event)).status).toBe(200);
    // Events are handled in order of arrival; once this one is answered, the others were seen.
    await send(slack, dm('naturalisatie 2024'));
    await slack.standIn.waitFor(() => posts(slack!).length === 1);
    expect(requests.map((r) => r.question)).toEqual(['naturalisatie 2024']);
    expect(posts(slack)).toHaveLength(1);
  });
});
