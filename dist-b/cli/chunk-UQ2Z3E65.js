import {
  toFileError
} from "./chunk-JDKBUBXU.js";
import {
  ThreadPool,
  reportFromJson
} from "./chunk-H2OTI4GB.js";

// dist/queue/executor.js
function toOutcome(result) {
  if (!result.ok) return { ok: false, error: result.error, times: result.times };
  try {
    return { ok: true, report: reportFromJson(result.json), times: result.times };
  } catch (error) {
    return { ok: false, error: toFileError(error), times: result.times };
  }
}
var PoolExecutor = class {
  description;
  capacity;
  pool;
  constructor(options = {}) {
    this.pool = new ThreadPool(options);
    this.description = `${this.pool.size} thread${this.pool.size === 1 ? "" : "s"} in this process`;
    this.capacity = this.pool.size * 2;
  }
  async run(task) {
    const outcome = await this.pool.run({ ...task, output: "stored" });
    if (!outcome.ok) return { ok: false, error: outcome.error, times: outcome.times };
    return { ok: true, stored: outcome.stored, times: outcome.times, rowsMs: outcome.rowsMs };
  }
  async ack() {
  }
  close() {
    return this.pool.close();
  }
};

export {
  toOutcome,
  PoolExecutor
};
