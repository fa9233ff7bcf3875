import { toFileError } from '../analyze.js';
import type { Sniffed } from '../convert/detect.js';
import { InternalError, type FileError } from '../errors/index.js';
import type { DatasetWrite, FailureRecord } from '../store/dataset.js';
import type { ReportRows } from '../store/rows.js';
import { storedReport, type StoredReport } from '../store/stored-report.js';
import type { DatasetSink } from './ingest.js';
import type { IngestOutcome } from './outcome.js';

/** A file whose outcome waits to be written. */
export interface FinishedFile {
  path: string;
  sha256: string;
  /** Size in bytes. */
  bytes: number;
  /** As sniffed from the bytes (null when they were never read: too large). */
  format: Sniffed | null;
  outcome: IngestOutcome;
}

/** A queued file and what will be written for it. */
interface Pending {
  file: FinishedFile;
  write: DatasetWrite;
  rows: number;
}

/** How a file ended once its batch is committed. */
export type WrittenOutcome = { ok: true; summary: StoredReport['summary'] } | { ok: false; error: FileError };

export interface BatchWriterOptions {
  dataset: DatasetSink;
  /** Most files in one transaction (default 64). */
  maxFiles?: number;
  /** Most rows in one transaction, so a batch of large reports does not pile up in memory (default 200 000). */
  maxRows?: number;
  /** Called for each file once the transaction holding it has committed. */
  onWritten: (file: FinishedFile, outcome: WrittenOutcome) => void;
}

/**
 * The writer of an ingest run (写入): takes finished files and writes them to the dataset in
 * batched transactions — group commit: a batch is every file that finished while the previous
 * batch was written (flushed on the next turn of the event loop), up to maxFiles / maxRows. So
 * a writer that keeps up writes each file at once, and one that falls behind writes many per
 * transaction. It builds nothing itself when the executor built the rows (the pool threads and
 * queue workers do); a file counts as done only after its transaction committed.
 */
export class BatchWriter {
  /** Milliseconds spent writing (inside the dataset's transactions). */
  writeMs = 0;
  /** Transactions committed, and files written by them. */
  batches = 0;
  files = 0;
  private readonly dataset: DatasetSink;
  private readonly maxFiles: number;
  private readonly maxRows: number;
  private readonly onWritten: BatchWriterOptions['onWritten'];
  private pending: Pending[] = [];
  private pendingRows = 0;
  private scheduled: NodeJS.Immediate | null = null;
  private failure: Error | null = null;

  constructor(options: BatchWriterOptions) {
    this.dataset = options.dataset;
    this.maxFiles = options.maxFiles ?? 64;
    this.maxRows = options.maxRows ?? 200_000;
    this.onWritten = options.onWritten;
  }

  /** Queues a finished file; writes the batch now when it is full. Throws when a write failed (the dataset itself). */
  add(file: FinishedFile): void {
    if (this.failure) throw this.failure;
    const write = toWrite(file);
    const rows = 'stored' in write ? rowCount(write.stored) : 1;
    this.pending.push({ file, write, rows });
    this.pendingRows += rows;
    if (this.pending.length >= this.maxFiles || this.pendingRows >= this.maxRows) this.flush();
    else this.scheduled ??= setImmediate(() => this.flushLater());
  }

  /** Writes what is queued, in one transaction. Throws when the dataset fails (nothing of the batch is written then). */
  flush(): void {
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
      // a report the dataset refused is gouji's bug for that one file: recorded as a failure in its place
      if (refused.length > 0) {
        const instead = refused.map(({ index, error }) => ({ ...batch[index]!, write: { failure: failureRecord(batch[index]!.file, unstorable(error)) } }));
        this.dataset.writeBatch(instead.map((b) => b.write));
        for (const [i, { index }] of refused.entries()) batch[index] = instead[i]!;
      }
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(`the dataset write failed: ${String(error)}`);
      throw this.failure;
    } finally {
      this.writeMs += performance.now() - started;
    }
    this.batches++;
    this.files += batch.length;
    for (const { file, write } of batch) this.onWritten(file, 'stored' in write ? { ok: true, summary: write.stored.summary } : { ok: false, error: write.failure.error });
  }

  /** Writes what is left. Throws when a write failed. */
  close(): void {
    this.flush();
  }

  private flushLater(): void {
    this.scheduled = null;
    try {
      this.flush();
    } catch {
      // kept in this.failure: the next add() or close() throws it
    }
  }
}

/** The dataset write of a finished file: its rows (built now if the executor handed back a Report), or its failure. */
function toWrite(file: FinishedFile): DatasetWrite {
  const { outcome } = file;
  if (!outcome.ok) return { failure: failureRecord(file, outcome.error) };
  if ('stored' in outcome) return { stored: outcome.stored };
  try {
    return { stored: storedReport(outcome.report) };
  } catch (error) {
    return { failure: failureRecord(file, toFileError(error)) };
  }
}

function failureRecord(file: FinishedFile, error: FileError): FailureRecord {
  return { path: file.path, sha256: file.sha256, bytes: file.bytes, error };
}

function rowCount(stored: StoredReport): number {
  let n = stored.search.count + 2;
  for (const table of Object.keys(stored.rows) as (keyof ReportRows)[]) n += stored.rows[table].count;
  return n;
}

function unstorable(error: unknown): FileError {
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError('report', `gouji read the file but could not store its report (${message})`).toJSON();
}
