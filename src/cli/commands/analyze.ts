import { writeFile } from 'node:fs/promises';
import { analyzeFileIsolated } from '../../analyze-isolated.js';
import type { ErrorKind } from '../../errors/index.js';
import { choiceOption, stringOption, UsageError, type Command } from '../command.js';
import { limitOptions, limitValues, LIMITS_USAGE } from '../limit-options.js';
import { terminalJson, terminalLine, terminalText } from '../safe-text.js';
import { READING_V8_FLAGS } from '../v8-tuning.js';

export const analyzeCommand: Command = {
  name: 'analyze',
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
(one line says why: corrupt_file, too_large, too_complex, timeout, …); 3 findings at
--fail-on level; 64 bad arguments; 66 no such file, not a file, or not readable
(not_found, not_a_file, unreadable); 70 a bug in gouji (internal_error, with its stage).

Examples:
  npx gouji analyze corpus/huaihua-gxj-2023.docx > report.json
  npx gouji analyze corpus/huaihua-gxj-2023.pdf --format text
  npx gouji analyze report.docx --fail-on error && echo "ties"`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
    'fail-on': { type: 'string' },
    ...limitOptions,
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('analyze takes exactly one file');
    const format = choiceOption(values, 'format', ['json', 'text'] as const, 'json');
    const failOn = stringOption(values, 'fail-on');
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on must be error or warning, got "${failOn}"`);
    const result = await analyzeFileIsolated(positionals[0]!, {
      v8Flags: READING_V8_FLAGS,
      all: values.all === true,
      limits: limitValues(values),
    });
    if (!result.ok) {
      io.stderr(`gouji: ${terminalLine(positionals[0]!)}: ${result.error.kind}: ${terminalLine(result.error.message)}\n`);
      return exitCode(result.error.kind);
    }
    const report = result.report; // validated against the schema when it left the thread
    // JSON escapes control characters itself; the text summary has them escaped for the terminal
    const text = format === 'json' ? terminalJson(JSON.stringify(report, null, 2)) + '\n' : terminalText((await import('../format-report.js')).formatReport(report));
    const out = stringOption(values, 'out');
    if (out) await writeFile(out, text);
    else io.stdout(text);
    const failing = failOn === 'warning' ? ['error', 'warning'] : failOn === 'error' ? ['error'] : [];
    return report.findings.some((f) => failing.includes(f.severity)) ? 3 : 0;
  },
};

/** sysexits(3): 66 EX_NOINPUT for a path that is not a readable file, 70 EX_SOFTWARE for gouji's own bug, 2 for a file that could not be read. */
function exitCode(kind: ErrorKind): number {
  if (kind === 'not_found' || kind === 'not_a_file' || kind === 'unreadable') return 66;
  if (kind === 'internal_error') return 70;
  return 2;
}
