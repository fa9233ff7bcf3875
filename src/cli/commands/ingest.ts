import { stat } from 'node:fs/promises';
import { Dataset } from '../../store/dataset.js';
import { PoolExecutor, type Executor } from '../../queue/executor.js';
import { ingest } from '../../queue/ingest.js';
import { DEFAULT_QUEUE } from '../../queue/jobs.js';
import { formatSummary, Progress } from '../../queue/progress.js';
import { QueueExecutor } from '../../queue/queue-executor.js';
import { MissingInputError } from '../../queue/walk.js';
import { limitOptions, limitValues, LIMITS_USAGE } from '../limit-options.js';
import { terminalText } from '../safe-text.js';
import { redisUrlOption, stringOption, threadsOption, UsageError, type Command } from '../command.js';
import { READING_V8_FLAGS } from '../v8-tuning.js';

export const ingestCommand: Command = {
  name: 'ingest',
  usage: `gouji ingest <file|folder>... [options]

Walks the folders (skipping names that start with "."), reads every file with the same
pipeline as \`gouji analyze\` in parallel, and stores each Report — or the typed error the file
ended in — in a SQLite dataset as soon as it is read. Files are known by the sha256 of their
bytes: what the dataset already holds is skipped, so running again adds nothing, and a
changed file is stored as a new version.

By default the files are read by threads in this process, one per core; nothing else to start.
With --redis (or REDIS_URL) they go through a Redis queue to \`gouji worker\` processes on any
machines, and this process collects the results and writes the dataset.

Progress goes to stderr (a bar on a terminal, a line per file otherwise); the summary to stdout.

Options:
  --db FILE          dataset file (default gouji.db; created when missing)
  --workers N        threads reading files in this process (default: the machine's cores)
  --redis URL        queue mode: hand the files to \`gouji worker\`s through Redis (default $REDIS_URL)
  --queue NAME       queue name in queue mode (default ${DEFAULT_QUEUE})
  --max-bytes N      record files over N bytes as too_large without reading them (default 104857600)
  --timeout MS       give up on a file after MS milliseconds (default 120000)
${LIMITS_USAGE}
  --json             print the summary as JSON

Exit codes: 0 done — also when some files failed (they are recorded, and counted in the
summary); 1 the run itself failed (dataset or Redis unavailable); 64 bad arguments;
130 interrupted (what was read so far is stored; run again to carry on).

Examples:
  npx gouji ingest corpus/
  npx gouji ingest reports/2023 reports/2024 --db finance.db --workers 4
  npx gouji ingest reports/ --redis redis://queue.internal:6379     # with gouji worker elsewhere`,
  options: {
    db: { type: 'string' },
    workers: { type: 'string' },
    redis: { type: 'string' },
    queue: { type: 'string' },
    ...limitOptions,
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('give at least one file or folder to ingest');
    const workers = threadsOption(values, 'workers');
    const redisUrl = redisUrlOption(stringOption(values, 'redis') ?? process.env.REDIS_URL, values.redis ? '--redis' : 'REDIS_URL');
    if (redisUrl && workers) {
      throw new UsageError(
        `--workers sets threads in this process; in queue mode (${values.redis ? '--redis' : 'REDIS_URL is set'}) start \`gouji worker --concurrency N\` processes instead`,
      );
    }
    const limits = limitValues(values);
    const db = stringOption(values, 'db') ?? 'gouji.db';
    // Inputs and Redis are checked before the dataset file is created: a typo leaves no empty .db behind.
    await checkInputs(positionals);
    let queue: QueueExecutor | null = null;
    if (redisUrl) queue = await QueueExecutor.open({ url: redisUrl, queue: stringOption(values, 'queue') ?? DEFAULT_QUEUE, limits });
    let dataset: Dataset;
    try {
      dataset = Dataset.open({ path: db });
    } catch (error) {
      await queue?.close();
      throw error;
    }
    const progress = new Progress({ write: io.stderr, tty: io.isTTY, columns: process.stderr.columns ?? 80 });
    let executor: Executor | null = null;
    const abort = new AbortController();
    const onSigint = (): void => {
      if (abort.signal.aborted) process.exit(130);
      progress.line('interrupted: stopping (what is stored stays; run again to carry on; Ctrl-C again to quit now)');
      abort.abort();
      void executor?.close();
    };
    process.on('SIGINT', onSigint);
    try {
      if (queue) {
        executor = queue;
        progress.line(`reading with ${executor.description} into ${db}`);
        if ((await queue.workers()) === 0) {
          progress.line(`no worker is connected to ${queue.description} yet — start one with: gouji worker --redis ${redisUrl}`);
        }
      } else {
        executor = new PoolExecutor({ ...(workers ? { size: workers } : {}), limits, v8Flags: READING_V8_FLAGS });
        progress.line(`reading with ${executor.description} into ${db}`);
      }
      const summary = await ingest({ paths: positionals, dataset, executor, limits, onEvent: progress.onEvent, signal: abort.signal });
      progress.finish();
      const stats = dataset.stats();
      io.stdout(values.json ? JSON.stringify({ summary, dataset: { path: db, ...stats } }, null, 2) + '\n' : terminalText(formatSummary(summary, stats, db)));
      return summary.interrupted ? 130 : 0;
    } catch (error) {
      progress.finish();
      if (error instanceof MissingInputError) throw new UsageError(error.message);
      throw error;
    } finally {
      process.off('SIGINT', onSigint);
      await executor?.close();
      dataset.close();
    }
  },
};

/** Every input path must exist (a file or a folder), before anything is created. */
async function checkInputs(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await stat(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'a loop of symbolic links' : (code ?? 'cannot be read')}`);
    }
  }
}
