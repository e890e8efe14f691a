import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../src/adapters/slack/limits.js';
import { createChartProvider } from '../../../src/charts/index.js';
import type { ChartProvider } from '../../../src/charts/types.js';
import { monthlySeriesAnswer } from '../../fixtures/answers.js';
import { eventBody, type RunningSlack, scriptedAsk, sendSigned, slash, startSlack } from './helpers.js';
import { readMessage } from './read.js';
import { BOT_USER_ID, type StandInBehaviour } from './stand-in.js';

let slack: RunningSlack | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

type Message = { text?: string; blocks?: Block[] };
const images = (m: Message) => (m.blocks ?? []).filter((b) => b.type === 'image');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const chartForAnswer = createChartProvider();
/** The real chart renderer, with a URL limit no chart fits: every chart goes the upload route. */
const uploadOnly: ChartProvider = (answer) => chartForAnswer(answer, { maxUrlLength: 10 });

/** Slack over an Ask whose answers carry the chart `charts` draws for them. */
const start = (charts: ChartProvider, behaviour?: StandInBehaviour) =>
  startSlack({ ask: scriptedAsk(() => monthlySeriesAnswer, charts).ask, behaviour });

describe('the chart of an answer', () => {
  it('is an image block with the QuickChart URL when that fits 3000 characters', async () => {
    slack = await start(chartForAnswer);
    const body = (await (await slash(slack, 'naturalisatie per maand')).reply()).body as Message;
    const [image] = images(body);
    expect(image).toMatchObject({ type: 'image', image_url: expect.stringMatching(/^https:\/\//) });
    expect((image as { image_url: string }).image_url.length).toBeLessThanOrEqual(3000);
    expect(slack.standIn.uploads).toHaveLength(0);
  });

  it('is otherwise the local PNG, uploaded with files.uploadV2 and shown with slack_file', async () => {
    slack = await start(uploadOnly);
    const body = (await (await slash(slack, 'naturalisatie per maand')).reply()).body as Message;

    const methods = slack.standIn.calls().map((c) => c.method);
    expect(methods).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    const [getUrl, complete] = slack.standIn.calls();
    const [upload] = slack.standIn.uploads;
    expect(Array.from(upload!.bytes.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(Number(getUrl!.args.length)).toBe(upload!.bytes.length);
    expect(getUrl!.args.filename).toBe('ind-cijfers.png');
    expect(String(getUrl!.args.alt_text)).toContain('Naturalisatie');
    // Private upload: no channel, so Slack posts no separate file message next to the answer.
    expect(complete!.args.channel_id).toBeUndefined();
    expect(complete!.args.files).toEqual([expect.objectContaining({ id: upload!.fileId })]);

    const [image] = images(body);
    expect(image).toMatchObject({ type: 'image', slack_file: { id: upload!.fileId } });
    expect(readMessage(body, slack.standIn.uploads).image?.png?.length).toBe(upload!.bytes.length);
  });
});

describe('when the chart cannot be shown, the figures are still answered', () => {
  const expectFiguresWithoutChart = (body: Message) => {
    const seen = readMessage(body, []);
    expect(images(body)).toEqual([]);
    expect(seen.text).toContain('17.600');
    expect(seen.text).toContain('Maandcijfers IND december 2025');
    expect(seen.text).toContain('De grafiek kon niet worden getoond');
  };

  it('the upload is refused', async () => {
    slack = await start(uploadOnly, {
      api: (c) =>
        c.method === 'files.getUploadURLExternal'
          ? { ok: false, error: 'not_allowed_token_type' }
          : undefined,
    });
    expectFiguresWithoutChart((await (await slash(slack, 'q')).reply()).body as Message);
    expect(slack.logs.some((l) => l.level === 'warn' && l.message.includes('not_allowed_token_type'))).toBe(
      true,
    );
  });

  it('the renderer fails', async () => {
    const broken: ChartProvider = (answer, options) => {
      const chart = chartForAnswer(answer, { ...options, maxUrlLength: 10 });
      return chart && { ...chart, png: () => Promise.reject(new Error('canvas unavailable')) };
    };
    slack = await start(broken);
    expectFiguresWithoutChart((await (await slash(slack, 'q')).reply()).body as Message);
    expect(slack.standIn.calls()).toEqual([]);
  });

  it('the response_url refuses the message with the image: it is sent again without it', async () => {
    slack = await start(chartForAnswer, {
      responseUrlStatus: (p) => (images(p.body as Message).length ? 400 : 200),
    });
    const sent = await slash(slack, 'q');
    expect(images((await sent.reply(1)).body as Message)).toHaveLength(1);
    expectFiguresWithoutChart((await sent.reply(2)).body as Message);
  });

  it('chat.postMessage refuses the message with the image: it is posted again without it', async () => {
    slack = await start(uploadOnly, {
      api: (c) =>
        c.method === 'chat.postMessage' && images(c.args as Message).length
          ? { ok: false, error: 'invalid_blocks' }
          : undefined,
    });
    const event = {
      type: 'app_mention',
      user: 'U1',
      text: `<@${BOT_USER_ID}> q`,
      ts: '1.1',
      channel: 'C1',
      event_ts: '1.1',
    };
    await sendSigned(slack.url, eventBody(event), 'application/json');
    const posted = () => slack!.standIn.calls().filter((c) => c.method === 'chat.postMessage');
    await slack.standIn.waitFor(() => posted().length === 2);
    expectFiguresWithoutChart(posted()[1]!.args as Message);
    expect(posted()[1]!.args.thread_ts).toBe('1.1');
  });
});
