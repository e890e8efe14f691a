import type { APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../src/adapters/slack/limits.js';
import { createAsk } from '../../src/app/ask.js';
import { committedDataset } from '../../src/data/default.js';
import type { Dataset, Observation, Series } from '../../src/data/schema.js';
import { createEngine } from '../../src/engine/index.js';
import { formatWhatsNew } from '../../src/releases/format.js';
import { answersHeadline, headlineMove, headlineQuestion } from '../../src/releases/headline.js';
import { findPublication, whatsNew } from '../../src/releases/report.js';
import { runWhatsNew } from '../../src/releases/run.js';
import { startDiscordStandIn } from '../adapters/discord/helpers.js';
import { embedText } from '../adapters/discord/validate.js';
import { readMessage } from '../adapters/slack/read.js';
import { type StandInBehaviour, startStandIn } from '../adapters/slack/stand-in.js';

const dataset = committedDataset();
const engine = createEngine(dataset);

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
    const r = whatsNew(createEngine(tiny()));
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
    const r = whatsNew(engine);
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
    const since = findPublication(dataset, 'jaarcijfers 2023')!;
    const r = whatsNew(engine, { since });
    const dublin = r.revisions.find((x) => x.series.id === 'spoor-1.aanvragen' && x.period === '2023');
    expect(dublin?.before.value).toBe(7270);
    expect(dublin?.after.value).toBe(5210);
    expect(dublin?.after.publication).toBe('jaarcijfers-2024');
  });

  it('lists a figure counted under a new definition apart, never as a revision (issue 15)', () => {
    const since = findPublication(dataset, 'Jaarcijfers 2023')!;
    const r = whatsNew(engine, { since });
    const desk = (list: { series: Series; period: string }[]) =>
      list.filter((x) => x.series.id === 'ind-loket.klantcontacten').map((x) => x.period);
    expect(desk(r.revisions)).toEqual([]);
    expect(desk(r.redefined)).toEqual(['2022', '2023']);
    const d2022 = r.redefined.find((x) => x.period === '2022')!;
    expect([d2022.before.value, d2022.after.value, d2022.after.publication]).toEqual([
      446930,
      567590,
      'jaarcijfers-2024',
    ]);
    expect(d2022.definition.publication).toBe('jaarcijfers-2024');

    const line = (lang: 'nl' | 'en') =>
      lang === 'nl'
        ? '• Klantcontacten IND-loketten · klantcontacten 2022: 446.930 → 567.590 (+120.660), Jaarcijfers 2023 → Jaarcijfers 2024'
        : '• Customer contacts at IND desks · customer contacts 2022: 446,930 → 567,590 (+120,660), Jaarcijfers 2023 → Jaarcijfers 2024';
    const nl = formatWhatsNew(r, 'nl');
    const [revisedNl, redefinedNl] = nl.split(
      'Anders geteld, geen herziening (definitiewijziging; oud → nieuw):',
    );
    expect(revisedNl).toContain('Herziene cijfers (oud → nieuw):');
    expect(revisedNl).not.toContain(line('nl'));
    expect(redefinedNl).toContain(line('nl'));
    expect(redefinedNl).toContain('inclusief expatcenters, servicepunten en studentenuitreiking');
    expect(nl).toContain(`${r.revisions.length} herzien, 2 anders geteld (definitiewijziging).`);
    const en = formatWhatsNew(r, 'en');
    const [revisedEn, redefinedEn] = en.split(
      'Counted differently, not revised (definition change; old → new):',
    );
    expect(revisedEn).not.toContain(line('en'));
    expect(redefinedEn).toContain(line('en'));
    expect(redefinedEn).toContain('including expat centres, service points and student collection days');
    expect(en).toContain(`${r.revisions.length} revised, 2 counted differently (definition change).`);
  });

  it('tells a definition change from a revision in a made-up dataset too', () => {
    const data = tiny();
    data.series[0]!.breaks = [
      { until: '2023', publication: 'jaarcijfers-2025', note: { nl: 'Nieuwe telling.', en: 'New count.' } },
    ];
    const r = whatsNew(createEngine(data));
    expect(r.revisions).toEqual([]);
    expect(r.redefined.map((x) => [x.period, x.before.value, x.after.value])).toEqual([['2024', 2000, 2100]]);
    const en = formatWhatsNew(r, 'en');
    expect(en).toContain('Revised figures (old → new):\n• None');
    expect(en).toContain('2,000 → 2,100 (+100), Jaarcijfers 2024 → Jaarcijfers 2025\n  New count.');
  });

  it('finds publications by title or id in any spelling', () => {
    expect(findPublication(dataset, 'Jaarcijfers-2024')?.id).toBe('jaarcijfers-2024');
    expect(findPublication(dataset, 'maandcijfers december 2025')?.id).toBe('maandcijfers-2025-12');
    expect(findPublication(dataset, 'jaarcijfers 1999')).toBeNull();
  });

  it('formats the report in Dutch and English with numbers the reader’s way', () => {
    const r = whatsNew(createEngine(tiny()));
    const nl = formatWhatsNew(r, 'nl');
    expect(nl).toContain('Nieuw in Jaarcijfers 2025');
    expect(nl).toContain('Naturalisatie · aanvragen 2025: 1.050 (2024: 2.100; −1.050 (−50%))');
    expect(nl).toContain('2.000 → 2.100 (+100), Jaarcijfers 2024 → Jaarcijfers 2025');
    const en = formatWhatsNew(r, 'en');
    expect(en).toContain('New in Jaarcijfers 2025');
    expect(en).toContain('2,000 → 2,100 (+100)');
    expect(en).toContain('Revised figures (old → new):');
  });

  it('charts the series with the largest relative move, asked as a question the engine reads so', async () => {
    const move = headlineMove(whatsNew(engine))!;
    expect(move).toMatchObject({ period: '2025' });
    expect(move.series.id).toBe('dwangsommen.bedrag');
    const ask = createAsk({
      answer: engine.answer,
      logger: { info: () => {}, error: () => {} },
      limits: { maxQuestionLength: 1000, ratePerMinute: 0 },
    });
    for (const lang of ['nl', 'en'] as const) {
      const question = headlineQuestion(move, engine.index, lang);
      const { answer } = await ask({ question, adapter: 'slack', userId: 't', conversationId: lang });
      expect(answersHeadline(answer, move)).toBe(true);
      expect(answer.facts.at(-1)).toMatchObject({
        series: 'dwangsommen.bedrag',
        period: '2025',
        value: 79000000,
      });
    }
  });
});

