import { reportJsonSchema } from '../../model/json-schema.js';
import type { Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  usage: `gouji schema

Prints the JSON Schema (draft 2020-12) generated from the zod Report schema.

Example:
  npx gouji schema > report.schema.json`,
  options: {},
  async run(_args, io) {
    io.stdout(JSON.stringify(reportJsonSchema(), null, 2) + '\n');
    return 0;
  },
};
