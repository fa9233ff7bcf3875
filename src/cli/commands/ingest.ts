import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Dataset } from '../../store/dataset.js';
import { PoolExecutor, type Executor } from '../../queue/executor.js';
import { ingest } from '../../queue/ingest.js';
import { DEFAULT_QUEUE } from '../../queue/jobs.js';
import { formatSummary, Progress } from '../../queue/progress.js';
import { QueueExecutor } from '../../queue/queue-executor.js';
import { DEFAULT_OWNER_TTL_MS, isQueueBusyError } from '../../queue/queue-owner.js';
import { MissingInputError } from '../../queue/walk.js';
import { limitOptions, limitValues, LIMITS_USAGE } from '../limit-options.js';
import { terminalLine, terminalText } from '../safe-text.js';
import { intOption, redisUrlOption, stringOption, threadsOption, UsageError, type Command } from '../command.js';
import { READING_V8_FLAGS } from '../v8-tuning.js';

/**
 * Another ingest holds the queue: sysexits(3) EX_TEMPFAIL, "a temporary failure; the user is
 * invited to retry" — nothing is wrong with the inputs, the dataset or Redis, only the timing.
 */
export const QUEUE_BUSY_EXIT = 75;

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
  --queue NAME       queue name in queue mode (default ${DEFAULT_QUEUE}); one ingest at a time per queue
  --lock-ms MS       queue mode: how long this run's hold on the queue outlives it if it dies
                     (default ${DEFAULT_OWNER_TTL_MS}); renewed every third of that while it runs
  --max-bytes N      record files over N bytes as too_large without reading them (default 104857600)
  --timeout MS       give up on a file after MS milliseconds (default 120000)
${LIMITS_USAGE}
  --json             print the summary as JSON

Exit codes: 0 done — also when some files failed (they are recorded, and counted in the
summary); 1 the run itself failed (dataset or Redis unavailable); 64 bad arguments;
75 the queue is busy: another gouji ingest holds it (nothing read, the dataset not opened;
try again when it ends, or use another --queue); 130 interrupted (what was read so far is
stored; run again to carry on).

Examples:
  npx gouji ingest corpus/
  npx gouji ingest reports/2023 reports/2024 --db finance.db --workers 4
  npx gouji ingest reports/ --redis redis://queue.internal:6379     # with gouji worker elsewhere`,
  options: {
    db: { type: 'string' },
    workers: { type: 'string' },
    redis: { type: 'string' },
    queue: { type: 'string' },
    'lock-ms': { type: 'string' },
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
    const ownerTtlMs = intOption(values, 'lock-ms');
    if (ownerTtlMs !== undefined && !redisUrl) throw new UsageError('--lock-ms is the hold on a Redis queue: it needs --redis (or REDIS_URL)');
    const limits = limitValues(values);
    const db = stringOption(values, 'db') ?? 'gouji.db';
    // Inputs and Redis are checked, and the queue taken, before the dataset file is created: a
    // typo, an unreachable Redis or a busy queue leaves no empty .db behind (and an existing one untouched).
    await checkInputs(positionals);
    let queue: QueueExecutor | null = null;
    if (redisUrl) {
      try {
        queue = await QueueExecutor.open({
          url: redisUrl,
          queue: stringOption(values, 'queue') ?? DEFAULT_QUEUE,
          limits,
          dataset: resolve(db),
          ...(ownerTtlMs !== undefined ? { ownerTtlMs } : {}),
        });
      } catch (error) {
        if (!isQueueBusyError(error)) throw error;
        io.stderr(`gouji ingest: ${terminalLine(error.message)}\n`);
        return QUEUE_BUSY_EXIT;
      }
    }
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
