import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Where a command writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
}

/** One `gouji <name>` subcommand (its one-line summary is in commands/index.ts). */
export interface Command {
  name: string;
  /** Usage text with options and examples for `gouji <name> --help`. */
  usage: string;
  options: OptionSpec;
  /** Returns the exit code. Throw UsageError for bad arguments. */
  run(args: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] }, io: CliIo): Promise<number>;
}

/** Bad command-line arguments: printed as one line with a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A UsageError from any copy of this module, told by its name (main() runs from a bundle with its own copy). */
export function isUsageError(e: unknown): e is UsageError {
  return e instanceof Error && e.name === 'UsageError';
}

export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A whole positive number option (a count or a limit — never a report figure). */
export function intOption(values: Record<string, unknown>, name: string): number | undefined {
  const v = stringOption(values, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || v === '0') throw new UsageError(`--${name} must be a whole number above 0, got "${v}"`);
  return Number.parseInt(v, 10);
}

/** A Redis URL (redis:// or rediss://), checked before anything connects or is created. */
export function redisUrlOption(url: string | undefined, from: string): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || !parsed.hostname) {
    throw new UsageError(`${from} must be a Redis URL like redis://host:6379 or rediss://host:6380, got "${url.replace(/[^\x20-\x7e]/g, '?')}"`);
  }
  return url;
}

/** The most threads one process may start for --workers / --concurrency (a typo like 100000 is refused). */
export const MAX_THREADS = 256;

export function threadsOption(values: Record<string, unknown>, name: string): number | undefined {
  const n = intOption(values, name);
  if (n !== undefined && n > MAX_THREADS) throw new UsageError(`--${name} ${n} is more threads than one process should start (at most ${MAX_THREADS}); each thread holds a file in memory`);
  return n;
}

export function choiceOption<T extends string>(values: Record<string, unknown>, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(values, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${v}"`);
  return v as T;
}
