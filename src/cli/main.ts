import { parseArgs } from 'node:util';
import { isUsageError, type CliIo } from './command.js';
import { terminalLine } from './safe-text.js';
import { commands } from './commands/index.js';

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `gouji — 勾稽: read Chinese public-finance reports and check that their figures tie

Usage: gouji <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`gouji <command> --help\` for a command's options and examples.
`;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 64;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`gouji: unknown command "${name}" — run \`gouji --help\` for the list\n`);
    return 64;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage + '\n');
    return 0;
  }
  try {
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(parsed, io);
  } catch (error) {
    if (isUsageError(error) || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`gouji ${name}: ${terminalLine(error.message)} (see \`gouji ${name} --help\`)\n`);
      return 64;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`gouji ${name}: ${terminalLine(message.split('\n')[0] ?? '')}\n`);
    return 1;
  }
}
