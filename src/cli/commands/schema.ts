import { readFileSync } from 'node:fs';
import type { Command } from '../command.js';

/**
 * The schema the build generated from the same zod model, beside the compiled CLI
 * (dist/report.schema.json, written by scripts/build.mjs with dist/ itself): printing it loads
 * no zod. Run from source (tsx), there is none and the schema is generated.
 */
function builtSchema(): string | null {
  if (!import.meta.url.endsWith('.js')) return null;
  try {
    return readFileSync(new URL('../../report.schema.json', import.meta.url), 'utf8');
  } catch {
    return null;
  }
}

export const schemaCommand: Command = {
  name: 'schema',
  usage: `gouji schema

Prints the JSON Schema (draft 2020-12) generated from the zod Report schema.

Example:
  npx gouji schema > report.schema.json`,
  options: {},
  async run(_args, io) {
    io.stdout(builtSchema() ?? JSON.stringify((await import('../../model/json-schema.js')).reportJsonSchema(), null, 2) + '\n');
    return 0;
  },
};
