import { afterEach, describe, expect, it } from 'vitest';
import { indCommand } from '../../../commands/ind.js';
import type { Block } from '../../../src/adapters/slack/limits.js';
import type { Answer } from '../../../src/contract/answer.js';
import { comparisonAnswer, valueAnswer } from '../../fixtures/answers.js';
import { type RunningSlack, scriptedAsk, slash, startSlack } from './helpers.js';
import { readMessage } from './read.js';
import { TEAM_ID } from './stand-in.js';

type Message = { text?: string; blocks?: Block[]; response_type?: string; replace_original?: boolean };

let slack: RunningSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

describe('/ind <question>', () => {
  it('is acknowledged before the engine has answered, and the answer follows on the response_url', async () => {
    let release: (a: Answer) => void = () => {};
    const pending = new Promise<Answer>((resolve) => {
      release = resolve;
    });
    const { ask, requests } = scriptedAsk(() => pending);
    slack = await startSlack({ ask });

    const sent = await slash(slack, 'Hoeveel naturalisatieaanvragen in 2024?');
    // The acknowledgement arrived while the engine was still busy: whatever the work costs,
    // Slack's 3-second deadline is met.
    expect(sent.ack.status).toBe(200);
    expect(sent.ack.ms).toBeLessThan(1000);
    expect(requests).toHaveLength(1);
    expect(slack.standIn.responses).toHaveLength(0);

    release(valueAnswer);
    const reply = await sent.reply();
    const body = reply.body as Message;
    expect(body.response_type).toBe('in_channel');
    expect(body.replace_original).toBe(false);
    expect(body.blocks?.[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '54.780', emoji: true },
    });
    const seen = readMessage(body, []);
    expect(seen.text).toContain('Naturalisatie · aanvragen · 2024');
    expect(seen.text).toContain('Bron: IND, Jaarcijfers 2025');
    expect(body.text).toContain('54.780');
  });

  it('shows the command to the channel (in_channel acknowledgement) and answers in the channel', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask });
    const sent = await slash(slack, 'naturalisatie 2024');
    expect(JSON.parse(sent.ack.text)).toEqual({ response_type: 'in_channel' });
    expect(((await sent.reply()).body as Message).response_type).toBe('in_channel');
  });

  it('answers only the asker when SLACK_RESPONSE_TYPE is ephemeral', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => valueAnswer).ask, responseType: 'ephemeral' });
    const sent = await slash(slack, 'naturalisatie 2024');
    expect(sent.ack.text).toBe('');
    expect(((await sent.reply()).body as Message).response_type).toBe('ephemeral');
  });

  it('asks the engine as this user in this channel, with the text the user typed', async () => {
    const { ask, requests } = scriptedAsk(() => comparisonAnswer);
    slack = await startSlack({ ask });
    // Slack escapes &, < and > and writes mentions and links in its own markup.
    await (
      await slash(slack, 'K&amp;T beslissingen &lt;2024 <@U0OTHER1|ana> <https://ind.nl|ind.nl>')
    ).reply();
    expect(requests[0]).toEqual({
      question: 'K&T beslissingen <2024 @ana ind.nl',
      adapter: 'slack',
      userId: `${TEAM_ID}:U0REPORTR`,
      conversationId: `slack:${TEAM_ID}:C0NEWS001:U0REPORTR`,
    });
  });

  it('keeps follow-ups apart per channel and per user', async () => {
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    await (await slash(slack, 'a', { channel: 'C1', user: 'U1' })).reply();
    await (await slash(slack, 'b', { channel: 'C1', user: 'U2' })).reply();
    await (await slash(slack, 'c', { channel: 'C2', user: 'U1' })).reply();
    await (await slash(slack, 'd', { channel: 'C1', user: 'U1' })).reply();
    const ids = requests.map((r) => r.conversationId);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(ids[3]);
  });

  it('answers an engine failure with a friendly message in the language of the question', async () => {
    slack = await startSlack({ ask: scriptedAsk(() => new Error('database on fire at /srv/x')).ask });
    const en = readMessage(
      (await (await slash(slack, 'How many asylum applications were there in 2024?')).reply())
        .body as Message,
      [],
    );
    const nl = readMessage(
      (await (await slash(slack, 'Hoeveel asielaanvragen waren er in 2024?')).reply()).body as Message,
      [],
    );
    expect(en.text).toMatch(/something went wrong/i);
    expect(nl.text).toMatch(/er ging iets mis/i);
    for (const t of [en.text, nl.text]) expect(t).not.toContain('database on fire');
    expect(slack.logs.some((l) => l.level === 'error' && l.message.includes('database on fire'))).toBe(true);
  });
});

describe('a burst of commands', () => {
  it('acknowledges and answers every one, each exactly once', async () => {
    const { ask } = scriptedAsk(() => valueAnswer);
    slack = await startSlack({ ask });
    const sent = [];
    for (let wave = 0; wave < 10; wave++)
      sent.push(...(await Promise.all(Array.from({ length: 30 }, () => slash(slack!, 'q')))));
    expect(sent.every((s) => s.ack.status === 200)).toBe(true);
    await slack.standIn.waitFor(() => slack!.standIn.responses.length >= sent.length, 10_000);
    expect(new Set(slack.standIn.responses.map((r) => r.id)).size).toBe(300);
    expect(slack.standIn.responses).toHaveLength(300);
  });
});

describe('/ind help', () => {
  it.each([
    ['', 'nl'],
    ['help', 'nl'],
    ['hulp', 'nl'],
    ['help en', 'en'],
    ['HELP English', 'en'],
  ] as const)(
    '"/ind %s" shows help with the examples in %s, to the asker only, without asking the engine',
    async (text, lang) => {
      const { ask, requests } = scriptedAsk(() => valueAnswer);
      slack = await startSlack({ ask });
      const sent = await slash(slack, text);
      expect(sent.ack.status).toBe(200);
      const help = JSON.parse(sent.ack.text) as Message;
      expect(help.response_type).toBe('ephemeral');
      const seen = readMessage(help, []);
      for (const example of indCommand.examples[lang]) {
        expect(seen.text).toContain(example);
        expect(seen.buttons).toContain(example);
      }
      expect(seen.text).toContain(indCommand.description[lang]);
      expect(requests).toHaveLength(0);
    },
  );
});
