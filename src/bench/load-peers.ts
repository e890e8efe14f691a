import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackSignatureHeaders } from '../adapters/slack/signature.js';

/**
 * The two outside parties of `npm run bench:load`, each run in its own process so that neither is
 * timed on the bot's event loop: the client sending signed slash commands (as Slack would), and a
 * sink standing in for Slack's Web API and the response_urls the answers go to.
 *
 *   node load-peers.js client <url> <concurrency> <count> <maxMs> <sinkPort> <secret>
 *   node load-peers.js sink          (prints its port; on each stdin line, the answers received)
 */

export interface LoadResult {
  sent: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const QUESTIONS = [
  'Hoeveel naturalisatieaanvragen in 2024?',
  'eerste asielaanvragen per maand 2025',
  'Top 3 nationaliteiten spoor 4 2025',
  'vergelijk kennis en talent 2023 met 2024',
  'How many asylum applications in 2024?',
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** A signed slash command, a different user each time (as in a busy workspace). */
function command(i: number, sinkPort: number, secret: string) {
  const body = new URLSearchParams({
    command: '/ind',
    text: QUESTIONS[i % QUESTIONS.length]!,
    user_id: `U${String(i).padStart(8, '0')}`,
    team_id: 'TBENCH',
    channel_id: 'CBENCH',
    response_url: `http://127.0.0.1:${sinkPort}/respond/${i}`,
    trigger_id: `${i}.1.1`,
  }).toString();
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      ...slackSignatureHeaders(secret, body),
    },
  };
}

/**
 * `concurrency` workers on kept-alive connections (as Slack's senders are), each sending the next
 * command as soon as the previous one is acknowledged, until `count` are sent or `maxMs` has passed.
 * node:http rather than fetch: the client must cost far less than the server it measures.
 */
export async function runLoad(
  url: string,
  options: { concurrency: number; count: number; maxMs: number; sinkPort: number; secret: string },
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const send = (i: number) =>
    new Promise<boolean>((resolve) => {
      const c = command(i, options.sinkPort, options.secret);
      const req = request(url, { method: 'POST', agent, headers: c.headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
        res.on('error', () => resolve(false));
      });
      req.on('error', () => resolve(false));
      req.end(c.body);
    });
  const worker = async () => {
    while (next < options.count && performance.now() - started < options.maxMs) {
      const i = next++;
      const t = performance.now();
      if (!(await send(i))) errors++;
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length,
    perSecond: (latencies.length - errors) / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}

/** Answers like Slack: 200 with an ok body; counts the answers that reach a response_url. */
async function runSink(): Promise<void> {
  let received = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/respond/')) received++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        '{"ok":true,"user_id":"UBENCH","bot_id":"BBENCH","team_id":"TBENCH","ts":"1.1","channel":"C1"}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
  process.stdin.on('data', () => process.stdout.write(`${received}\n`));
  process.stdin.on('end', () => process.exit(0));
}

const [role, ...args] = process.argv.slice(2);
if (role === 'client') {
  const [url, concurrency, count, maxMs, sinkPort, secret] = args;
  const result = await runLoad(url!, {
    concurrency: Number(concurrency),
    count: Number(count),
    maxMs: Number(maxMs),
    sinkPort: Number(sinkPort),
    secret: secret!,
  });
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
} else if (role === 'sink') {
  await runSink();
}
