import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget (bytecodes run before a function is considered for TurboFan) raised
 * from its default of 132 KiB to about 1 MB. Reading a PDF runs a great deal of pdf.js code a
 * few times each; at the default V8 compiled and re-compiled much of it (pdf.js's operator-list
 * body was compiled 14 times in 12 files) on its background threads, which took ~40% of the
 * CPU of `gouji ingest` and left a second reading thread no core. At 1 MB the 46 real PDFs and
 * seed forms cost 38 s of CPU instead of 46 s with one thread, two threads read them in 20.5 s
 * instead of 26.6 s, and a single `gouji analyze` spends 15–25% less CPU in the same wall time
 * (`npm run bench -- ingest-scale`; docs/ingest.md). 400 KB did about as well, 5 MB worse.
 */
export const READING_V8_FLAGS = ['--interrupt-budget=1048576'] as const;

/**
 * Sets READING_V8_FLAGS for this process (the benches, to measure what `gouji` does). The CLI's
 * reading commands pass them to their thread pool, which sets them when its threads start
 * (ThreadPoolOptions.v8Flags); the library sets none by itself, since V8 flags are the embedding
 * program's to choose.
 */
export function tuneV8ForReading(): void {
  for (const flag of READING_V8_FLAGS) setFlagsFromString(flag);
}
