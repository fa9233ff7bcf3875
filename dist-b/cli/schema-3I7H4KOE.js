// dist/cli/commands/schema.js
import { readFileSync } from "node:fs";
function builtSchema() {
  if (!import.meta.url.endsWith(".js")) return null;
  try {
    return readFileSync(new URL("../../report.schema.json", import.meta.url), "utf8");
  } catch {
    return null;
  }
}
var schemaCommand = {
  name: "schema",
  usage: `gouji schema

Prints the JSON Schema (draft 2020-12) generated from the zod Report schema.

Example:
  npx gouji schema > report.schema.json`,
  options: {},
  async run(_args, io) {
    io.stdout(builtSchema() ?? JSON.stringify((await import("./json-schema-RZ2ZU2WU.js")).reportJsonSchema(), null, 2) + "\n");
    return 0;
  }
};
export {
  schemaCommand
};
