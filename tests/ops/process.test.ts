import { afterEach, describe, expect, it } from 'vitest';
import { installProcessHandlers } from '../../src/ops/process.js';

/**
 * vitest listens for these events itself (to report them as failures); its listeners step aside
 * while the test lets a real rejection and a real uncaught exception happen.
 */
const EVENTS = ['unhandledRejection', 'uncaughtException'] as const;
type Listener = (...args: unknown[]) => void;
let saved: Map<(typeof EVENTS)[number], Listener[]> | null = null;
let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  if (saved)
    for (const [event, listeners] of saved) for (const l of listeners) process.on(event as 'exit', l);
  saved = null;
});

describe('process-level handlers', () => {
  it('log an unhandled rejection and an uncaught exception, and the process keeps running', async () => {
    saved = new Map(EVENTS.map((e) => [e, process.listeners(e as 'exit') as Listener[]]));
    for (const e of EVENTS) process.removeAllListeners(e as 'exit');
    const logged: { fields: Record<string, unknown>; message?: string }[] = [];
    uninstall = installProcessHandlers({
      error: (fields, message) => logged.push({ fields: fields as Record<string, unknown>, message }),
    });

    void Promise.reject(new Error('forgotten promise'));
    setTimeout(() => {
      throw new Error('timer bug');
    }, 0);
    await new Promise((r) => setTimeout(r, 50));

    expect(logged.map((l) => l.message)).toEqual([
      'unhandled rejection (still running)',
      'uncaught exception (still running)',
    ]);
    expect(logged[0]!.fields).toMatchObject({ err: { message: 'forgotten promise' } });
    expect(logged[1]!.fields).toMatchObject({ err: { message: 'timer bug' } });
  });
});
