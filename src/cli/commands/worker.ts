import { QueueWorker } from '../../queue/queue-worker.js';
import { DEFAULT_QUEUE } from '../../queue/jobs.js';
import { untilSignal } from '../../queue/signals.js';
import { intOption, redisUrlOption, stringOption, threadsOption, UsageError, type Command } from '../command.js';
import { READING_V8_FLAGS } from '../v8-tuning.js';

export const workerCommand: Command = {
  name: 'worker',
  usage: `gouji worker [--redis URL] [options]

Takes files from the Redis queue that \`gouji ingest --redis URL\` fills, reads each one with
the same pipeline as \`gouji analyze\` and hands the Report (or the typed error) back through
Redis; the ingest process stores it. Needs no shared filesystem and writes no files: the
bytes travel in Redis. Start as many as you like, on as many machines as you like.

Stop with Ctrl-C or SIGTERM: the worker takes no new file, finishes the ones in hand and exits 0
(a second signal gives them up; they go back to the queue). A worker killed outright
(kill -9, power loss) leaves its files to the others once their lock expires.

Options:
  --redis URL          Redis to take jobs from (default $REDIS_URL), e.g. redis://10.0.0.5:6379
  --concurrency N      files read at once, one thread each (default: the machine's cores)
  --queue NAME         queue name (default ${DEFAULT_QUEUE}); the same as the ingest side's
  --lock-ms MS         job lock time (default 30000): how soon a dead worker's file is retaken
  --stalled-ms MS      how often to look for files of dead workers (default 30000)

Exit codes: 0 stopped cleanly; 1 Redis cannot be reached; 64 bad arguments.

Examples:
  npx gouji worker --redis redis://queue.internal:6379
  REDIS_URL=redis://127.0.0.1:6379 npx gouji worker --concurrency 4`,
  options: {
    redis: { type: 'string' },
    concurrency: { type: 'string' },
    queue: { type: 'string' },
    'lock-ms': { type: 'string' },
    'stalled-ms': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`worker takes no file arguments (got "${positionals[0]}"); files are given to gouji ingest`);
    const url = redisUrlOption(stringOption(values, 'redis') ?? process.env.REDIS_URL, values.redis ? '--redis' : 'REDIS_URL');
    if (!url) throw new UsageError('give the Redis URL with --redis URL or REDIS_URL');
    const concurrency = threadsOption(values, 'concurrency');
    const lockDurationMs = intOption(values, 'lock-ms');
    const stalledIntervalMs = intOption(values, 'stalled-ms');
    const log = (line: string): void => io.stderr(`gouji worker: ${line}\n`);
    const worker = await QueueWorker.start({
      url,
      queue: stringOption(values, 'queue') ?? DEFAULT_QUEUE,
      ...(concurrency ? { concurrency } : {}),
      ...(lockDurationMs ? { lockDurationMs } : {}),
      ...(stalledIntervalMs ? { stalledIntervalMs } : {}),
      v8Flags: READING_V8_FLAGS,
      log,
    });
    const signal = await untilSignal(
      async (s) => {
        log(`${s}: finishing the files in hand, taking no new ones (send again to give them up)`);
        await worker.close();
      },
      (s) => {
        log(`${s} again: giving up the files in hand; they go back to the queue`);
        void worker.close(true);
      },
      { watchParent: true },
    );
    log(`stopped (${signal})`);
    return 0;
  },
};
