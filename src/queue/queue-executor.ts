import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { ZodError } from 'zod';
import type { Report } from '../model/index.js';
import type { ReadLimitsInput } from '../convert/limits.js';
import { storedFromJson } from '../store/stored-report.js';
import type { Executor } from './executor.js';
import {
  ANALYZE_JOB,
  ANALYZE_JOB_OPTIONS,
  AnalyzeJobResult,
  blobKey,
  bullConnection,
  checkRedis,
  DEFAULT_QUEUE,
  redactUrl,
  type AnalyzeJobData,
} from './jobs.js';
import { errorFromReason, type AnalyzeTask, type IngestOutcome } from './outcome.js';
import { QueueOwner, type QueueOwnershipLostError } from './queue-owner.js';

export interface QueueExecutorOptions {
  /** redis://[user:password@]host:port[/db] */
  url: string;
  /** BullMQ queue name (default "gouji"). */
  queue?: string;
  /** Read limits sent with every job. */
  limits?: ReadLimitsInput;
  /** Files in flight at once — their bytes wait in Redis until stored (default 32). */
  capacity?: number;
  /** How often unfinished jobs are checked, in case a completion event was missed, in ms (default 1000). */
  sweepMs?: number;
  /** Blobs left behind by a run that died expire after this many seconds (default 7 days). */
  blobTtlSeconds?: number;
  /** How long this run's hold on the queue outlives it if it dies (ms, default 30 s); see QueueOwner. */
  ownerTtlMs?: number;
  /** The dataset this run writes, named to a second ingest that finds the queue taken. */
  dataset?: string;
}

interface Waiter {
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * Queue mode, ingest side: puts each file's bytes in Redis under its hash, adds a job whose id
 * is the sha256 (the same file twice is one job), and waits for a worker anywhere to finish it.
 * Results come back through Redis — a completed job's return value is the Report, a failed
 * job's reason is its typed error — and this process writes them to the dataset, then removes
 * the job and the blob. Jobs and blobs outlive this process: a run that dies is picked up by
 * the next one (a finished job with the same id is collected instead of re-run).
 */
export class QueueExecutor implements Executor {
  readonly description: string;
  readonly capacity: number;
  private readonly waiters = new Map<string, Waiter>();
  private readonly collecting = new Set<string>();
  private readonly sweepTimer: NodeJS.Timeout;
  private closing: Promise<void> | null = null;
  /** Set when another ingest took the queue from us: every run() from then on fails with it. */
  private lost: QueueOwnershipLostError | null = null;
  private owner: QueueOwner | null = null;

  private constructor(
    private readonly queue: Queue<AnalyzeJobData>,
    private readonly events: QueueEvents,
    private readonly redis: Redis,
    private readonly options: QueueExecutorOptions,
  ) {
    this.capacity = options.capacity ?? 32;
    this.description = describeQueue(queue.name, options.url);
    const wake = ({ jobId }: { jobId: string }): void => void this.collect(jobId);
    events.on('completed', wake);
    events.on('failed', wake);
    this.sweepTimer = setInterval(() => {
      for (const id of this.waiters.keys()) void this.collect(id);
    }, options.sweepMs ?? 1000);
  }

  /**
   * Connects (failing fast with RedisUnavailableError when Redis cannot be reached) and takes
   * the queue for this process — or throws QueueBusyError when another ingest holds it, before
   * anything is added to the queue.
   */
  static async open(options: QueueExecutorOptions): Promise<QueueExecutor> {
    await checkRedis(options.url);
    const name = options.queue ?? DEFAULT_QUEUE;
    const redis = new Redis(options.url);
    // ioredis reconnects by itself; a lasting outage shows as failing commands
    redis.on('error', () => {});
    let executor: QueueExecutor | null = null;
    let owner: QueueOwner;
    try {
      owner = await QueueOwner.acquire(redis, {
        queue: name,
        description: describeQueue(name, options.url),
        ...(options.ownerTtlMs !== undefined ? { ttlMs: options.ownerTtlMs } : {}),
        ...(options.dataset !== undefined ? { dataset: options.dataset } : {}),
        onLost: (error) => executor?.loseQueue(error),
      });
    } catch (error) {
      redis.disconnect();
      throw error;
    }
    const queue = new Queue<AnalyzeJobData>(name, { connection: { url: options.url } });
    const events = new QueueEvents(name, { connection: bullConnection(options.url) });
    queue.on('error', () => {});
    events.on('error', () => {});
    try {
      await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    } catch (error) {
      await Promise.allSettled([events.close(), queue.close(), owner.release()]);
      redis.disconnect();
      throw error;
    }
    executor = new QueueExecutor(queue, events, redis, options);
    executor.owner = owner;
    return executor;
  }

  /** Workers connected to this queue now (for a hint when there are none). */
  workers(): Promise<number> {
    return this.queue.getWorkersCount();
  }

