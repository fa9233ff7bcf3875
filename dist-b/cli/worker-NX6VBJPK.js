import {
  AnalyzeJobData,
  DEFAULT_QUEUE,
  bullConnection,
  checkRedis,
  redactUrl
} from "./chunk-C5QLCVV5.js";
import {
  storedToJson
} from "./chunk-JEGOT6EK.js";
import {
  UsageError,
  intOption,
  redisUrlOption,
  stringOption,
  threadsOption
} from "./chunk-YXODN45O.js";
import {
  sha256
} from "./chunk-JDKBUBXU.js";
import "./chunk-J3VGVYG7.js";
import "./chunk-G6WCJDOP.js";
import {
  ThreadPool,
  errorReason
} from "./chunk-H2OTI4GB.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";
import {
  CorruptFileError
} from "./chunk-AGPICMRN.js";

// dist/queue/queue-worker.js
import { availableParallelism } from "node:os";
import { UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
var QueueWorker = class _QueueWorker {
  constructor(worker, pool, redis, concurrency) {
    this.worker = worker;
    this.pool = pool;
    this.redis = redis;
    this.concurrency = concurrency;
  }
  worker;
  pool;
  redis;
  concurrency;
  closing = null;
  static async start(options) {
    await checkRedis(options.url);
    const log = options.log ?? (() => {
    });
    const concurrency = options.concurrency ?? availableParallelism();
    const pool = new ThreadPool({ size: concurrency, ...options.threadModule ? { threadModule: options.threadModule } : {} });
    const redis = new Redis(options.url, { maxRetriesPerRequest: null });
    redis.on("error", () => {
    });
    const processor = async (job) => {
      const parsed = AnalyzeJobData.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError(errorReason(new CorruptFileError(`the job's data is not a gouji job: ${parsed.error.issues[0]?.message}`).toJSON()));
      const data = parsed.data;
      const tag = `${data.sha256.slice(0, 12)} ${data.path}`;
      log(`started ${tag} (attempt ${job.attemptsMade + 1})`);
      const bytes = await redis.getBuffer(data.blob);
      if (!bytes) throw new Error(`the file's bytes are no longer in Redis (${data.blob}); run gouji ingest again`);
      if (sha256(bytes) !== data.sha256) throw new UnrecoverableError(errorReason(new CorruptFileError(`the bytes in Redis (${data.blob}) do not match their sha256`).toJSON()));
      const started = performance.now();
      const outcome = await pool.run({ path: data.path, sha256: data.sha256, bytes: new Uint8Array(bytes), limits: data.limits, output: "stored" });
      const ms = Math.round(performance.now() - started);
      if (outcome.ok) {
        log(`done ${tag} in ${ms} ms`);
        return { stored: storedToJson(outcome.stored), rowsMs: outcome.rowsMs, times: outcome.times };
      }
      log(`failed ${tag} in ${ms} ms: ${errorReason(outcome.error)}`);
      if (outcome.error.transient) throw new Error(errorReason(outcome.error));
      throw new UnrecoverableError(errorReason(outcome.error));
    };
    const worker = new Worker(options.queue ?? DEFAULT_QUEUE, processor, {
      connection: bullConnection(options.url),
      concurrency,
      ...options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {},
      ...options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {},
      autorun: false
    });
    worker.on("error", (error) => log(`redis: ${error.message}`));
    worker.on("stalled", (jobId) => log(`stalled job ${jobId.slice(0, 12)} (its worker died) is back in the queue`));
    void worker.run().catch((error) => log(`worker stopped: ${error instanceof Error ? error.message : String(error)}`));
    await worker.waitUntilReady();
    log(`worker ready: queue "${worker.name}" at ${redactUrl(options.url)}, ${concurrency} thread${concurrency === 1 ? "" : "s"}`);
    return new _QueueWorker(worker, pool, redis, concurrency);
  }
  /**
   * Stops taking jobs, lets the ones in progress finish (force: gives them up; their locks
   * expire and another worker takes them), then disconnects. Safe to call twice.
   */
  close(force = false) {
    if (force && this.closing) return this.worker.close(true);
    this.closing ??= (async () => {
      await this.worker.close(force);
      await this.pool.close();
      this.redis.disconnect();
    })();
    return this.closing;
  }
};

// dist/queue/signals.js
function untilSignal(stop, force, options = {}) {
  return new Promise((resolve, reject) => {
    let received = null;
    let watch = null;
    if (options.watchParent) {
      const parent = process.ppid;
      watch = setInterval(() => {
        if (process.ppid !== parent) onSignal("SIGHUP");
      }, 1e3);
      watch.unref();
    }
    const onSignal = (signal) => {
      if (received) {
        force(signal);
        return;
      }
      received = signal;
      if (watch) clearInterval(watch);
      stop(signal).then(
        () => {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
          resolve(signal);
        },
        reject
      );
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}

// dist/cli/commands/worker.js
var workerCommand = {
  name: "worker",
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
    redis: { type: "string" },
    concurrency: { type: "string" },
    queue: { type: "string" },
    "lock-ms": { type: "string" },
    "stalled-ms": { type: "string" }
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`worker takes no file arguments (got "${positionals[0]}"); files are given to gouji ingest`);
    const url = redisUrlOption(stringOption(values, "redis") ?? process.env.REDIS_URL, values.redis ? "--redis" : "REDIS_URL");
    if (!url) throw new UsageError("give the Redis URL with --redis URL or REDIS_URL");
    const concurrency = threadsOption(values, "concurrency");
    const lockDurationMs = intOption(values, "lock-ms");
    const stalledIntervalMs = intOption(values, "stalled-ms");
    const log = (line) => io.stderr(`gouji worker: ${line}
`);
    const worker = await QueueWorker.start({
      url,
      queue: stringOption(values, "queue") ?? DEFAULT_QUEUE,
      ...concurrency ? { concurrency } : {},
      ...lockDurationMs ? { lockDurationMs } : {},
      ...stalledIntervalMs ? { stalledIntervalMs } : {},
      log
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
      { watchParent: true }
    );
    log(`stopped (${signal})`);
    return 0;
  }
};
export {
  workerCommand
};
