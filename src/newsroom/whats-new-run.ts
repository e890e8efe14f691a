import type { Dataset, Language, Publication } from '../data/schema.js';
import { type Chart, type Fetch, postToDiscord, postToSlack } from './post.js';
import { findPublication, formatWhatsNew, headlineAnswer, whatsNew } from './whats-new.js';

export interface RunIo {
  dataset: Dataset;
  env: Record<string, string | undefined>;
  fetch: Fetch;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Draws the chart for an answer (charts/index.ts chartForAnswer); absent means no chart. */
  chart?: (answer: NonNullable<ReturnType<typeof headlineAnswer>>, maxUrlLength: number) => Chart | null;
}

const USAGE =
  'usage: npm run whats-new [-- --since "<publication>"] [--lang nl|en] [--post]\n' +
  '  --since  count this publication and older ones as known (default: all before the newest)\n' +
  '  --post   also send it to SLACK_ANNOUNCE_CHANNEL (SLACK_BOT_TOKEN) and/or\n' +
  '           DISCORD_ANNOUNCE_CHANNEL_ID (DISCORD_TOKEN), with a chart';

/**
 * `npm run whats-new`: prints the report; with --post sends it to every configured announcement
 * channel. Returns the exit code: 0 done, 1 a post failed, 2 a usage or configuration problem.
 */
export async function runWhatsNew(argv: string[], io: RunIo): Promise<number> {
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const lang = (option('--lang') ?? io.env.WHATS_NEW_LANG ?? 'nl') as Language;
  if (lang !== 'nl' && lang !== 'en') {
    io.err(`--lang must be nl or en\n${USAGE}`);
    return 2;
  }
  let since: Publication | null | undefined;
  const sinceName = option('--since');
  if (argv.includes('--since')) {
    since = sinceName ? findPublication(io.dataset, sinceName) : null;
    if (!since) {
      const known = io.dataset.publications.map((p) => `"${p.title}"`).join(', ');
      io.err(`--since: no publication "${sinceName ?? ''}". Known: ${known}`);
      return 2;
    }
  }
  const report = whatsNew(io.dataset, since === undefined ? {} : { since });
  const text = formatWhatsNew(report, lang);
  io.out(text);
  if (!argv.includes('--post')) return 0;

  const slack = io.env.SLACK_ANNOUNCE_CHANNEL?.trim() && io.env.SLACK_BOT_TOKEN?.trim();
  const discord = io.env.DISCORD_ANNOUNCE_CHANNEL_ID?.trim() && io.env.DISCORD_TOKEN?.trim();
  if (!slack && !discord) {
    io.err(
      '--post: nothing configured. Set SLACK_ANNOUNCE_CHANNEL and SLACK_BOT_TOKEN, and/or DISCORD_ANNOUNCE_CHANNEL_ID and DISCORD_TOKEN.',
    );
    return 2;
  }
  const answer = headlineAnswer(report, io.dataset, lang);
  const chartFor = (max: number) => (answer && io.chart ? io.chart(answer, max) : null);
  let failed = 0;
  if (slack) {
    try {
      await postToSlack(
        {
          apiUrl: io.env.SLACK_API_URL?.trim() || 'https://slack.com/api/',
          token: io.env.SLACK_BOT_TOKEN!.trim(),
          channel: io.env.SLACK_ANNOUNCE_CHANNEL!.trim(),
        },
        text,
        chartFor(3000),
        io.fetch,
      );
      io.err(`Posted to Slack channel ${io.env.SLACK_ANNOUNCE_CHANNEL!.trim()}.`);
    } catch (e) {
      failed++;
      io.err(String((e as Error).message ?? e));
    }
  }
  if (discord) {
    try {
      await postToDiscord(
        {
          apiUrl: io.env.DISCORD_API_URL?.trim() || 'https://discord.com/api',
          token: io.env.DISCORD_TOKEN!.trim(),
          channelId: io.env.DISCORD_ANNOUNCE_CHANNEL_ID!.trim(),
        },
        text,
        chartFor(2048),
        io.fetch,
      );
      io.err(`Posted to Discord channel ${io.env.DISCORD_ANNOUNCE_CHANNEL_ID!.trim()}.`);
    } catch (e) {
      failed++;
      io.err(String((e as Error).message ?? e));
    }
  }
  return failed ? 1 : 0;
}
