import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/engine/index.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** `npm start` or `npm run web` as a user runs them (through the launcher), on a free port. */
function launch(script: 'start' | 'web', env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['src/launch.mjs', script], {
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address announced:\n${out}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /[Ww]eb chat: (http:\/\/[\d.]+:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
}

const ask = (base: string, question: string) =>
  fetch(`${base}/api/ask`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  });

/** Asks until the server declines; returns the decline and how many were answered before it. */
async function askUntilDeclined(base: string, most: number) {
  for (let i = 0; i < most; i++) {
    const res = await ask(base, 'Hoeveel naturalisatieaanvragen in 2024?');
    if (res.status !== 200) return { answered: i, status: res.status, body: await res.json() };
    await res.arrayBuffer();
  }
  return { answered: most, status: 200, body: null };
}

const maxLength = async (base: string) =>
  Number(/<input id="question"[^>]*\smaxlength="(\d+)"/.exec(await (await fetch(`${base}/`)).text())?.[1]);

describe('the web chat’s limits under npm start and npm run web alike', () => {
  it('npm start: the question box takes MAX_QUESTION_LENGTH, asking too often gets a polite 429', async () => {
    const base = await launch('start', { RATE_LIMIT_PER_MINUTE: '2', MAX_QUESTION_LENGTH: '300' });
    expect(await maxLength(base)).toBe(300);
    const declined = await askUntilDeclined(base, 5);
    expect(declined).toMatchObject({ answered: 2, status: 429, body: { error: 'rate_limited' } });
    expect(declined.body.message).toMatch(/^U stelt veel vragen kort na elkaar\./);
  });

  it('npm run web: the same page state, from the same variables', async () => {
    const base = await launch('web', { RATE_LIMIT_PER_MINUTE: '2', MAX_QUESTION_LENGTH: '300' });
    expect(await maxLength(base)).toBe(300);
    const declined = await askUntilDeclined(base, 5);
    expect(declined).toMatchObject({ answered: 2, status: 429, body: { error: 'rate_limited' } });
    expect(declined.body.message).toMatch(/^U stelt veel vragen kort na elkaar\./);
  });

  it('npm run web without settings: the engine’s length limit and 20 questions a minute', async () => {
    const base = await launch('web');
    expect(await maxLength(base)).toBe(MAX_QUESTION_LENGTH);
    const declined = await askUntilDeclined(base, 40);
    expect(declined).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect(declined.answered).toBeGreaterThanOrEqual(20);
    expect(declined.answered).toBeLessThan(26);
  });
});
