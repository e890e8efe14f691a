import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { answer, suggestQuestions } from '../app/default-engine.js';
import { startApp } from '../app/start.js';
import { createChartProvider } from '../charts/index.js';
import { parseConfig } from '../config.js';
import { createLogger } from '../ops/logger.js';
import type { LoadResult } from './load-peers.js';

/**
 * `npm run bench:load`: signed slash commands against the Slack HTTP mode of the app `npm start`
 * runs (shared server, ask layer with rate limit and logs, Bolt), on 127.0.0.1 at rising
 * concurrency, beside a bare node:http server answering a fixed body, so the overhead is a ratio.
 * Bounded in count and time; everything stays on loopback (a sink process stands in for Slack).
 */
const SECRET = 'bench0signing0secret0000000000ab';
const LEVELS = [1, 8, 32, 64];
const PER_LEVEL = 2000;
const MAX_MS_PER_LEVEL = 10_000;
const PEERS = fileURLToPath(new URL('./load-peers.js', import.meta.url));

/** A peer process whose stdout lines can be awaited one by one. */
function peer(args: string[]): { child: ChildProcess; line: () => Promise<string> } {
  const child = spawn(process.execPath, [PEERS, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let buffer = '';
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    lines.push(...parts);
  });
  const line = () =>
    new Promise<string>((resolve) => {
      const look = () => (lines.length ? resolve(lines.shift()!) : setTimeout(look, 10));
      look();
    });
  return { child, line };
}

function load(url: string, concurrency: number, sinkPort: number, count = PER_LEVEL): Promise<LoadResult> {
  const { child } = peer([
    'client',
    url,
    String(concurrency),
    String(count),
    String(MAX_MS_PER_LEVEL),
    String(sinkPort),
    SECRET,
  ]);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load client exited ${code}`)),
    ),
  );
}

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
const num = (x: number, w: number) => x.toFixed(0).padStart(w);

async function main(): Promise<void> {
  const sink = peer(['sink']);
  const sinkPort = Number(await sink.line());
  const delivered = async () => {
    sink.child.stdin!.write('count\n');
    return Number(await sink.line());
  };

  // As in production: JSON log lines (one per question), written to nowhere instead of stdout.
  const logger = createLogger({ level: 'info', destination: pino.destination('/dev/null') });
  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-0000-0000-benchmark',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `http://127.0.0.1:${sinkPort}/api/`,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const app = await startApp(config, {
    answer,
    suggest: suggestQuestions,
    charts: createChartProvider(),
    logger,
  });
  const slackUrl = `${app.url}/slack/events`;
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

  console.log(
    `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(2)}; ${PER_LEVEL} commands per level (at most ${MAX_MS_PER_LEVEL / 1000} s)\n`,
  );
  // Warm-up, not reported: the first answers load chart and JIT code paths.
  await load(slackUrl, 8, sinkPort, 300);
  let expected = 300;
  while ((await delivered()) < expected) await new Promise((r) => setTimeout(r, 20));

  console.log(
    'concurrency | slack: acked/s  answered/s  p50 ack    p99 ack  errors | bare http: req/s  p50        p99 | ratio',
  );
  let allAnswered = true;
  let worstP99 = 0;
  let bestAnswered = 0;
  for (const c of LEVELS) {
    const started = performance.now();
    const s = await load(slackUrl, c, sinkPort);
    expected += s.sent;
    // "Answered" counts an answer once it has reached its response_url, not at the acknowledgement.
    const deadline = performance.now() + 30_000;
    let got = await delivered();
    while (got < expected && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
      got = await delivered();
    }
    const answeredPerSecond = (s.sent - s.errors - (expected - got)) / ((performance.now() - started) / 1000);
    allAnswered &&= got >= expected && s.errors === 0;
    worstP99 = Math.max(worstP99, s.p99);
    bestAnswered = Math.max(bestAnswered, answeredPerSecond);
    const b = await load(bareUrl, c, sinkPort);
    console.log(
      `${num(c, 11)} | ${num(s.perSecond, 14)} ${num(answeredPerSecond, 11)} ${ms(s.p50)} ${ms(s.p99)} ${num(s.errors, 7)} | ` +
        `${num(b.perSecond, 16)} ${ms(b.p50)} ${ms(b.p99)} | ${(answeredPerSecond / b.perSecond).toFixed(2)}`,
    );
  }
  console.log(`\nanswers delivered to response_urls: ${await delivered()} of ${expected} commands`);
  console.log(`every command acknowledged and answered: ${allAnswered ? 'yes' : 'NO'}`);
  console.log(`worst p99 acknowledgement: ${worstP99.toFixed(0)} ms (Slack's deadline: 3000 ms)`);
  console.log(`best answered per second: ${bestAnswered.toFixed(0)} (goal: 500 on 2 cores)`);
  await app.stop({ graceMs: 5000 });
  bare.close();
  sink.child.stdin!.end();
  process.exit(allAnswered ? 0 : 1);
}

await main();
