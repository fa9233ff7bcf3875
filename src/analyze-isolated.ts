import { sha256, toFileError, type AnalyzeOptions, type AnalyzeResult } from './analyze.js';
import { readerFor } from './convert/index.js';
import { resolveLimits } from './convert/limits.js';
import { readInput } from './read-input.js';

/**
 * analyzeFile() with the pipeline in a worker thread, the way `gouji analyze` runs it: the
 * file is read here (so a missing file, a folder or a FIFO is refused the same way), analyzed
 * by the same thread code as `gouji ingest`'s pool, and the thread is terminated when it runs
 * past `timeoutMs` — a limit that stops CPU-bound work (a regex, a pdf.js font loop), not a
 * promise race — or ends as too_complex when it needs more than `maxHeapMb`. `v8Flags` are set
 * when the thread starts (see ThreadPoolOptions.v8Flags).
 * Never throws for a bad file.
 */
export async function analyzeFileIsolated(path: string, options: AnalyzeOptions & { v8Flags?: readonly string[] } = {}): Promise<AnalyzeResult> {
  let bytes: Uint8Array;
  try {
    const limits = resolveLimits(options.limits);
    bytes = await readInput(path, limits.maxInputBytes);
  } catch (error) {
    return { ok: false, path, sha256: null, bytes: null, error: toFileError(error, 'read') };
  }
  const sha = sha256(bytes);
  try {
    readerFor(bytes, resolveLimits(options.limits)); // refused from its bytes: no thread, no reader loaded
  } catch (error) {
    return { ok: false, path, sha256: sha, bytes: bytes.length, error: toFileError(error) };
  }
  // the thread pool (and with it the Report schema) loads only for a file worth reading
  const [{ ThreadPool }, { toOutcome }] = await Promise.all([import('./queue/pool.js'), import('./queue/executor.js')]);
  const pool = new ThreadPool({ size: 1, limits: options.limits ?? {}, ...(options.v8Flags ? { v8Flags: options.v8Flags } : {}) });
  try {
    const outcome = toOutcome(await pool.run({ path, sha256: sha, bytes, ...(options.all ? { all: true } : {}) }));
    if (outcome.ok) return { ok: true, report: outcome.report };
    return { ok: false, path, sha256: sha, bytes: bytes.length, error: outcome.error };
  } finally {
    await pool.close();
  }
}
