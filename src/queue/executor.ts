import { toFileError } from '../analyze.js';
import type { StageTimes } from '../analyze.js';
import { reportFromJson, type AnalyzeTask, type IngestOutcome, type Outcome } from './outcome.js';
import { ThreadPool, type ThreadOutcome, type ThreadPoolOptions } from './pool.js';

/**
 * Where files are analyzed: an in-process thread pool, or BullMQ workers over Redis. The ingest
 * driver hands over one file at a time and writes each outcome itself (only the process that
 * owns the dataset writes to it).
 */
export interface Executor {
  /** For log lines: "2 threads", "queue gouji at redis://…". */
  readonly description: string;
  /** How many files the driver may hold (read into memory, in flight) at once. */
  readonly capacity: number;
  /**
   * Analyzes one file; answers with the dataset rows of its report built where it was read
   * (or the Report, whose rows ingest then builds), or the typed error. Rejects only when the
   * executor itself fails (infrastructure), never for a bad file.
   */
  run(task: AnalyzeTask): Promise<IngestOutcome>;
  /** The outcome of this sha256 is stored: forget it (queue mode removes the job and the blob). */
  ack(sha256: string): Promise<void>;
  /** Stops; files still in flight are rejected. Safe to call twice. */
  close(): Promise<void>;
}

/** A Report or typed error from a thread or a queue worker, validated the same way in both modes. */
export function toOutcome(result: { ok: true; json: unknown; times: StageTimes | null } | ThreadOutcome): Outcome {
  if (!result.ok) return { ok: false, error: result.error, times: result.times };
  try {
    return { ok: true, report: reportFromJson(result.json), times: result.times };
  } catch (error) {
    return { ok: false, error: toFileError(error), times: result.times };
  }
}

/**
 * The default: a pool of worker threads in this process, one per core. Each thread reads the
 * file, validates its Report and builds the rows the dataset stores — tokens, deflated JSON —
 * so this thread only writes them.
 */
export class PoolExecutor implements Executor {
  readonly description: string;
  readonly capacity: number;
  private readonly pool: ThreadPool;

  constructor(options: ThreadPoolOptions = {}) {
    this.pool = new ThreadPool(options);
    this.description = `${this.pool.size} thread${this.pool.size === 1 ? '' : 's'} in this process`;
    // one file waiting per thread, so a thread never idles while the next file is read
    this.capacity = this.pool.size * 2;
  }

  async run(task: AnalyzeTask): Promise<IngestOutcome> {
    const outcome = await this.pool.run({ ...task, output: 'stored' });
    if (!outcome.ok) return { ok: false, error: outcome.error, times: outcome.times };
    return { ok: true, stored: outcome.stored, times: outcome.times, rowsMs: outcome.rowsMs };
  }

  async ack(): Promise<void> {}

  close(): Promise<void> {
    return this.pool.close();
  }
}
