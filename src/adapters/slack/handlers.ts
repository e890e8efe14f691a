import type { App } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { AskRequest } from '../../contract/ask.js';
import { ASK_ACTION, decodeAskValue } from './actions.js';
import { renderHelp } from './help.js';
import type { SlackMessage } from './limits.js';
import { fromSlackText, withoutMentionOf } from './mrkdwn.js';
import { answerQuestion, errorText, type Post, postOrLog, type ReplyDeps } from './reply.js';
import { helpRequest } from './words.js';

export interface HandlerDeps extends ReplyDeps {
  responseType: 'in_channel' | 'ephemeral';
  /** Posts to a response_url (answers to commands and button clicks). */
  respond: (responseUrl: string, message: object) => Promise<void>;
  /** Runs a reply in the background of the request, so shutdown can wait for it. */
  track: (work: Promise<void>) => Promise<void>;
}

/** Slack sends an event again when it thinks we missed it; each is answered once. */
function onceEach(capacity = 2000) {
  const seen = new LRUCache<string, true>({ max: capacity });
  return (id: string | undefined): boolean => {
    if (!id) return true;
    if (seen.has(id)) return false;
    seen.set(id, true);
    return true;
  };
}

const request = (question: string, team: string, user: string, conversationId: string): AskRequest => ({
  question,
  adapter: 'slack',
  userId: `${team}:${user}`,
  conversationId,
});

/** Web API errors meaning the app cannot post in that channel itself. */
const NOT_A_MEMBER = /not_in_channel|channel_not_found/;

/** Messages a bot posts get no link previews: a chart URL or a quoted link would only add noise. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Help, or the question answered, for text typed in a mention or a DM (a command answers help in
 * its acknowledgement instead).
 */
async function helpOrAnswer(deps: HandlerDeps, question: string, req: AskRequest, post: Post): Promise<void> {
  const help = helpRequest(question);
  if (help) await postOrLog(post, renderHelp(help, req.conversationId), deps.logger);
  else await answerQuestion(deps, req, post);
}

/**
 * The Slack events this app answers. Each listener acknowledges first (Slack's 3-second deadline),
 * then answers in the background of the request: a command through its response_url, a mention in
 * its thread, a DM in the DM, a button click where the button was.
 */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const firstTime = onceEach();

  // The manifest names the command /ind; any name an admin gives it works the same.
  app.command(/.*/, async ({ command, ack }) => {
    const question = fromSlackText(command.text ?? '');
    const conversationId = `slack:${command.team_id}:${command.channel_id}:${command.user_id}`;
    const help = helpRequest(question);
    if (help) {
      // Help is for the asker only, and small enough to go in the acknowledgement itself.
      await ack({ response_type: 'ephemeral', ...renderHelp(help, conversationId) });
      return;
    }
    const inChannel = deps.responseType === 'in_channel';
    // An empty in_channel acknowledgement shows the user's /ind command to the channel, above the answer.
    await ack(inChannel ? { response_type: 'in_channel' } : undefined);
    const post: Post = (m: SlackMessage) =>
      deps.respond(command.response_url, { response_type: deps.responseType, replace_original: false, ...m });
    await deps.track(
      answerQuestion(deps, request(question, command.team_id, command.user_id, conversationId), post),
    );
  });

  app.event('app_mention', async ({ event, body, client, context }) => {
    if (!firstTime(body.event_id) || event.bot_id || event.edited || !event.user) return;
    const threadTs = event.thread_ts ?? event.ts;
    const team = body.team_id ?? event.team ?? '';
    const question = fromSlackText(withoutMentionOf(context.botUserId, event.text));
    const post: Post = (m) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...m, ...NO_UNFURL });
    const req = request(question, team, event.user, `slack:${team}:${event.channel}:${threadTs}`);
    await deps.track(helpOrAnswer(deps, question, req, post));
  });

  app.event('message', async ({ event, body, client, context }) => {
    // Only what a person typed in a DM with the app: no edits, deletions, joins or bot messages.
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return;
    if (!firstTime(body.event_id) || !event.user) return;
    const team = body.team_id ?? event.team ?? '';
    const question = fromSlackText(withoutMentionOf(context.botUserId, event.text ?? ''));
    const post: Post = (m) => client.chat.postMessage({ channel: event.channel, ...m, ...NO_UNFURL });
    const req = request(question, team, event.user, `slack:${team}:${event.channel}`);
    await deps.track(helpOrAnswer(deps, question, req, post));
  });

  app.action(ASK_ACTION, async ({ ack, body, action, client }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button') return;
    const asked = decodeAskValue(action.value);
    if (!asked) return;
    const team = body.team?.id ?? body.user.team_id ?? '';
    const threadTs = body.message?.thread_ts;
    const channel = body.channel?.id;
    const ephemeral = body.container?.is_ephemeral === true;
    // The button's response_url reaches the conversation even where the app is not a member
    // (answers to /ind in any channel); a button in a thread answers in that thread, which needs
    // the app in the channel, so it falls back to the response_url where it is not.
    const viaResponseUrl: Post = (m) =>
      deps.respond(body.response_url, {
        response_type: ephemeral ? 'ephemeral' : 'in_channel',
        replace_original: false,
        ...m,
      });
    const post: Post =
      threadTs && channel && !ephemeral
        ? async (m) => {
            try {
              await client.chat.postMessage({ channel, thread_ts: threadTs, ...m, ...NO_UNFURL });
            } catch (error) {
              if (!NOT_A_MEMBER.test(errorText(error))) throw error;
              await viaResponseUrl(m);
            }
          }
        : viaResponseUrl;
    const req = request(asked.question, team, body.user.id, asked.conversationId);
    await deps.track(answerQuestion(deps, req, post, { showQuestion: true }));
  });
}
