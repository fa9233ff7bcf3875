import {
  Report
} from "./chunk-LQJ4KFXP.js";
import {
  CorruptFileError,
  EmptyFileError,
  EncryptedError,
  InternalError,
  NoTextLayerError,
  NotAFileError,
  NotFoundError,
  TimeoutError,
  TooComplexError,
  TooLargeError,
  UnreadableError,
  UnsupportedFormatError,
  isErrorKind,
  isStage,
  resolveLimits
} from "./chunk-AGPICMRN.js";

// dist/queue/pool.js
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// dist/queue/outcome.js
function emptyTimes() {
  return { convert: 0, segment: 0, extract: 0, reconcile: 0 };
}
function reportFromJson(json) {
  return Report.parse(typeof json === "string" ? JSON.parse(json) : json);
}
var ERROR_CLASSES = {
  unsupported_format: UnsupportedFormatError,
  corrupt_file: CorruptFileError,
  encrypted: EncryptedError,
  no_text_layer: NoTextLayerError,
  too_large: TooLargeError,
  timeout: TimeoutError,
  empty_file: EmptyFileError,
  not_found: NotFoundError,
  not_a_file: NotAFileError,
  unreadable: UnreadableError,
  too_complex: TooComplexError
};
function rebuild(kind, message) {
  if (kind !== "internal_error") return new ERROR_CLASSES[kind](message).toJSON();
  const stage = /\(([a-z]+) stage\)/.exec(message)?.[1];
  return { kind, message, transient: true, ...isStage(stage) ? { stage } : {} };
}
function errorReason(error) {
  return `${error.kind}: ${error.message}`;
}
function errorFromReason(reason) {
  const text = reason ?? "no reason given";
  const match = /^([a-z_]+): ([\s\S]*)$/.exec(text);
  if (match && isErrorKind(match[1])) return rebuild(match[1], match[2]);
  return new InternalError("worker", `the worker failed on this file: ${text}`).toJSON();
}
function crashError(detail, code) {
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|heap limit/i.test(detail)) {
    return new TooComplexError(`reading the file needed more memory than a reading thread may use (maxHeapMb); it is too large or too complex`).toJSON();
  }
  return new InternalError("worker", `the thread reading this file crashed: ${detail}`).toJSON();
}

