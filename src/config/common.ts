import { MAX_QUESTION_LENGTH } from '../engine/index.js';
import { ConfigError } from '../errors.js';
import { blankAsAbsent } from './env.js';

/*
 * The variables every entry point shares (the server, the web chat, the terminal). Read without
 * zod on purpose: `npm run ask` needs QUICKCHART_URL and MAX_QUESTION_LENGTH on every cold start,
 * and loading zod would cost it more than answering does.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type Env = Record<string, string | undefined>;

/** A whole number in [min, max]; only numbers are echoed, which help the operator and are never secrets. */
function wholeNumber(env: Env, name: string, min: number, max: number, fallback: number, problems: string[]) {
  const raw = blankAsAbsent(env[name]) as string | undefined;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (/^\s*\d+\s*$/.test(raw) && n >= min && n <= max) return n;
  problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw.slice(0, 20)}")`);
  return fallback;
}

function host(env: Env, problems: string[]): string | null {
  const raw = (blankAsAbsent(env.HOST) as string | undefined)?.trim();
  if (raw === undefined) return null;
  if (/^[\w.:[\]-]+$/.test(raw)) return raw;
  problems.push('HOST must be an interface address such as 127.0.0.1, 0.0.0.0 or ::');
  return null;
}

function logLevel(env: Env, problems: string[]): LogLevel {
  const raw = blankAsAbsent(env.LOG_LEVEL) as string | undefined;
  if (raw === undefined) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return 'info';
}

function quickchartUrl(env: Env, problems: string[]): string | null {
  const raw = blankAsAbsent(env.QUICKCHART_URL) as string | undefined;
  if (raw === undefined) return null;
  if (/^https?:\/\/[^\s/]+/i.test(raw) && URL.canParse(raw)) return raw;
  problems.push('QUICKCHART_URL must be an http(s) URL such as http://localhost:8080');
  return null;
}

/** The shared settings and what is wrong with them (each problem names its variable). */
export function readCommonConfig(env: Env) {
  const problems: string[] = [];
  const value = {
    port: wholeNumber(env, 'PORT', 0, 65535, 3000, problems),
    /** Set by the operator; otherwise chosen by what runs (see parseConfig). */
    host: host(env, problems),
    logLevel: logLevel(env, problems),
    /** The engine's own limit is the default and the ceiling: one limit, whoever checks it. */
    maxQuestionLength: wholeNumber(
      env,
      'MAX_QUESTION_LENGTH',
      10,
      MAX_QUESTION_LENGTH,
      MAX_QUESTION_LENGTH,
      problems,
    ),
    /** Questions per user per minute; 0 turns the limit off. */
    ratePerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', 0, 100_000, 20, problems),
    quickchartUrl: quickchartUrl(env, problems),
  };
  return { value, problems };
}

export type CommonConfig = ReturnType<typeof readCommonConfig>['value'];

/** The shared settings, or a ConfigError naming every bad variable. */
export function parseCommonConfig(env: Env): CommonConfig {
  const { value, problems } = readCommonConfig(env);
  if (problems.length > 0) throw new ConfigError(problems);
  return value;
}
