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

export function choiceOption<T extends string>(values: Record<string, unknown>, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(values, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${v}"`);
  return v as T;
}