// dist/queue/pool.js
var ThreadPool = class {
  size;
  limits;
  threadModule;
  resourceLimits;
  slots = /* @__PURE__ */ new Set();
  waiting = [];
  closed = false;
  broken = null;
  closing = null;
  nextId = 1;
  started = false;
  constructor(options = {}) {
    this.size = options.size ?? availableParallelism();
    if (!Number.isInteger(this.size) || this.size < 1) throw new RangeError(`pool size must be a whole number above 0, got ${this.size}`);
    this.limits = options.limits ?? {};
    resolveLimits(this.limits);
    this.threadModule = options.threadModule ?? defaultThreadModule();
    this.resourceLimits = options.resourceLimits ?? { maxOldGenerationSizeMb: resolveLimits(this.limits).maxHeapMb };
  }
  run(task) {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error("the thread pool is closed"));
    if (!this.started) {
      this.started = true;
      for (let i = 0; i < this.size; i++) this.spawn();
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }
  /**
   * Stops every thread; files not yet finished are rejected. An idle thread first frees what
   * would outlive it (nodejieba's dictionary: see releaseTokenizer). Safe to call twice.
   */
  close() {
    if (this.closing) return this.closing;
    this.closed = true;
    this.failWaiting(new Error("the thread pool was closed"));
    const stops = [];
    for (const slot of this.slots) {
      const idle = slot.ready && !slot.current && !slot.stopping;
      slot.stopping = true;
      if (slot.timer) clearTimeout(slot.timer);
      slot.current?.reject(new Error("the thread pool was closed"));
      slot.current = null;
      stops.push(idle ? release(slot.worker).then(() => slot.worker.terminate()) : slot.worker.terminate());
    }
    this.slots.clear();
    this.closing = Promise.all(stops).then(() => void 0);
    return this.closing;
  }
  spawn() {
    const worker = new Worker(bootstrapCode(this.threadModule), { eval: true, resourceLimits: this.resourceLimits });
    const slot = { worker, timeoutMs: 0, ready: false, stopping: false, current: null, timer: null, lastError: null };
    this.slots.add(slot);
    worker.on("message", (message) => this.onMessage(slot, message));
    worker.on("error", (error) => {
      slot.lastError = error;
    });
    worker.on("exit", (code) => this.onExit(slot, code));
  }
  onMessage(slot, message) {
    if (slot.stopping) return;
    if (message.type === "ready") {
      slot.ready = true;
    } else if (message.type === "done" && slot.current?.id === message.id) {
      const pending = slot.current;
      slot.current = null;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      const heap = message.heapBytes !== void 0 ? { heapBytes: message.heapBytes } : {};
      if (!message.ok) pending.resolve({ ok: false, error: message.error, times: message.times, ...heap });
      else if ("stored" in message) pending.resolve({ ok: true, stored: message.stored, rowsMs: message.rowsMs, times: message.times, ...heap });
      else pending.resolve({ ok: true, json: message.json, times: message.times, ...heap });
    }
    this.dispatch();
  }
  onExit(slot, code) {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.stopping || this.closed) return;
    const detail = slot.lastError ? slot.lastError.message : `the thread exited with code ${code}`;
    if (!slot.ready) {
      this.broken = new Error(`a pool thread failed to start: ${detail}`);
      this.failWaiting(this.broken);
      void this.close();
      return;
    }
    const pending = slot.current;
    slot.current = null;
    pending?.resolve({ ok: false, error: crashError(detail, slot.lastError?.code), times: null });
    this.spawn();
    this.dispatch();
  }
  onTimeout(slot) {
    const pending = slot.current;
    if (!pending || slot.stopping) return;
    slot.stopping = true;
    slot.current = null;
    slot.timer = null;
    this.slots.delete(slot);
    void slot.worker.terminate();
    pending.resolve({
      ok: false,
      error: new TimeoutError(`reading took longer than ${slot.timeoutMs} ms; the thread was stopped (raise timeoutMs / --timeout)`).toJSON(),
      times: null
    });
    if (!this.closed) this.spawn();
    this.dispatch();
  }
  dispatch() {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return;
      if (!slot.ready || slot.stopping || slot.current) continue;
      const pending = this.waiting.shift();
      const limits = pending.task.limits ?? this.limits;
      slot.current = pending;
      slot.timeoutMs = resolveLimits(limits).timeoutMs;
      slot.timer = setTimeout(() => this.onTimeout(slot), slot.timeoutMs);
      const message = {
        type: "run",
        id: pending.id,
        path: pending.task.path,
        bytes: pending.task.bytes,
        limits,
        ...pending.task.all ? { all: true } : {},
        ...pending.task.output === "stored" ? { output: "stored" } : {}
      };
      slot.worker.postMessage(message);
    }
  }
  failWaiting(error) {
    for (const pending of this.waiting.splice(0)) pending.reject(error);
  }
};
function release(worker) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("exit", done);
      resolve();
    };
    const onMessage = (message) => {
      if (message.type === "released") done();
    };
    const timer = setTimeout(done, 1e4);
    worker.on("message", onMessage);
    worker.once("exit", done);
    worker.postMessage({ type: "release" });
  });
}
var FROM_SOURCE = import.meta.url.endsWith(".ts");
function defaultThreadModule() {
  if (!FROM_SOURCE) return new URL("./pool-thread.js", import.meta.url);
  const compiled = new URL("../../dist/queue/pool-thread.js", import.meta.url);
  try {
    const built = statSync(new URL("../../dist/.built", import.meta.url)).mtimeMs;
    if (existsSync(compiled) && newestFile(fileURLToPath(new URL("../", import.meta.url))) <= built) return compiled;
  } catch {
  }
  return new URL("./pool-thread.ts", import.meta.url);
}
function newestFile(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}
function bootstrapCode(threadModule) {
  const target = JSON.stringify(threadModule.href);
  if (!threadModule.pathname.endsWith(".ts")) return `import(${target});`;
  return `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${target}); });`;
}
var cachedTsxApi = null;
function tsxApiUrl() {
  if (cachedTsxApi) return cachedTsxApi;
  const require2 = createRequire(import.meta.url);
  const pkgPath = require2.resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  cachedTsxApi = new URL(pkg.exports["./esm/api"].import.default, pathToFileURL(pkgPath)).href;
  return cachedTsxApi;
}

export {
  emptyTimes,
  reportFromJson,
  errorReason,
  errorFromReason,
  ThreadPool
};
