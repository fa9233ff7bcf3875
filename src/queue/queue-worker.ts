import { availableParallelism } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { sha256 } from '../analyze.js';
import { CorruptFileError } from '../errors/index.js';
import { AnalyzeJobData, bullConnection, checkRedis, DEFAULT_QUEUE, redactUrl, type AnalyzeJobResult } from './jobs.js';
import { errorReason } from './outcome.js';
import { ThreadPool } from './pool.js';
import { storedToJson } from '../store/stored-report.js';

export interface QueueWorkerOptions {
  /** redis://[user:password@]host:port[/db] */
  url: string;
  /** BullMQ queue name (default "gouji"). */
  queue?: string;
  /** Files read at once, each in its own thread (default: the machine's cores). */
  concurrency?: number;
  /** How long a job's lock lasts without renewal, in ms (default 30000). A killed worker's job is picked up after this. */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs of dead workers, in ms (default 30000). */
  stalledIntervalMs?: number;
  /** Module the pool threads run (tests only). */
  threadModule?: URL;
  /** V8 flags set when the pool's threads start (ThreadPoolOptions.v8Flags). */
  v8Flags?: readonly string[];
  /** One line per job event (default: nothing). */
  log?: (line: string) => void;
}

/**
 * Queue mode, worker side: `gouji worker`. Takes jobs from the queue, fetches each file's bytes
 * from Redis, runs the same analyze() as the CLI in a pool of threads (so a hung file is
 * stopped and the job locks keep being renewed while files are read) and returns the report's
 * dataset rows, validated and tokenised in the thread (the ingest side only writes them).
 * A file that fails for good (corrupt, encrypted, empty, …) fails its job with an
 * UnrecoverableError — no retries; a transient failure (a timeout) is thrown plainly, so
 * BullMQ retries it with backoff. The worker writes nothing but Redis.
 */
export class QueueWorker {
  readonly concurrency: number;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly worker: Worker<AnalyzeJobData, AnalyzeJobResult>,
    private readonly pool: ThreadPool,
    private readonly redis: Redis,
    concurrency: number,
  ) {
    this.concurrency = concurrency;
  }

  static async start(options: QueueWorkerOptions): Promise<QueueWorker> {
    await checkRedis(options.url);
    const log = options.log ?? (() => {});
    const concurrency = options.concurrency ?? availableParallelism();
    const pool = new ThreadPool({ size: concurrency, ...(options.threadModule ? { threadModule: options.threadModule } : {}), ...(options.v8Flags ? { v8Flags: options.v8Flags } : {}) });
    const redis = new Redis(options.url, { maxRetriesPerRequest: null });
    redis.on('error', () => {});

    const processor = async (job: Job<AnalyzeJobData, AnalyzeJobResult>): Promise<AnalyzeJobResult> => {
      const parsed = AnalyzeJobData.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(errorReason(new CorruptFileError(`the job's data is not a gouji job: ${parsed.error.issues[0]?.message}`).toJSON()));
      const data = parsed.data;
      const tag = `${data.sha256.slice(0, 12)} ${data.path}`;
      log(`started ${tag} (attempt ${job.attemptsMade + 1})`);
      const bytes = await redis.getBuffer(data.blob);
      if (!bytes) throw new Error(`the file's bytes are no longer in Redis (${data.blob}); run gouji ingest again`);
      if (sha256(bytes) !== data.sha256) throw new UnrecoverableError(errorReason(new CorruptFileError(`the bytes in Redis (${data.blob}) do not match their sha256`).toJSON()));
      const started = performance.now();
      // the thread validates the Report and builds its rows and search tokens: the ingest side only writes them
      const outcome = await pool.run({ path: data.path, sha256: data.sha256, bytes: new Uint8Array(bytes), limits: data.limits, output: 'stored' });
      const ms = Math.round(performance.now() - started);
      if (outcome.ok) {
        log(`done ${tag} in ${ms} ms`);
        return { stored: storedToJson(outcome.stored), rowsMs: outcome.rowsMs, times: outcome.times };
      }
      log(`failed ${tag} in ${ms} ms: ${errorReason(outcome.error)}`);
      if (outcome.error.transient) throw new Error(errorReason(outcome.error)); // retried with backoff
      throw new UnrecoverableError(errorReason(outcome.error));
    };

    const worker = new Worker<AnalyzeJobData, AnalyzeJobResult>(options.queue ?? DEFAULT_QUEUE, processor, {
      connection: bullConnection(options.url),
      concurrency,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
      autorun: false,
    });
    worker.on('error', (error) => log(`redis: ${error.message}`));
    worker.on('stalled', (jobId) => log(`stalled job ${jobId.slice(0, 12)} (its worker died) is back in the queue`));
    void worker.run().catch((error: unknown) => log(`worker stopped: ${error instanceof Error ? error.message : String(error)}`));
    await worker.waitUntilReady();
    log(`worker ready: queue "${worker.name}" at ${redactUrl(options.url)}, ${concurrency} thread${concurrency === 1 ? '' : 's'}`);
    return new QueueWorker(worker, pool, redis, concurrency);
  }

  /**
   * Stops taking jobs, lets the ones in progress finish (force: gives them up; their locks
   * expire and another worker takes them), then disconnects. Safe to call twice.
   */
  close(force = false): Promise<void> {
    if (force && this.closing) return this.worker.close(true);
    this.closing ??= (async () => {
      await this.worker.close(force);
      await this.pool.close();
      this.redis.disconnect();
    })();
    return this.closing;
  }
}
