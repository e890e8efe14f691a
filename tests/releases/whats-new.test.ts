import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedDataset } from '../../src/data/default.js';
import type { Dataset, Observation, Series } from '../../src/data/schema.js';
import { type Fetch, fitText } from '../../src/newsroom/post.js';
import { findPublication, formatWhatsNew, headlineAnswer, whatsNew } from '../../src/newsroom/whats-new.js';
import { runWhatsNew } from '../../src/newsroom/whats-new-run.js';

const dataset = committedDataset();

/** A two-publication dataset: 2024 revised in the new one, 2025 added. */
function tiny(): Dataset {
  const series: Series = {
    id: 'naturalisatie.aanvragen',
    domain: 'naturalisatie',
    subject: 'naturalisatie',
    measure: 'aanvragen',
    unit: 'count',
    label: { nl: 'Naturalisatie · aanvragen', en: 'Naturalisation · applications' },
    name: {
      nl: { subject: 'Naturalisatie', measure: 'aanvragen' },
      en: { subject: 'Naturalisation', measure: 'applications' },
    },
    aliases: { nl: [], en: [] },
    notes: [],
    breaks: [],
  };
  const obs = (period: string, value: number, publication: string, current: boolean): Observation => ({
    series: series.id,
    period,
    value,
    publication,
    line: 1,
    printed: String(value),
    current,
  });
  return {
    publications: [
      { id: 'jaarcijfers-2024', title: 'Jaarcijfers 2024', date: '2025-02', file: 'a.txt', kind: 'annual' },
      { id: 'jaarcijfers-2025', title: 'Jaarcijfers 2025', date: '2026-02', file: 'b.txt', kind: 'annual' },
    ],
    series: [series],
    observations: [
      obs('2023', 1000, 'jaarcijfers-2024', false),
      obs('2023', 1000, 'jaarcijfers-2025', true),
      obs('2024', 2000, 'jaarcijfers-2024', false),
      obs('2024', 2100, 'jaarcijfers-2025', true),
      obs('2025', 1050, 'jaarcijfers-2025', true),
    ],
    rankings: [],
  };
}

describe('whatsNew (pure report)', () => {
  it('lists the new period with its change and the revised figure old -> new, crediting the publication', () => {
    const r = whatsNew(tiny());
    expect(r.publication.id).toBe('jaarcijfers-2025');
    expect(r.since?.id).toBe('jaarcijfers-2024');
    expect(r.added.map((a) => [a.period, a.value])).toEqual([['2025', 1050]]);
    expect(r.byRelative[0]).toMatchObject({ period: '2025', value: 1050, absolute: -1050, relative: -0.5 });
    expect(r.byRelative[0]!.previous).toEqual({ period: '2024', value: 2100 });
    expect(r.revisions.map((x) => [x.period, x.before.value, x.after.value, x.after.publication])).toEqual([
      ['2024', 2000, 2100, 'jaarcijfers-2025'],
    ]);
  });

  it('reports the committed newest publication: 2025 added, nothing revised since the monthly figures', () => {
    const r = whatsNew(dataset);
    expect(r.publication.title).toBe('Jaarcijfers 2025');
    const nat = r.added.find((a) => a.series.id === 'naturalisatie.aanvragen' && a.period === '2025');
    expect(nat?.value).toBe(51760);
    expect(r.revisions).toEqual([]);
    const rel = r.byRelative.map((m) => Math.abs(m.relative!));
    expect(rel).toEqual([...rel].sort((a, b) => b - a));
    const abs = r.byAbsolute.map((m) => Math.abs(m.absolute));
    expect(abs).toEqual([...abs].sort((a, b) => b - a));
    expect(r.byAbsolute.every((m) => m.series.unit === 'count')).toBe(true);
    expect(r.byPoints.every((m) => m.series.unit === 'percent')).toBe(true);
  });

  it('with --since an older publication, lists every revision made after it', () => {
    const since = findPublication(dataset, 'jaarcijfers 2023');
    const r = whatsNew(dataset, { since });
    const dublin = r.revisions.find((x) => x.series.id === 'spoor-1.aanvragen' && x.period === '2023');
    expect(dublin?.before.value).toBe(7270);
    expect(dublin?.after.value).toBe(5210);
    expect(dublin?.after.publication).toBe('jaarcijfers-2024');
  });

  it('finds publications by title or id in any spelling', () => {
    expect(findPublication(dataset, 'Jaarcijfers-2024')?.id).toBe('jaarcijfers-2024');
    expect(findPublication(dataset, 'maandcijfers december 2025')?.id).toBe('maandcijfers-2025-12');
    expect(findPublication(dataset, 'jaarcijfers 1999')).toBeNull();
  });

  it('formats the report in Dutch and English with numbers the reader’s way', () => {
    const r = whatsNew(tiny());
    const nl = formatWhatsNew(r, 'nl');
    expect(nl).toContain('Nieuw in Jaarcijfers 2025');
    expect(nl).toContain('Naturalisatie · aanvragen 2025: 1.050 (2024: 2.100; −1.050 (−50%))');
    expect(nl).toContain('2.000 → 2.100 (+100), Jaarcijfers 2024 → Jaarcijfers 2025');
    const en = formatWhatsNew(r, 'en');
    expect(en).toContain('New in Jaarcijfers 2025');
    expect(en).toContain('2,000 → 2,100 (+100)');
    expect(en).toContain('Revised figures (old → new):');
  });

  it('charts the series with the largest relative move', () => {
    const a = headlineAnswer(whatsNew(dataset), dataset, 'nl');
    expect(a?.kind).toBe('series');
    expect(a?.facts.at(-1)).toMatchObject({ series: 'dwangsommen.bedrag', period: '2025', value: 79000000 });
  });

  it('cuts long text at a line boundary and says so', () => {
    const text = ['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)].join('\n');
    expect(fitText(text, 25, '…')).toBe(`${'a'.repeat(10)}\n${'b'.repeat(10)}\n…`);
    expect(fitText('short', 25, '…')).toBe('short');
  });
});

/** A loopback stand-in for Slack's and Discord's Web APIs that records every request. */
interface Seen {
  path: string;
  auth: string | undefined;
  body: Record<string, unknown>;
}
let server: Server;
let base: string;
const seen: Seen[] = [];
let slackReply = { ok: true };

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => resolve(data));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse((await read(req)) || '{}') as Record<string, unknown>;
    seen.push({ path: req.url ?? '', auth: req.headers.authorization, body });
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/slack/')) res.end(JSON.stringify(slackReply));
    else if (req.url?.startsWith('/discord/v10/channels/')) res.end(JSON.stringify({ id: '1' }));
    else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const io = (env: Record<string, string>) => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      dataset: tiny(),
      env,
      fetch: globalThis.fetch as unknown as Fetch,
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      chart: () => ({ url: 'https://quickchart.example/chart.png', alt: 'Naturalisatie, aanvragen' }),
    },
  };
};

