import type { webApi } from '@slack/bolt';
import type { AnswerChart } from '../../contract/ask.js';
import type { ChartImage } from './blocks.js';

export interface ChartOutcome {
  image: ChartImage | null;
  /** The answer has a chart that cannot be shown (drawing or the upload failed). */
  failed: boolean;
}

/** files.getUploadURLExternal accepts alt text up to this length. */
const UPLOAD_ALT_MAX = 1000;

/**
 * Uploads a PNG privately (no channel) so a message can show it with an image block's
 * `slack_file`; returns the file id. Uses files.uploadV2's three steps: get an upload URL, send
 * the bytes, complete the upload.
 */
export async function uploadPng(client: webApi.WebClient, png: Uint8Array, alt: string): Promise<string> {
  const result = await client.filesUploadV2({
    file: Buffer.from(png.buffer, png.byteOffset, png.byteLength),
    filename: 'ind-cijfers.png',
    title: 'IND-cijfers',
    alt_text: alt.slice(0, UPLOAD_ALT_MAX),
    // Lets Slack show the image before its processing job finishes (it is referenced right away).
    highlight_type: 'png',
  });
  const id = result.files?.[0]?.files?.[0]?.id;
  if (!id) throw new Error('files.completeUploadExternal returned no file id');
  return id;
}

/**
 * The answer's chart as Slack can show it: the URL the ask layer fitted to Slack's limit, else the
 * PNG uploaded to Slack. Never throws: a chart that cannot be drawn or uploaded is reported as
 * `failed`, and the figures are answered without it.
 */
export async function chartImage(
  chart: AnswerChart | null,
  deps: { upload: (png: Uint8Array, alt: string) => Promise<string>; warn: (message: string) => void },
): Promise<ChartOutcome> {
  if (!chart) return { image: null, failed: false };
  if (chart.url) return { image: { url: chart.url, alt: chart.alt }, failed: false };
  try {
    const fileId = await deps.upload(await chart.png(), chart.alt);
    return { image: { fileId, alt: chart.alt }, failed: false };
  } catch (error) {
    deps.warn(`slack: chart not shown (${error instanceof Error ? error.message : String(error)})`);
    return { image: null, failed: true };
  }
}
