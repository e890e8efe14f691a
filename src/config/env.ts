import { existsSync } from 'node:fs';

/** .env files often carry `NAME=` for "not set": a blank value counts as absent, for every variable. */
export const blankAsAbsent = (v: unknown): unknown =>
  typeof v === 'string' && v.trim() === '' ? undefined : v;

/** Reads .env (when present) into process.env; variables already set win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/** True when any of the variables is set (not blank): the operator meant to use what they configure. */
export const anySet = (env: Record<string, string | undefined>, names: string[]): boolean =>
  names.some((name) => !!env[name]?.trim());
