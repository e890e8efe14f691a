import { createAsk } from '../app/ask.js';
import { createChartProvider } from '../charts/index.js';
import type { AdapterName, AnswerChart } from '../contract/ask.js';
import type { Dataset, Publication } from '../data/schema.js';
import { createEngine } from '../engine/index.js';
import { ConfigError } from '../errors.js';
import { readCommandLine } from '../ops/command-line.js';
import { parseReleaseConfig } from './config.js';
import { formatWhatsNew } from './format.js';
import { answersHeadline, headlineMove, headlineQuestion } from './headline.js';
import { postToDiscord, postToSlack } from './post.js';
import { findPublication, type WhatsNewReport, whatsNew } from './report.js';

export interface RunIo {
  dataset: Dataset;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'usage: npm run whats-new [-- --since "<publication>"] [--lang nl|en] [--post]\n' +
  '  --since  count this publication and older ones as known (default: all before the newest)\n' +
  '  --lang   the language of the report (default WHATS_NEW_LANG, else nl)\n' +
  '  --post   also send it to SLACK_ANNOUNCE_CHANNEL (SLACK_BOT_TOKEN) and/or\n' +
  '           DISCORD_ANNOUNCE_CHANNEL_ID (DISCORD_TOKEN), with a chart';

const ARGS = {
  options: {
    since: { type: 'string' },
    lang: { type: 'string' },
    post: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
} as const;

/**
 * The chart of the day for one platform: the largest move's trend, asked through the ask layer as a
 * question, so it is drawn (URL or PNG, within the platform's limits) like every answer's chart.
 */
async function headlineChart(
  report: WhatsNewReport,
  engine: ReturnType<typeof createEngine>,
  ask: ReturnType<typeof createAsk>,
  adapter: AdapterName,
  lang: 'nl' | 'en',
  err: (line: string) => void,
): Promise<AnswerChart | null> {
  const move = headlineMove(report);
  if (!move) return null;
  const question = headlineQuestion(move, engine.index, lang);
  const { answer, chart } = await ask({
    question,
    adapter,
    userId: 'whats-new',
    conversationId: `whats-new:${adapter}`,
  });
  if (answersHeadline(answer, move)) return chart;
  err(`${adapter}: posted without a chart ("${question}" was read as ${answer.reading ?? answer.kind}).`);
  return null;
}

/**
 * `npm run whats-new`: prints the report; with --post sends it to every configured announcement
 * channel. Returns the exit code: 0 done, 1 a post failed, 2 a usage or configuration problem.
 */
export async function runWhatsNew(argv: string[], io: RunIo): Promise<number> {
  const args = readCommandLine(ARGS, argv);
  if (args.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    io.err(`whats-new: ${args.message}\n${USAGE}`);
    return 2;
  }
  let config: ReturnType<typeof parseReleaseConfig>;
  try {
    config = parseReleaseConfig(io.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.err(e.message);
    return 2;
  }
  const lang = args.values.lang ?? config.language;
  if (lang !== 'nl' && lang !== 'en') {
    io.err(`--lang must be nl or en\n${USAGE}`);
    return 2;
  }
  let since: Publication | undefined;
  if (args.values.since !== undefined) {
    const found = findPublication(io.dataset, args.values.since);
    if (!found) {
      const known = io.dataset.publications.map((p) => `"${p.title}"`).join(', ');
      io.err(`--since: no publication "${args.values.since}". Known: ${known}`);
      return 2;
    }
    since = found;
  }
  const engine = createEngine(io.dataset);
  const report = whatsNew(engine, since === undefined ? {} : { since });
  const text = formatWhatsNew(report, lang);
  io.out(text);
  if (!args.values.post) return 0;

  if (!config.slack && !config.discord) {
    io.err(
      '--post: nothing configured. Set SLACK_ANNOUNCE_CHANNEL and SLACK_BOT_TOKEN, and/or DISCORD_ANNOUNCE_CHANNEL_ID and DISCORD_TOKEN.',
    );
    return 2;
  }
  const ask = createAsk({
    answer: engine.answer,
    charts: createChartProvider({ quickchartUrl: config.quickchartUrl }),
    logger: { info: () => {}, error: (fields) => io.err(`whats-new: ${JSON.stringify(fields)}`) },
    limits: { maxQuestionLength: config.maxQuestionLength, ratePerMinute: 0 },
  });
  const chartFor = (adapter: AdapterName) => headlineChart(report, engine, ask, adapter, lang, io.err);
  let failed = 0;
  if (config.slack) {
    try {
      await postToSlack(config.slack, { text, chart: await chartFor('slack'), language: lang }, io.err);
      io.err(`Posted to Slack channel ${config.slack.channel}.`);
    } catch (e) {
      failed++;
      io.err(`Slack chat.postMessage failed: ${(e as Error).message ?? e}`);
    }
  }
  if (config.discord) {
    try {
      await postToDiscord(config.discord, { text, chart: await chartFor('discord') }, io.err);
      io.err(`Posted to Discord channel ${config.discord.channel}.`);
    } catch (e) {
      failed++;
      io.err(`Discord create message failed: ${(e as Error).message ?? e}`);
    }
  }
  return failed ? 1 : 0;
}
