import { describe, expect, it } from 'vitest';
import { formatDuration, formatSummary, Progress } from '../../src/queue/progress.js';
import type { IngestSummary } from '../../src/queue/ingest.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('Progress', () => {
  it('on a terminal, redraws one bar with done/total, files per second, ETA and failures', () => {
    const out: string[] = [];
    const time = clock();
    const progress = new Progress({ write: (t) => out.push(t), tty: true, columns: 100, now: time.now });
    progress.onEvent({ type: 'start', total: 10, unreadable: 0 });
    time.advance(2000);
    progress.onEvent({ type: 'file', path: '/a.docx', status: 'ok', sha256: 'a', format: 'docx', facts: 3 });
    time.advance(2000);
    progress.onEvent({ type: 'file', path: '/b.docx', status: 'failed', sha256: 'b', format: 'zip', error: { kind: 'corrupt_file', message: 'broken zip', transient: false } });
    expect(progress.bar()).toMatch(/^\[█{8}─{32}\] 2\/10 0\.5 files\/s ETA 0:16 failures 1$/);
    // a failure is printed above the bar, which is redrawn in place with \r
    expect(out.join('')).toContain('failed: /b.docx: corrupt_file: broken zip\n');
    expect(out.filter((t) => t.startsWith('\r\x1b[K[')).length).toBeGreaterThan(0);
  });

  it('elsewhere, writes one plain line per file', () => {
    const out: string[] = [];
    const progress = new Progress({ write: (t) => out.push(t), tty: false });
    progress.onEvent({ type: 'start', total: 2, unreadable: 0 });
    progress.onEvent({ type: 'file', path: '/a.txt', status: 'stored', sha256: 'a', format: null });
    progress.onEvent({ type: 'file', path: '/b.txt', status: 'failed', sha256: 'b', format: 'text', error: { kind: 'empty_file', message: 'the file is empty', transient: false } });
    expect(out).toEqual(['found 2 files\n', '[1/2] stored /a.txt (already in the dataset)\n', '[2/2] failed /b.txt — empty_file: the file is empty\n']);
  });

  it('formats durations and the summary', () => {
    expect(formatDuration(59.6)).toBe('1:00');
    expect(formatDuration(3725)).toBe('1:02:05');
    const summary: IngestSummary = {
      files: 5,
      analyzed: 4,
      ok: 2,
      failed: 2,
      skipped: { stored: 1, duplicate: 0 },
      unreadable: [],
      facts: 40,
      findings: { error: 1, warning: 2, info: 0 },
      failures: { encrypted: 1, corrupt_file: 1 },
      formats: { docx: 2 },
      seconds: 2,
      stages: { convert: 1, segment: 0, extract: 0, reconcile: 0, rows: 0, store: 0 },
      batches: 3,
      interrupted: false,
    };
    const stats = { documents: 9, ok: 6, failed: 3, facts: 90, findings: { error: 1, warning: 2, info: 0 }, failures: { corrupt_file: 2, encrypted: 1 } };
    const text = formatSummary(summary, stats, 'gouji.db');
    expect(text).toContain('ingested: 5 files in 2.0 s (2.0 files/s)');
    expect(text).toContain('  failures     corrupt_file 1, encrypted 1\n');
    expect(text).toContain('dataset gouji.db: 9 documents (ok 6, failed 3), 90 facts');
  });
});
