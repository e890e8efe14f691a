import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createSlackAdapter } from '../adapters/slack/index.js';
import { slackSignatureHeaders } from '../adapters/slack/signature.js';
import { createAsk } from '../app/ask.js';
import { chartForAnswer } from '../charts/index.js';
import { answer } from '../engine/index.js';

/**
 * `npm run bench:load`: signed slash commands against the Slack HTTP mode on 127.0.0.1 at rising
 * concurrency, beside a bare node:http server answering a fixed body, so the overhead is a ratio.
 * Bounded in count and time; everything stays on loopback (a local sink stands in for Slack).
 */
const SECRET = 'bench0signing0secret0000000000ab';
const LEVELS = [1, 8, 32, 64];
const PER_LEVEL = 1500;
const MAX_MS_PER_LEVEL = 15_000;
const QUESTIONS = [
  'Hoeveel naturalisatieaanvragen in 2024?',
  'eerste asielaanvragen per maand 2025',
  'Top 3 nationaliteiten spoor 4 2025',
  'vergelijk kennis en talent 2023 met 2024',
];

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}

async function load(
  url: string,
  concurrency: number,
  body: (i: number) => { body: string; headers: Record<string, string> },
) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < PER_LEVEL && performance.now() - started < MAX_MS_PER_LEVEL) {
      const i = next++;
      const req = body(i);
      const t = performance.now();
      try {
        const res = await fetch(url, { method: 'POST', headers: req.headers, body: req.body });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    n: latencies.length,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}

const command = (i: number, sinkPort: number) => {
  const body = new URLSearchParams({
    command: '/ind',
    text: QUESTIONS[i % QUESTIONS.length]!,
    user_id: `U${i % 50}`,
    team_id: 'TBENCH',
    channel_id: 'CBENCH',
    response_url: `http://127.0.0.1:${sinkPort}/respond/${i}`,
    trigger_id: `${i}.1.1`,
  }).toString();
  return {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignatureHeaders(SECRET, body) },
  };
};

// The load runs in a child process, as an outside client would, so it is not timed on the
// server's own event loop.
if (process.argv[2] === '--client') {
  const [, , , url, concurrency, sinkPort] = process.argv;
  const result = await load(url!, Number(concurrency), (i) => command(i, Number(sinkPort)));
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const runClient = (url: string, concurrency: number, sinkPort: number) =>
  new Promise<Awaited<ReturnType<typeof load>>>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--client', url, String(concurrency), String(sinkPort)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load client exited ${code}`)),
    );
  });

// A sink standing in for the Slack Web API and the response_urls, in its own process as well, so
// the server process does only the bot's work. It reports how many answers arrived when asked.
if (process.argv[2] === '--sink') {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/respond/')) received++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: true,
          user_id: 'UBENCH',
          bot_id: 'BBENCH',
          team_id: 'TBENCH',
          ts: '1.1',
          channel: 'C1',
        }),
      );
    });
  });
  process.stdout.write(`${await listen(server)}\n`);
  process.stdin.on('data', () => process.stdout.write(`${received}\n`));
  process.stdin.on('end', () => process.exit(0));
} else {
  await runBench();
}

async function runBench(): Promise<void> {
  const sinkChild = spawn(process.execPath, [fileURLToPath(import.meta.url), '--sink'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const sinkLines: string[] = [];
  const nextSinkLine = () =>
    new Promise<string>((resolve) => {
      const waiting = () => (sinkLines.length ? resolve(sinkLines.shift()!) : setTimeout(waiting, 20));
      waiting();
    });
  sinkChild.stdout!.on('data', (d: Buffer) => sinkLines.push(...d.toString().trim().split('\n')));
  const sinkPort = Number(await nextSinkLine());
  const silent = { info: () => {}, error: () => {} };
  const ask = createAsk({
    answer,
    charts: chartForAnswer,
    logger: silent,
    limits: { maxQuestionLength: 500, ratePerMinute: 0 },
  });
  const slack = createSlackAdapter(
    {
      botToken: 'xoxb-0000-0000-bench',
      signingSecret: SECRET,
      appToken: null,
      apiUrl: `http://127.0.0.1:${sinkPort}/api/`,
      responseType: 'in_channel',
      port: 0,
    },
    { ask, charts: chartForAnswer, logger: { info: () => {}, warn: () => {}, error: () => {} } },
  );
  await slack.start();
  const slackUrl = `http://127.0.0.1:${slack.address()!.port}/slack/events`;
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  const bareUrl = `http://127.0.0.1:${await listen(bare)}/`;

  console.log(
    'concurrency | slack: answered/s  p50 ack   p99 ack   errors | bare node:http: req/s  p50   p99 | ratio req/s',
  );
  for (const c of LEVELS) {
    const s = await runClient(slackUrl, c, sinkPort);
    const b = await runClient(bareUrl, c, sinkPort);
    console.log(
      `${String(c).padStart(11)} | ${s.perSecond.toFixed(0).padStart(17)} ${s.p50.toFixed(1).padStart(7)} ms ${s.p99.toFixed(1).padStart(7)} ms ${String(s.errors).padStart(6)} | ` +
        `${b.perSecond.toFixed(0).padStart(19)} ${b.p50.toFixed(1).padStart(5)} ${b.p99.toFixed(1).padStart(5)} | ${(s.perSecond / b.perSecond).toFixed(2)}`,
    );
  }
  await slack.stop({ graceMs: 10_000 });
  sinkChild.stdin!.write('count\n');
  console.log(`follow-up answers delivered to response_url: ${await nextSinkLine()}`);
  sinkChild.stdin!.end();
  bare.close();
  process.exit(0);
}