  async run(task: AnalyzeTask): Promise<IngestOutcome> {
    if (this.lost) throw this.lost;
    if (this.closing) throw new Error('the queue executor is closed');
    const blob = blobKey(task.sha256);
    const data: AnalyzeJobData = { path: task.path, sha256: task.sha256, bytes: task.bytes.length, blob, limits: this.options.limits ?? {} };
    await this.redis.set(blob, Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), 'EX', this.options.blobTtlSeconds ?? 7 * 24 * 3600);
    await this.queue.add(ANALYZE_JOB, data, { ...ANALYZE_JOB_OPTIONS, jobId: task.sha256 });
    // wait only once the job exists (a sweep must not look for a job not yet added); an event
    // that came before this is made up for by looking right away — the job may even have
    // finished in a run that died before storing it
    const done = new Promise<IngestOutcome>((resolve, reject) => this.waiters.set(task.sha256, { resolve, reject }));
    void this.collect(task.sha256);
    return done;
  }

  /** Removes the job and the blob. A failure here is harmless (the outcome is stored; the blob expires), so it is not raised. */
  async ack(sha256: string): Promise<void> {
    if (this.lost) return; // the queue's new owner collects this job (it was stored here too: the same bytes, the same rows)
    try {
      await this.queue.remove(sha256);
      await this.redis.del(blobKey(sha256));
    } catch {
      // a finished job left in Redis is collected, not re-read, by a later run; the blob expires
    }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      clearInterval(this.sweepTimer);
      const closed = new Error('the queue executor was closed');
      for (const waiter of this.waiters.values()) waiter.reject(closed);
      this.waiters.clear();
      await Promise.allSettled([this.events.close(), this.queue.close()]);
      // let go of the queue last: a next ingest may start as soon as it is free
      await this.owner?.release().catch(() => {}); // unreachable Redis: the hold lapses after its ttl
      this.redis.disconnect();
    })();
    return this.closing;
  }

  /** Another ingest took the queue (our hold lapsed): stop collecting — its run now owns these jobs. */
  private loseQueue(error: QueueOwnershipLostError): void {
    this.lost = error;
    for (const waiter of this.waiters.values()) waiter.reject(error);
    this.waiters.clear();
  }

  /** Looks at one job; when it has ended, hands its outcome to the waiting run(). */
  private async collect(id: string): Promise<void> {
    if (!this.waiters.has(id) || this.collecting.has(id) || this.closing) return;
    this.collecting.add(id);
    try {
      // the state first: a job read before it ends has no result yet, even if it ends a moment later
      const state = await this.queue.getJobState(id);
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
      const job = await Job.fromId<AnalyzeJobData, unknown>(this.queue, id);
      if (!job || state === 'unknown') {
        this.settle(id, new Error(`job ${id} vanished from Redis before it ended (was the queue emptied?); run gouji ingest again`));
        return;
      }
      if (state === 'completed') this.settle(id, completedOutcome(job.returnvalue)); else if (state === 'failed') {
        this.settle(id, { ok: false, error: errorFromReason(job.failedReason), times: null });
      }
    } catch {
      // Redis hiccup: the next sweep looks again
    } finally {
      this.collecting.delete(id);
    }
  }

  private settle(id: string, outcome: IngestOutcome | Error): void {
    const waiter = this.waiters.get(id);
    if (!waiter) return;
    this.waiters.delete(id);
    if (outcome instanceof Error) waiter.reject(outcome);
    else waiter.resolve(outcome);
  }
}

function describeQueue(name: string, url: string): string {
  return `queue "${name}" at ${redactUrl(url)}`;
}

/**
 * A completed job's return value: the dataset rows its worker built (their shape checked, not
 * rebuilt), or from a worker of an older gouji the Report (validated when the writer turns it
 * into rows). Anything else is the worker's failure, recorded for the file.
 */
function completedOutcome(value: unknown): IngestOutcome {
  const result = AnalyzeJobResult.safeParse(value);
  if (!result.success) return { ok: false, error: errorFromReason(`the worker returned no report (${result.error.issues[0]?.message})`), times: null };
  const { stored, report, times, rowsMs } = result.data;
  if (stored !== undefined) {
    try {
      return { ok: true, stored: storedFromJson(stored), times, ...(rowsMs !== undefined ? { rowsMs } : {}) };
    } catch (error) {
      const issue = error instanceof ZodError ? `${error.issues[0]?.path.join('.')}: ${error.issues[0]?.message}` : String(error);
      return { ok: false, error: errorFromReason(`the worker returned rows this gouji cannot store (${issue}); is it another gouji version?`), times };
    }
  }
  if (report !== undefined) return { ok: true, report: report as Report, times };
  return { ok: false, error: errorFromReason('the worker returned no report'), times };
}
