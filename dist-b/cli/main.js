import {
  terminalLine
} from "./chunk-JMF6DTYE.js";
import {
  UsageError
} from "./chunk-YXODN45O.js";

// dist/cli/main.js
import { parseArgs } from "node:util";

// dist/cli/commands/index.js
var commands = [
  { name: "analyze", summary: "read one report (.docx, .pdf, text, HTML) and print its Report", load: async () => (await import("./analyze-YDOEDISU.js")).analyzeCommand },
  { name: "ingest", summary: "read many reports (files and folders) into a searchable dataset", load: async () => (await import("./ingest-43ZWWRYU.js")).ingestCommand },
  { name: "worker", summary: "read files queued by `gouji ingest --redis` (runs on any machine, until stopped)", load: async () => (await import("./worker-NX6VBJPK.js")).workerCommand },
  { name: "search", summary: "full-text search (Chinese words, figures) over the ingested reports", load: async () => (await import("./search-MJTHGUEO.js")).searchCommand },
  { name: "findings", summary: "list the arithmetic findings stored in the dataset", load: async () => (await import("./findings-CA2NYL6A.js")).findingsCommand },
  { name: "facts", summary: "list the labelled figures stored in the dataset", load: async () => (await import("./facts-HD7AZC2U.js")).factsCommand },
  { name: "report", summary: "write an HTML audit working paper: one report, or every report of the dataset with an index", load: async () => (await import("./report-IF6HW7BX.js")).reportCommand },
  { name: "serve", summary: "a local, read-only web app over the dataset: search, findings, departments, report pages", load: async () => (await import("./serve-VW6HC6MN.js")).serveCommand },
  { name: "export", summary: "write every table of the dataset as CSV (Excel-ready) or JSON Lines", load: async () => (await import("./export-ZNU7UQIJ.js")).exportCommand },
  { name: "schema", summary: "print the JSON Schema of the Report that `gouji analyze` prints", load: async () => (await import("./schema-3I7H4KOE.js")).schemaCommand }
];

// dist/cli/main.js
var defaultIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY)
};
function help() {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `gouji \u2014 \u52FE\u7A3D: read Chinese public-finance reports and check that their figures tie

Usage: gouji <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`gouji <command> --help\` for a command's options and examples.
`;
}
async function main(argv, io = defaultIo) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? 0 : 64;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`gouji: unknown command "${name}" \u2014 run \`gouji --help\` for the list
`);
    return 64;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage + "\n");
    return 0;
  }
  try {
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`gouji ${name}: ${terminalLine(error.message)} (see \`gouji ${name} --help\`)
`);
      return 64;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`gouji ${name}: ${terminalLine(message.split("\n")[0] ?? "")}
`);
    return 1;
  }
}
export {
  main
};
