import { format } from 'node:util';
import { afterEach } from 'vitest';

/**
 * A passing test prints no stack trace to stderr: an expected error is captured (an `onError` or
 * logger passed in) or asserted, never left to print. Anything printed through console.error,
 * console.warn or process.stderr that carries a stack fails the test that printed it.
 */
const STACK = /\n\s+at \S.*(:\d+:\d+|\(native\)|\(<anonymous>\))/;
const printed: string[] = [];

for (const method of ['error', 'warn'] as const) {
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    const text = format(...args);
    if (STACK.test(text)) printed.push(text);
    original.apply(console, args);
  };
}

const write = process.stderr.write;
process.stderr.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  if (STACK.test(text)) printed.push(text);
  return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
} as typeof process.stderr.write;

afterEach(() => {
  const found = printed.splice(0);
  if (found.length > 0)
    throw new Error(
      `This test printed ${found.length} stack trace(s) to stderr; capture or assert the expected error instead:\n${found[0]!.slice(0, 1500)}`,
    );
});
