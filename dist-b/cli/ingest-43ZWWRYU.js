import {
  PoolExecutor
} from "./chunk-UQ2Z3E65.js";
import {
  LIMITS_USAGE,
  limitOptions,
  limitValues
} from "./chunk-7P5BQKRD.js";
import {
  ANALYZE_JOB,
  ANALYZE_JOB_OPTIONS,
  AnalyzeJobResult,
  DEFAULT_QUEUE,
  blobKey,
  bullConnection,
  checkRedis,
  redactUrl
} from "./chunk-C5QLCVV5.js";
import {
  Dataset
} from "./chunk-CET4UNNV.js";
import {
  storedFromJson,
  storedReport
} from "./chunk-JEGOT6EK.js";
import {
  terminalLine,
  terminalText
} from "./chunk-JMF6DTYE.js";
import {
  UsageError,
  redisUrlOption,
  stringOption,
  threadsOption
} from "./chunk-YXODN45O.js";
import {
  readInput,
  sha256,
  toFileError
} from "./chunk-JDKBUBXU.js";
import "./chunk-J3VGVYG7.js";
import {
  sniff
} from "./chunk-G6WCJDOP.js";
import {
  emptyTimes,
  errorFromReason
} from "./chunk-H2OTI4GB.js";
import "./chunk-XHCLNRYJ.js";
import "./chunk-LQJ4KFXP.js";
import {
  InternalError,
  TooLargeError,
  isGoujiError,
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/cli/commands/ingest.js
import { stat as stat3 } from "node:fs/promises";

// dist/queue/ingest.js
import { createReadStream } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { createHash } from "node:crypto";

// dist/queue/batch-writer.js
var BatchWriter = class {
  /** Milliseconds spent writing (inside the dataset's transactions). */
  writeMs = 0;
  /** Transactions committed, and files written by them. */
  batches = 0;
  files = 0;
  dataset;
  maxFiles;
  maxRows;
  onWritten;
  pending = [];
  pendingRows = 0;
  scheduled = null;
  failure = null;
  constructor(options) {
    this.dataset = options.dataset;
    this.maxFiles = options.maxFiles ?? 64;
    this.maxRows = options.maxRows ?? 2e5;
    this.onWritten = options.onWritten;
  }
  /** Queues a finished file; writes the batch now when it is full. Throws when a write failed (the dataset itself). */
  add(file) {
    if (this.failure) throw this.failure;
    const write = toWrite(file);
    const rows = "stored" in write ? rowCount(write.stored) : 1;
    this.pending.push({ file, write, rows });
    this.pendingRows += rows;
    if (this.pending.length >= this.maxFiles || this.pendingRows >= this.maxRows) this.flush();
    else this.scheduled ??= setImmediate(() => this.flushLater());
  }
  /** Writes what is queued, in one transaction. Throws when the dataset fails (nothing of the batch is written then). */
  flush() {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.failure) throw this.failure;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.pendingRows = 0;
    const started = performance.now();
    try {
      const refused = this.dataset.writeBatch(batch.map((b) => b.write));
      if (refused.length > 0) {
        const instead = refused.map(({ index, error }) => ({ ...batch[index], write: { failure: failureRecord(batch[index].file, unstorable(error)) } }));
        this.dataset.writeBatch(instead.map((b) => b.write));
        for (const [i, { index }] of refused.entries()) batch[index] = instead[i];
      }
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(`the dataset write failed: ${String(error)}`);
      throw this.failure;
    } finally {
      this.writeMs += performance.now() - started;
    }
    this.batches++;
    this.files += batch.length;
    for (const { file, write } of batch) this.onWritten(file, "stored" in write ? { ok: true, summary: write.stored.summary } : { ok: false, error: write.failure.error });
  }
  /** Writes what is left. Throws when a write failed. */
  close() {
    this.flush();
  }
  flushLater() {
    this.scheduled = null;
    try {
      this.flush();
    } catch {
    }
  }
};
function toWrite(file) {
  const { outcome } = file;
  if (!outcome.ok) return { failure: failureRecord(file, outcome.error) };
  if ("stored" in outcome) return { stored: outcome.stored };
  try {
    return { stored: storedReport(outcome.report) };
  } catch (error) {
    return { failure: failureRecord(file, toFileError(error)) };
  }
}
function failureRecord(file, error) {
  return { path: file.path, sha256: file.sha256, bytes: file.bytes, error };
}
function rowCount(stored) {
  let n = stored.search.length + 2;
  for (const table of Object.keys(stored.rows)) n += stored.rows[table].length;
  return n;
}
function unstorable(error) {
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError("report", `gouji read the file but could not store its report (${message})`).toJSON();
}

