// BullMQ worker entry point for process managers and containers that start a script rather
// than a CLI: `node dist/workers/analyze.js` (compiled by `npm run build`), configured by the environment.
//   REDIS_URL          redis://host:6379 (required)
//   GOUJI_QUEUE        queue name (default gouji)
//   GOUJI_CONCURRENCY  files read at once, one thread each (default: the machine's cores)
// The same as `gouji worker`: each job's file is read by the same analyze() as the CLI, in a
// pool thread; SIGINT/SIGTERM finish the files in hand and exit 0.
import { QueueWorker } from '../queue/queue-worker.js';
import { untilSignal } from '../queue/signals.js';

const url = process.env.REDIS_URL;
if (!url) {
  process.stderr.write('gouji worker script: set REDIS_URL (e.g. redis://127.0.0.1:6379)\n');
  process.exit(64);
}
const concurrency = process.env.GOUJI_CONCURRENCY ? Number.parseInt(process.env.GOUJI_CONCURRENCY, 10) : undefined;
if (concurrency !== undefined && !(concurrency > 0)) {
  process.stderr.write(`gouji worker script: GOUJI_CONCURRENCY must be a whole number above 0, got "${process.env.GOUJI_CONCURRENCY}"\n`);
  process.exit(64);
}
const log = (line: string): void => void process.stderr.write(`gouji worker: ${line}\n`);
const worker = await QueueWorker.start({ url, queue: process.env.GOUJI_QUEUE ?? 'gouji', ...(concurrency ? { concurrency } : {}), log });
await untilSignal(
  () => worker.close(),
  () => void worker.close(true),
);
log('stopped');
