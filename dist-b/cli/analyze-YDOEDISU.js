import {
  LIMITS_USAGE,
  limitOptions,
  limitValues
} from "./chunk-7P5BQKRD.js";
import {
  terminalJson,
  terminalLine,
  terminalText
} from "./chunk-JMF6DTYE.js";
import {
  UsageError,
  choiceOption,
  stringOption
} from "./chunk-YXODN45O.js";
import {
  readInput,
  readerFor,
  sha256,
  toFileError
} from "./chunk-JDKBUBXU.js";
import "./chunk-G6WCJDOP.js";
import {
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/cli/commands/analyze.js
import { writeFile } from "node:fs/promises";

// dist/analyze-isolated.js
async function analyzeFileIsolated(path, options = {}) {
  let bytes;
  try {
    const limits = resolveLimits(options.limits);
    bytes = await readInput(path, limits.maxInputBytes);
  } catch (error) {
    return { ok: false, path, sha256: null, bytes: null, error: toFileError(error, "read") };
  }
  const sha = sha256(bytes);
  try {
    readerFor(bytes, resolveLimits(options.limits));
  } catch (error) {
    return { ok: false, path, sha256: sha, bytes: bytes.length, error: toFileError(error) };
  }
  const [{ ThreadPool }, { toOutcome }] = await Promise.all([import("./pool-VCWJNHLV.js"), import("./executor-C67MDP6E.js")]);
  const pool = new ThreadPool({ size: 1, limits: options.limits ?? {} });
  try {
    const outcome = toOutcome(await pool.run({ path, sha256: sha, bytes, ...options.all ? { all: true } : {} }));
    if (outcome.ok) return { ok: true, report: outcome.report };
    return { ok: false, path, sha256: sha, bytes: bytes.length, error: outcome.error };
  } finally {
    await pool.close();
  }
}

// dist/cli/commands/analyze.js
var analyzeCommand = {
  name: "analyze",
  usage: `gouji analyze <file> [options]

Reads one report, extracts its sections, figures, tables and indicators, re-does its
arithmetic and prints the Report as JSON (validated against \`gouji schema\`) or as a
readable summary.

Options:
  --format json|text   output format (default json)
  --out FILE           write to FILE instead of stdout
  --all                also list relations that were checked and tie (info findings)
  --fail-on LEVEL      exit 3 when a finding of LEVEL (error|warning) or worse exists
  --max-bytes N        refuse input files over N bytes (default 104857600)
  --timeout MS         give up on a file after MS milliseconds (default 120000)
${LIMITS_USAGE}

The file is read in a worker thread that is stopped at --timeout, whatever it is doing.
Every input ends as a Report or as one line naming a typed error (kind: message).

Exit codes: 0 read (findings are results, not failures); 2 the file could not be read
(one line says why: corrupt_file, too_large, too_complex, timeout, \u2026); 3 findings at
--fail-on level; 64 bad arguments; 66 no such file, not a file, or not readable
(not_found, not_a_file, unreadable); 70 a bug in gouji (internal_error, with its stage).

Examples:
  npx gouji analyze corpus/huaihua-gxj-2023.docx > report.json
  npx gouji analyze corpus/huaihua-gxj-2023.pdf --format text
  npx gouji analyze report.docx --fail-on error && echo "ties"`,
  options: {
    format: { type: "string" },
    out: { type: "string" },
    all: { type: "boolean" },
    "fail-on": { type: "string" },
    ...limitOptions
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError("analyze takes exactly one file");
    const format = choiceOption(values, "format", ["json", "text"], "json");
    const failOn = stringOption(values, "fail-on");
    if (failOn !== void 0 && failOn !== "error" && failOn !== "warning") throw new UsageError(`--fail-on must be error or warning, got "${failOn}"`);
    const result = await analyzeFileIsolated(positionals[0], {
      all: values.all === true,
      limits: limitValues(values)
    });
    if (!result.ok) {
      io.stderr(`gouji: ${terminalLine(positionals[0])}: ${result.error.kind}: ${terminalLine(result.error.message)}
`);
      return exitCode(result.error.kind);
    }
    const report = result.report;
    const text = format === "json" ? terminalJson(JSON.stringify(report, null, 2)) + "\n" : terminalText((await import("./format-report-7QFMJ5YZ.js")).formatReport(report));
    const out = stringOption(values, "out");
    if (out) await writeFile(out, text);
    else io.stdout(text);
    const failing = failOn === "warning" ? ["error", "warning"] : failOn === "error" ? ["error"] : [];
    return report.findings.some((f) => failing.includes(f.severity)) ? 3 : 0;
  }
};
function exitCode(kind) {
  if (kind === "not_found" || kind === "not_a_file" || kind === "unreadable") return 66;
  if (kind === "internal_error") return 70;
  return 2;
}
export {
  analyzeCommand
};
