import { startServer } from '../../serve/server.js';
import { intOption, stringOption, UsageError, type Command } from '../command.js';
import { dbOption, openDatasetForReading } from '../dataset-option.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: `gouji serve [--db gouji.db] [--port 8080] [--host 127.0.0.1]

Serves the dataset to a browser, read-only, on this machine only unless --host says
otherwise: the dataset index (departments × years), search (a plain link such as
/search?q=智慧怀化 can be bookmarked and shared), the findings filtered by department,
year, rule and severity, a department's reports across years, and each report's page
(the same page \`gouji report\` writes). Stop it with Ctrl-C.

Options:
  --db FILE      the dataset (default gouji.db)
  --port N       port to listen on (default 8080; 0 picks a free one)
  --host ADDR    interface to bind (default 127.0.0.1)

Example:
  $ gouji serve
  gouji serve: http://127.0.0.1:8080/ (gouji.db, read-only) — Ctrl-C to stop`,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    ...dbOption,
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`serve takes no file arguments (got "${positionals[0]}"); use --db FILE`);
    const portText = stringOption(values, 'port');
    const port = portText === '0' ? 0 : (intOption(values, 'port') ?? 8080);
    if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
    const dataset = openDatasetForReading(values);
    try {
      const server = await startServer({ dataset, port, host: stringOption(values, 'host') ?? '127.0.0.1' });
      io.stdout(`gouji serve: ${server.url} (${dataset.path}, read-only) — Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      return 0;
    } finally {
      dataset.close();
    }
  },
};