describe('npm run whats-new', () => {
  it('prints the report without posting', async () => {
    seen.length = 0;
    const run = io({});
    expect(await runWhatsNew(['--lang', 'en'], run.io)).toBe(0);
    expect(run.out.join('\n')).toContain('New in Jaarcijfers 2025');
    expect(seen).toEqual([]);
  });

  it('rejects an unknown --since publication, naming the known ones', async () => {
    const run = io({});
    expect(await runWhatsNew(['--since', 'Jaarcijfers 1999'], run.io)).toBe(2);
    expect(run.err.join('\n')).toContain('"Jaarcijfers 2024"');
  });

  it('--post sends the report with its chart to Slack and Discord', async () => {
    seen.length = 0;
    slackReply = { ok: true };
    const run = io({
      SLACK_BOT_TOKEN: 'xoxb-test-token-123456',
      SLACK_ANNOUNCE_CHANNEL: 'C0ANNOUNCE',
      SLACK_API_URL: `${base}/slack/`,
      DISCORD_TOKEN: 'discord-token',
      DISCORD_ANNOUNCE_CHANNEL_ID: '123456789',
      DISCORD_API_URL: `${base}/discord`,
    });
    expect(await runWhatsNew(['--post'], run.io)).toBe(0);
    const slack = seen.find((s) => s.path === '/slack/chat.postMessage');
    expect(slack?.auth).toBe('Bearer xoxb-test-token-123456');
    expect(slack?.body.channel).toBe('C0ANNOUNCE');
    expect(String(slack?.body.text)).toContain('Nieuw in Jaarcijfers 2025');
    expect(slack?.body.blocks).toContainEqual(
      expect.objectContaining({ type: 'image', image_url: 'https://quickchart.example/chart.png' }),
    );
    const discord = seen.find((s) => s.path === '/discord/v10/channels/123456789/messages');
    expect(discord?.auth).toBe('Bot discord-token');
    expect(String(discord?.body.content)).toContain('Nieuw in Jaarcijfers 2025');
    expect(discord?.body.allowed_mentions).toEqual({ parse: [] });
    expect(discord?.body.embeds).toEqual([
      expect.objectContaining({ image: { url: 'https://quickchart.example/chart.png' } }),
    ]);
  });

  it('--post reports a Slack refusal and exits 1, still posting to Discord', async () => {
    seen.length = 0;
    slackReply = { ok: false, error: 'not_in_channel' } as never;
    const run = io({
      SLACK_BOT_TOKEN: 'xoxb-test-token-123456',
      SLACK_ANNOUNCE_CHANNEL: 'C0ANNOUNCE',
      SLACK_API_URL: `${base}/slack/`,
      DISCORD_TOKEN: 'discord-token',
      DISCORD_ANNOUNCE_CHANNEL_ID: '42',
      DISCORD_API_URL: `${base}/discord`,
    });
    expect(await runWhatsNew(['--post'], run.io)).toBe(1);
    expect(run.err.join('\n')).toContain('not_in_channel');
    expect(seen.some((s) => s.path === '/discord/v10/channels/42/messages')).toBe(true);
    slackReply = { ok: true };
  });

  it('--post without any channel configured says what to set', async () => {
    const run = io({});
    expect(await runWhatsNew(['--post'], run.io)).toBe(2);
    expect(run.err.join('\n')).toContain('SLACK_ANNOUNCE_CHANNEL');
  });
});