const SLACK_TOKEN = 'xoxb-test-token-123456';
const DISCORD_TOKEN = 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const CHANNEL_ID = '123456789012345678';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Loopback stand-ins for Slack's Web API and Discord's REST API, and the environment pointing at them. */
async function platforms(slackBehaviour?: StandInBehaviour) {
  const slack = await startStandIn(slackBehaviour);
  const discord = await startDiscordStandIn();
  cleanups.push(slack.close, discord.close);
  const env = {
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_ANNOUNCE_CHANNEL: 'C0ANNOUNCE',
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN,
    DISCORD_ANNOUNCE_CHANNEL_ID: CHANNEL_ID,
    DISCORD_API_URL: discord.apiUrl,
  };
  return { slack, discord, env };
}

const io = (env: Record<string, string>) => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { dataset: tiny(), env, out: (l: string) => out.push(l), err: (l: string) => err.push(l) },
  };
};

describe('npm run whats-new', () => {
  it('prints the report without posting', async () => {
    const run = io({});
    expect(await runWhatsNew(['--lang', 'en'], run.io)).toBe(0);
    expect(run.out.join('\n')).toContain('New in Jaarcijfers 2025');
  });

  it('prints its usage, and explains a bad option in one line', async () => {
    const help = io({});
    expect(await runWhatsNew(['--help'], help.io)).toBe(0);
    expect(help.out.join('\n')).toMatch(/^usage: npm run whats-new/);
    const bad = io({});
    expect(await runWhatsNew(['--sinse', 'x'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/^whats-new: Unknown option '--sinse'/);
  });

  it('rejects an unknown --since publication, naming the known ones', async () => {
    const run = io({});
    expect(await runWhatsNew(['--since', 'Jaarcijfers 1999'], run.io)).toBe(2);
    expect(run.err.join('\n')).toContain('"Jaarcijfers 2024"');
  });

  it('--post sends the report with its chart through the Slack and Discord clients and renderers', async () => {
    const { slack, discord, env } = await platforms();
    const run = io({ ...env, QUICKCHART_URL: 'http://charts.example:8080' });
    expect(await runWhatsNew(['--post'], run.io)).toBe(0);
    const post = slack.calls().find((c) => c.method === 'chat.postMessage');
    expect(post?.authorization).toBe(`Bearer ${SLACK_TOKEN}`);
    expect(post?.args.channel).toBe('C0ANNOUNCE');
    const shown = readMessage(post!.args as { text: string; blocks: Block[] }, slack.uploads);
    expect(shown.text).toContain('Nieuw in Jaarcijfers 2025');
    expect(shown.image?.url).toMatch(/^http:\/\/charts\.example:8080\/chart\?/);
    const [message] = discord.requests;
    expect(message?.path).toBe(`/api/v10/channels/${CHANNEL_ID}/messages`);
    expect(message?.headers.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
    const body = await message!.payload();
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embeds = body.embeds as APIEmbed[];
    expect(embedText(embeds)).toContain('Nieuw in Jaarcijfers 2025');
    expect(embeds[0]!.image?.url).toMatch(/^http:\/\/charts\.example:8080\/chart\?/);
  });

  it('--post asks for the chart through the ask layer: its length limit applies', async () => {
    const { slack, env } = await platforms();
    const run = io({ ...env, MAX_QUESTION_LENGTH: '10' });
    expect(await runWhatsNew(['--post'], run.io)).toBe(0);
    expect(run.err.join('\n')).toMatch(/slack: posted without a chart \(.* was read as not_found\)/);
    const post = slack.calls().find((c) => c.method === 'chat.postMessage');
    expect(readMessage(post!.args as { blocks: Block[] }, []).image).toBeNull();
  });

  it('--post reports a Slack refusal and exits 1, still posting to Discord', async () => {
    const { discord, env } = await platforms({
      api: (c) => (c.method === 'chat.postMessage' ? { ok: false, error: 'not_in_channel' } : undefined),
    });
    const run = io(env);
    expect(await runWhatsNew(['--post'], run.io)).toBe(1);
    expect(run.err.join('\n')).toContain('not_in_channel');
    expect(discord.requests.some((r) => r.path === `/api/v10/channels/${CHANNEL_ID}/messages`)).toBe(true);
  });

  it('--post without any channel configured says what to set', async () => {
    const run = io({});
    expect(await runWhatsNew(['--post'], run.io)).toBe(2);
    expect(run.err.join('\n')).toContain('SLACK_ANNOUNCE_CHANNEL');
  });

  it('--post names a channel set without the token that posts there', async () => {
    const run = io({ SLACK_ANNOUNCE_CHANNEL: 'C0ANNOUNCE' });
    expect(await runWhatsNew(['--post'], run.io)).toBe(2);
    expect(run.err.join('\n')).toContain('SLACK_BOT_TOKEN is missing');
  });
});
