import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ID, startDiscordStandIn } from '../adapters/discord/helpers.js';

/**
 * Every command README.md shows is run here (or by CI, which runs `npm ci` and `npm run check`), so
 * the front door never shows a command that does not work. Commands are read from the shell code
 * blocks and from inline code spans that start with `npm`.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const CI = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');

/** Splits a command line into words, honouring "double" and 'single' quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The commands README shows, each as its words. */
function readmeCommands(): string[][] {
  const lines: string[] = [];
  for (const block of README.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command && !command.startsWith('#')) lines.push(...command.split('&&').map((c) => c.trim()));
    }
  }
  const prose = README.replace(/```[\s\S]*?```/g, '');
  for (const span of prose.matchAll(/`(npm [^`]+)`/g)) lines.push(span[1]!);
  return [...new Set(lines)].map(words);
}

type Plan =
  | { how: 'ci'; why: string }
  | { how: 'run'; script: string; args: string[] }
  | { how: 'serve'; script: 'start' | 'web' }
  | { how: 'deploy' };

/** How each command is covered; an unknown one fails the test, so a new README command needs a plan. */
function plan(command: string[]): Plan {
  const [npm, verb, ...rest] = command;
  if (npm !== 'npm') throw new Error(`README shows a command that is not npm: ${command.join(' ')}`);
  if (verb === 'install' || verb === 'ci') return { how: 'ci', why: 'CI installs with npm ci' };
  if (verb === 'test') return { how: 'ci', why: 'npm run check runs npm test' };
  if (verb === 'start') return { how: 'serve', script: 'start' };
  if (verb !== 'run') throw new Error(`unknown npm command in README: ${command.join(' ')}`);
  const [script, dash, ...args] = rest;
  if (!script || !SCRIPTS[script])
    throw new Error(`README runs a script package.json lacks: ${command.join(' ')}`);
  if (dash !== undefined && dash !== '--') throw new Error(`arguments must follow --: ${command.join(' ')}`);
  if (script === 'check') return { how: 'ci', why: 'CI runs npm run check' };
  if (script === 'web' || script === 'start') return { how: 'serve', script };
  if (script === 'deploy-commands') return { how: 'deploy' };
  if (['ask', 'slack-manifest', 'export'].includes(script)) return { how: 'run', script, args };
  throw new Error(`no plan for README command ${command.join(' ')}: add one to tests/repo/readme.test.ts`);
}

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** `npm run <script> -- <args>` as the launcher runs it, in a scratch folder; resolves with its exit and output. */
function run(script: string, args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const child = spawn(process.execPath, [join(ROOT, 'src', 'launch.mjs'), script, ...args], {
    cwd,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdin!.end();
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exit, output: () => out };
}

const commands = readmeCommands();
const plans = commands.map((c) => [c.join(' '), plan(c)] as const);

describe('the commands in README.md', () => {
  it('are all known, and the ones left to CI are what CI runs', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(SCRIPTS.check).toContain('npm test');
    expect(CI).toContain('npm ci');
    expect(CI).toContain('npm run check');
    expect(plans.filter(([, p]) => p.how === 'run').length).toBeGreaterThanOrEqual(4);
    expect(plans.some(([, p]) => p.how === 'serve')).toBe(true);
  });

  it.each(plans.filter(([, p]) => p.how === 'run'))('%s works', async (_, p) => {
    const { script, args } = p as Extract<Plan, { how: 'run' }>;
    const dir = mkdtempSync(join(tmpdir(), 'ind-readme-'));
    dirs.push(dir);
    const done = run(script, args, {}, dir);
    expect(await done.exit, done.output()).toBe(0);
    expect(done.output().trim().length).toBeGreaterThan(0);
    const chart = args[args.indexOf('--chart') + 1];
    if (args.includes('--chart'))
      expect(readFileSync(join(dir, chart!)).subarray(1, 4).toString()).toBe('PNG');
  });

  it.each(plans.filter(([, p]) => p.how === 'serve'))('%s serves, and stops on SIGTERM', async (_, p) => {
    const { script } = p as Extract<Plan, { how: 'serve' }>;
    const dir = mkdtempSync(join(tmpdir(), 'ind-readme-'));
    dirs.push(dir);
    // No .env in a scratch folder and no platform variables: both serve the web chat.
    const app = run(script, [], { PORT: '0' }, dir);
    await expect
      .poll(() => /[Ww]eb chat: (http:\S+?)\/?$/m.test(app.output()), { timeout: 30_000 })
      .toBe(true);
    const url = /[Ww]eb chat: (http:\S+?)\/?$/m.exec(app.output())![1]!;
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form id="ask"');
    app.child.kill('SIGTERM');
    expect(await app.exit).toBe(0);
  });

  it.each(plans.filter(([, p]) => p.how === 'deploy'))(
    '%s registers /ind (with Discord stood in)',
    async () => {
      const discord = await startDiscordStandIn((r) =>
        r.method === 'PUT' ? { status: 200, body: [] } : undefined,
      );
      try {
        const done = run('deploy-commands', [], {
          DISCORD_TOKEN: 'MTEyMjMzNDQ1NTY2Nzc4ODk5.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB',
          DISCORD_APPLICATION_ID: APP_ID,
          DISCORD_API_URL: discord.apiUrl,
        });
        expect(await done.exit, done.output()).toBe(0);
        expect(discord.requests.map((r) => [r.method, r.path])).toEqual([
          ['PUT', `/api/v10/applications/${APP_ID}/commands`],
        ]);
      } finally {
        await discord.close();
      }
    },
  );
});

describe('README.md', () => {
  it('links only to files in the repository, and every one exists', () => {
    const links = [...README.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link, link).not.toMatch(/^\.\.\//);
      expect(existsSync(join(ROOT, link)), link).toBe(true);
    }
  });

  it('stays a front door: short, with the chat and a chart pictured and a placeholder for the flow', () => {
    expect(README.split('\n').length).toBeLessThan(200);
    expect(README).toContain('](docs/images/web-chat.png)');
    expect(README).toContain('](docs/images/chart.png)');
    expect(README).toMatch(/^## How it works$/m);
    for (const doc of ['data-model', 'answer-contract', 'charts', 'operations', 'adding-a-publication'])
      expect(README).toContain(`](docs/${doc}.md)`);
  });
});

describe('docs/', () => {
  it('never link outside the repository', () => {
    const dir = join(ROOT, 'docs');
    for (const name of [
      'README.md',
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ]) {
      const text = readFileSync(join(ROOT, name), 'utf8');
      expect(text, name).not.toMatch(/\.\.\/shared|\]\(\.\.\/\.\./);
      for (const m of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const link = m[1]!;
        if (/^(https?|mailto):/.test(link)) continue;
        const base = name.startsWith('docs/') ? dir : ROOT;
        expect(existsSync(join(base, link)), `${name}: ${link}`).toBe(true);
      }
    }
  });
});