// dist/queue/walk.js
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var MissingInputError = class extends Error {
  name = "MissingInputError";
};
async function walkInputs(paths) {
  const result = { files: [], unreadable: [] };
  const seenDirs = /* @__PURE__ */ new Set();
  const seenFiles = /* @__PURE__ */ new Set();
  const visit = async (path, given) => {
    let real;
    let info;
    try {
      real = await realpath(path);
      info = await stat(real);
    } catch (error) {
      if (given) throw new MissingInputError(`${path}: ${describe(error)}`);
      result.unreadable.push({ path, message: describe(error) });
      return;
    }
    if (info.isDirectory()) {
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      let names;
      try {
        names = (await readdir(path)).filter((name) => !name.startsWith("."));
      } catch (error) {
        result.unreadable.push({ path, message: describe(error) });
        return;
      }
      names.sort(compareNames);
      for (const name of names) await visit(join(path, name), false);
    } else if (info.isFile()) {
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      result.files.push(path);
    } else if (given) {
      throw new MissingInputError(`${path}: not a file or folder`);
    }
  };
  for (const p of paths) await visit(resolve(p), true);
  return result;
}
function compareNames(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function describe(error) {
  const e = error;
  if (e?.code === "ENOENT") return "no such file or folder (or a broken link)";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "ELOOP") return "too many levels of symbolic links";
  return e instanceof Error ? e.message : String(error);
}

