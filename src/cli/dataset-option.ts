import { existsSync } from 'node:fs';
import { Dataset } from '../store/dataset.js';
import { stringOption, type OptionSpec } from './command.js';

/** Where `gouji` commands keep the dataset unless --db says otherwise. */
export const DEFAULT_DB = 'gouji.db';

export const dbOption: OptionSpec = { db: { type: 'string' } };

/** Opens the --db dataset read-only, with a message that says what to do when it is missing. */
export function openDatasetForReading(values: Record<string, unknown>): Dataset {
  const path = stringOption(values, 'db') ?? DEFAULT_DB;
  if (!existsSync(path)) throw new Error(`no dataset at ${path} — build one with \`gouji ingest <files or folders>\`, or pass --db FILE`);
  return Dataset.open({ path, readonly: true });
}