// dist/queue/ingest.js
async function ingest(options) {
  const started = performance.now();
  const limits = resolveLimits(options.limits);
  const { executor, dataset } = options;
  const emit = options.onEvent ?? (() => {
  });
  const walked = await walkInputs(options.paths);
  const summary = {
    files: walked.files.length,
    analyzed: 0,
    ok: 0,
    failed: 0,
    skipped: { stored: 0, duplicate: 0 },
    unreadable: [...walked.unreadable],
    facts: 0,
    findings: { error: 0, warning: 0, info: 0 },
    failures: {},
    formats: {},
    seconds: 0,
    stages: { ...emptyTimes(), rows: 0, store: 0 },
    batches: 0,
    interrupted: false
  };
  emit({ type: "start", total: walked.files.length, unreadable: walked.unreadable.length });
  const taken = /* @__PURE__ */ new Set();
  let next = 0;
  let failure = null;
  const processFile = async (path) => {
    let size;
    let sha;
    let bytes = null;
    try {
      bytes = await readInput(path, limits.maxInputBytes);
      size = bytes.length;
      sha = sha256(bytes);
    } catch (error) {
      try {
        if (!(error instanceof TooLargeError)) throw error;
        size = (await stat2(path)).size;
        sha = await hashFile(path);
      } catch (failure2) {
        const message = isGoujiError(failure2) ? `${failure2.kind}: ${failure2.message}` : failure2 instanceof Error ? failure2.message : String(failure2);
        summary.unreadable.push({ path, message });
        emit({ type: "file", path, status: "unreadable", sha256: null, format: null, ...isGoujiError(failure2) ? { error: failure2.toJSON() } : {} });
        return;
      }
    }
    if (skip(path, sha)) return;
    let outcome;
    let format = null;
    if (bytes === null) {
      outcome = {
        ok: false,
        error: new TooLargeError(
          `the file has ${size} bytes, over the ${limits.maxInputBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`
        ).toJSON(),
        times: null
      };
    } else {
      format = sniff(bytes);
      outcome = await executor.run({ path, sha256: sha, bytes });
    }
    writer.add({ path, sha256: sha, bytes: size, format, outcome });
  };
  const acks = /* @__PURE__ */ new Set();
  const writer = new BatchWriter({
    dataset,
    ...options.batch ?? {},
    onWritten: (file, written) => {
      const ack = executor.ack(file.sha256).catch((error) => void (failure ??= error));
      acks.add(ack);
      void ack.then(() => acks.delete(ack));
      tally(file, written);
    }
  });
  const skip = (path, sha) => {
    const status = taken.has(sha) ? "duplicate" : dataset.has(sha) ? "stored" : null;
    if (!status) {
      taken.add(sha);
      return false;
    }
    summary.skipped[status === "duplicate" ? "duplicate" : "stored"]++;
    emit({ type: "file", path, status, sha256: sha, format: null });
    return true;
  };
  const tally = ({ path, sha256: sha, format, outcome }, written) => {
    summary.analyzed++;
    const kind = written.ok ? written.summary.format : format;
    if (kind) summary.formats[kind] = (summary.formats[kind] ?? 0) + 1;
    if (outcome.times) for (const stage of ["convert", "segment", "extract", "reconcile"]) summary.stages[stage] += outcome.times[stage];
    if (outcome.ok && "rowsMs" in outcome) summary.stages.rows += outcome.rowsMs ?? 0;
    if (written.ok) {
      const { facts, findings } = written.summary;
      summary.ok++;
      summary.facts += facts;
      for (const s of ["error", "warning", "info"]) summary.findings[s] += findings[s];
      emit({ type: "file", path, status: "ok", sha256: sha, format: written.summary.format, facts, findings: { ...findings } });
    } else {
      summary.failed++;
      summary.failures[written.error.kind] = (summary.failures[written.error.kind] ?? 0) + 1;
      emit({ type: "file", path, status: "failed", sha256: sha, format, error: written.error });
    }
  };
  const lane = async () => {
    while (!failure && !options.signal?.aborted && next < walked.files.length) {
      const path = walked.files[next++];
      try {
        await processFile(path);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  const lanes = Math.max(1, Math.min(executor.capacity, walked.files.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  try {
    writer.close();
  } catch (error) {
    failure ??= error;
  }
  await Promise.all(acks);
  summary.stages.store = writer.writeMs;
  summary.batches = writer.batches;
  summary.seconds = (performance.now() - started) / 1e3;
  if (failure && !options.signal?.aborted) throw failure instanceof Error ? failure : new Error(`ingest stopped: ${JSON.stringify(failure)}`);
  summary.interrupted = Boolean(options.signal?.aborted) && (next < walked.files.length || failure !== null);
  return summary;
}
async function hashFile(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}

// dist/queue/progress.js
var Progress = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }
  options;
  total = 0;
  done = 0;
  analyzed = 0;
  failures = 0;
  started;
  lastDraw = 0;
  drawn = false;
  now;
  /** Feeds one ingest event (pass as `onEvent`). */
  onEvent = (event) => {
    if (event.type === "start") {
      this.total = event.total;
      this.started = this.now();
      this.line(`found ${event.total} file${event.total === 1 ? "" : "s"}${event.unreadable ? ` (${event.unreadable} unreadable)` : ""}`);
      return;
    }
    this.done++;
    if (event.status === "ok" || event.status === "failed") this.analyzed++;
    if (event.status === "failed") this.failures++;
    if (this.options.tty) {
      if (event.status === "failed" || event.status === "unreadable") this.line(`${event.status}: ${terminalLine(event.path)}: ${terminalLine(describe2(event))}`);
      else this.draw(false);
    } else {
      this.options.write(`[${this.done}/${this.total}] ${event.status} ${terminalLine(event.path)}${terminalLine(detail(event))}
`);
    }
  };
  /** A note between progress updates (kept above the bar on a terminal). */
  line(text) {
    if (this.options.tty) {
      this.clear();
      this.options.write(text + "\n");
      this.draw(true);
    } else {
      this.options.write(text + "\n");
    }
  }
  /** Removes the bar before the summary is printed. */
  finish() {
    if (this.options.tty) this.clear();
  }
  /** `120/300 [█████─────] 7.1 files/s ETA 0:25 failures 3` */
  bar() {
    const elapsed = (this.now() - this.started) / 1e3;
    const rate = elapsed > 0 ? this.analyzed / elapsed : 0;
    const left = this.total - this.done;
    const eta = rate > 0 ? formatDuration(left / rate) : "?";
    const text = ` ${this.done}/${this.total} ${rate.toFixed(1)} files/s ETA ${eta} failures ${this.failures}`;
    const width = Math.max(10, Math.min(40, (this.options.columns ?? 80) - text.length - 3));
    const filled = this.total > 0 ? Math.round(width * this.done / this.total) : 0;
    return `[${"\u2588".repeat(filled)}${"\u2500".repeat(width - filled)}]${text}`;
  }
  draw(force) {
    const now = this.now();
    if (!force && now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.options.write(`\r\x1B[K${this.bar()}`);
    this.drawn = true;
  }
  clear() {
    if (this.drawn) this.options.write("\r\x1B[K");
    this.drawn = false;
  }
};
function describe2(event) {
  if (event.error) return `${event.error.kind}: ${event.error.message}`;
  return event.status;
}
function detail(event) {
  switch (event.status) {
    case "ok":
      return ` (${event.format ?? "?"}, ${event.facts ?? 0} facts, findings ${event.findings?.error ?? 0} error / ${event.findings?.warning ?? 0} warning)`;
    case "failed":
      return ` \u2014 ${event.error.kind}: ${event.error.message}`;
    case "stored":
      return " (already in the dataset)";
    case "duplicate":
      return " (same bytes as a file earlier in this run)";
    default:
      return "";
  }
}
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}
function formatSummary(summary, stats, db) {
  const rate = summary.seconds > 0 ? summary.analyzed / summary.seconds : 0;
  const counts = (record) => {
    const entries = Object.entries(record).filter(([, n]) => n);
    return entries.length ? entries.sort(([a], [b]) => a < b ? -1 : 1).map(([k, n]) => `${k} ${n}`).join(", ") : "none";
  };
  const lines = [
    `${summary.interrupted ? "interrupted" : "ingested"}: ${summary.files} files in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} files/s)`,
    `  analyzed     ${summary.analyzed} (ok ${summary.ok}, failed ${summary.failed})`,
    `  skipped      ${summary.skipped.stored} already stored, ${summary.skipped.duplicate} duplicate`,
    `  facts        ${summary.facts}`,
    `  findings     error ${summary.findings.error}, warning ${summary.findings.warning}, info ${summary.findings.info}`,
    `  failures     ${counts(summary.failures)}`
  ];
  if (summary.unreadable.length) {
    lines.push(`  unreadable   ${summary.unreadable.length}`);
    for (const u of summary.unreadable.slice(0, 10)) lines.push(`    ${u.path}: ${u.message}`);
    if (summary.unreadable.length > 10) lines.push(`    \u2026 and ${summary.unreadable.length - 10} more`);
  }
  lines.push(
    `dataset ${db}: ${stats.documents} documents (ok ${stats.ok}, failed ${stats.failed}), ${stats.facts} facts, findings error ${stats.findings.error} / warning ${stats.findings.warning} / info ${stats.findings.info}, failures ${counts(stats.failures)}`
  );
  return lines.join("\n") + "\n";
}

// dist/queue/queue-executor.js
import { Job, Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { ZodError } from "zod";
var QueueExecutor = class _QueueExecutor {
  constructor(queue, events, redis, options) {
    this.queue = queue;
    this.events = events;
    this.redis = redis;
    this.options = options;
    this.capacity = options.capacity ?? 32;
    this.description = `queue "${queue.name}" at ${redactUrl(options.url)}`;
    const wake = ({ jobId }) => void this.collect(jobId);
    events.on("completed", wake);
    events.on("failed", wake);
    this.sweepTimer = setInterval(() => {
      for (const id of this.waiters.keys()) void this.collect(id);
    }, options.sweepMs ?? 1e3);
  }
  queue;
  events;
  redis;
  options;
  description;
  capacity;
  waiters = /* @__PURE__ */ new Map();
  collecting = /* @__PURE__ */ new Set();
  sweepTimer;
  closing = null;
  /** Connects (failing fast with RedisUnavailableError when Redis cannot be reached). */
  static async open(options) {
    await checkRedis(options.url);
    const name = options.queue ?? DEFAULT_QUEUE;
    const queue = new Queue(name, { connection: { url: options.url } });
    const events = new QueueEvents(name, { connection: bullConnection(options.url) });
    const redis = new Redis(options.url);
    queue.on("error", () => {
    });
    events.on("error", () => {
    });
    redis.on("error", () => {
    });
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    return new _QueueExecutor(queue, events, redis, options);
  }
  /** Workers connected to this queue now (for a hint when there are none). */
  workers() {
    return this.queue.getWorkersCount();
  }
  async run(task) {
    if (this.closing) throw new Error("the queue executor is closed");
    const blob = blobKey(task.sha256);
    const data = { path: task.path, sha256: task.sha256, bytes: task.bytes.length, blob, limits: this.options.limits ?? {} };
    await this.redis.set(blob, Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), "EX", this.options.blobTtlSeconds ?? 7 * 24 * 3600);
    await this.queue.add(ANALYZE_JOB, data, { ...ANALYZE_JOB_OPTIONS, jobId: task.sha256 });
    const done = new Promise((resolve2, reject) => this.waiters.set(task.sha256, { resolve: resolve2, reject }));
    void this.collect(task.sha256);
    return done;
  }
  /** Removes the job and the blob. A failure here is harmless (the outcome is stored; the blob expires), so it is not raised. */
  async ack(sha2562) {
    try {
      await this.queue.remove(sha2562);
      await this.redis.del(blobKey(sha2562));
    } catch {
    }
  }
  close() {
    this.closing ??= (async () => {
      clearInterval(this.sweepTimer);
      const closed = new Error("the queue executor was closed");
      for (const waiter of this.waiters.values()) waiter.reject(closed);
      this.waiters.clear();
      await Promise.allSettled([this.events.close(), this.queue.close()]);
      this.redis.disconnect();
    })();
    return this.closing;
  }
  /** Looks at one job; when it has ended, hands its outcome to the waiting run(). */
  async collect(id) {
    if (!this.waiters.has(id) || this.collecting.has(id) || this.closing) return;
    this.collecting.add(id);
    try {
      const state = await this.queue.getJobState(id);
      if (state !== "completed" && state !== "failed" && state !== "unknown") return;
      const job = await Job.fromId(this.queue, id);
      if (!job || state === "unknown") {
        this.settle(id, new Error(`job ${id} vanished from Redis before it ended (was the queue emptied?); run gouji ingest again`));
        return;
      }
      if (state === "completed") this.settle(id, completedOutcome(job.returnvalue));
      else if (state === "failed") {
        this.settle(id, { ok: false, error: errorFromReason(job.failedReason), times: null });
      }
    } catch {
    } finally {
      this.collecting.delete(id);
    }
  }
  settle(id, outcome) {
    const waiter = this.waiters.get(id);
    if (!waiter) return;
    this.waiters.delete(id);
    if (outcome instanceof Error) waiter.reject(outcome);
    else waiter.resolve(outcome);
  }
};
function completedOutcome(value) {
  const result = AnalyzeJobResult.safeParse(value);
  if (!result.success) return { ok: false, error: errorFromReason(`the worker returned no report (${result.error.issues[0]?.message})`), times: null };
  const { stored, report, times, rowsMs } = result.data;
  if (stored !== void 0) {
    try {
      return { ok: true, stored: storedFromJson(stored), times, ...rowsMs !== void 0 ? { rowsMs } : {} };
    } catch (error) {
      const issue = error instanceof ZodError ? `${error.issues[0]?.path.join(".")}: ${error.issues[0]?.message}` : String(error);
      return { ok: false, error: errorFromReason(`the worker returned rows this gouji cannot store (${issue}); is it another gouji version?`), times };
    }
  }
  if (report !== void 0) return { ok: true, report, times };
  return { ok: false, error: errorFromReason("the worker returned no report"), times };
}

// dist/cli/commands/ingest.js
var ingestCommand = {
  name: "ingest",
  usage: `gouji ingest <file|folder>... [options]

Walks the folders (skipping names that start with "."), reads every file with the same
pipeline as \`gouji analyze\` in parallel, and stores each Report \u2014 or the typed error the file
ended in \u2014 in a SQLite dataset as soon as it is read. Files are known by the sha256 of their
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

Exit codes: 0 done \u2014 also when some files failed (they are recorded, and counted in the
summary); 1 the run itself failed (dataset or Redis unavailable); 64 bad arguments;
130 interrupted (what was read so far is stored; run again to carry on).

Examples:
  npx gouji ingest corpus/
  npx gouji ingest reports/2023 reports/2024 --db finance.db --workers 4
  npx gouji ingest reports/ --redis redis://queue.internal:6379     # with gouji worker elsewhere`,
  options: {
    db: { type: "string" },
    workers: { type: "string" },
    redis: { type: "string" },
    queue: { type: "string" },
    ...limitOptions,
    json: { type: "boolean" }
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError("give at least one file or folder to ingest");
    const workers = threadsOption(values, "workers");
    const redisUrl = redisUrlOption(stringOption(values, "redis") ?? process.env.REDIS_URL, values.redis ? "--redis" : "REDIS_URL");
    if (redisUrl && workers) {
      throw new UsageError(
        `--workers sets threads in this process; in queue mode (${values.redis ? "--redis" : "REDIS_URL is set"}) start \`gouji worker --concurrency N\` processes instead`
      );
    }
    const limits = limitValues(values);
    const db = stringOption(values, "db") ?? "gouji.db";
    await checkInputs(positionals);
    let queue = null;
    if (redisUrl) queue = await QueueExecutor.open({ url: redisUrl, queue: stringOption(values, "queue") ?? DEFAULT_QUEUE, limits });
    let dataset;
    try {
      dataset = Dataset.open({ path: db });
    } catch (error) {
      await queue?.close();
      throw error;
    }
    const progress = new Progress({ write: io.stderr, tty: io.isTTY, columns: process.stderr.columns ?? 80 });
    let executor = null;
    const abort = new AbortController();
    const onSigint = () => {
      if (abort.signal.aborted) process.exit(130);
      progress.line("interrupted: stopping (what is stored stays; run again to carry on; Ctrl-C again to quit now)");
      abort.abort();
      void executor?.close();
    };
    process.on("SIGINT", onSigint);
    try {
      if (queue) {
        executor = queue;
        progress.line(`reading with ${executor.description} into ${db}`);
        if (await queue.workers() === 0) {
          progress.line(`no worker is connected to ${queue.description} yet \u2014 start one with: gouji worker --redis ${redisUrl}`);
        }
      } else {
        executor = new PoolExecutor({ ...workers ? { size: workers } : {}, limits });
        progress.line(`reading with ${executor.description} into ${db}`);
      }
      const summary = await ingest({ paths: positionals, dataset, executor, limits, onEvent: progress.onEvent, signal: abort.signal });
      progress.finish();
      const stats = dataset.stats();
      io.stdout(values.json ? JSON.stringify({ summary, dataset: { path: db, ...stats } }, null, 2) + "\n" : terminalText(formatSummary(summary, stats, db)));
      return summary.interrupted ? 130 : 0;
    } catch (error) {
      progress.finish();
      if (error instanceof MissingInputError) throw new UsageError(error.message);
      throw error;
    } finally {
      process.off("SIGINT", onSigint);
      await executor?.close();
      dataset.close();
    }
  }
};
async function checkInputs(paths) {
  for (const path of paths) {
    try {
      await stat3(path);
    } catch (error) {
      const code = error.code;
      throw new UsageError(`${path}: ${code === "ENOENT" ? "no such file or folder" : code === "EACCES" ? "permission denied" : code === "ELOOP" ? "a loop of symbolic links" : code ?? "cannot be read"}`);
    }
  }
}
export {
  ingestCommand
};
