import { displayPath } from '../cli/display-path.js';
import { terminalLine } from '../cli/safe-text.js';
import type { DatasetStats } from '../store/dataset.js';
import type { IngestEvent, IngestSummary } from './ingest.js';

export interface ProgressOptions {
  write: (text: string) => void;
  /** A terminal: one progress bar redrawn in place. Otherwise one plain line per file. */
  tty: boolean;
  /** Columns of the terminal (default 80). */
  columns?: number;
  /** Clock in ms, for tests (default performance.now). */
  now?: () => number;
}

/**
 * Shows an ingest run on stderr: on a terminal a bar (done / total, files per second, ETA,
 * failures so far), redrawn at most ten times a second; otherwise a plain line per file,
 * which reads well in CI logs and `2> ingest.log`.
 */
export class Progress {
  private total = 0;
  private done = 0;
  private analyzed = 0;
  private failures = 0;
  private started: number;
  private lastDraw = 0;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** Feeds one ingest event (pass as `onEvent`). */
  readonly onEvent = (event: IngestEvent): void => {
    if (event.type === 'start') {
      this.total = event.total;
      this.started = this.now();
      this.line(`found ${event.total} file${event.total === 1 ? '' : 's'}${event.unreadable ? ` (${event.unreadable} unreadable)` : ''}`);
      return;
    }
    this.done++;
    if (event.status === 'ok' || event.status === 'failed') this.analyzed++;
    if (event.status === 'failed') this.failures++;
    if (this.options.tty) {
      if (event.status === 'failed' || event.status === 'unreadable') this.line(`${event.status}: ${terminalLine(displayPath(event.path))}: ${terminalLine(describe(event))}`);
      else this.draw(false);
    } else {
      // file names and messages come from the file system and the file: one line each, controls escaped;
      // paths as search / findings / facts print them (relative to the current folder when inside it)
      this.options.write(`[${this.done}/${this.total}] ${event.status} ${terminalLine(displayPath(event.path))}${terminalLine(detail(event))}\n`);
    }
  };

  /** A note between progress updates (kept above the bar on a terminal). */
  line(text: string): void {
    if (this.options.tty) {
      this.clear();
      this.options.write(text + '\n');
      this.draw(true);
    } else {
      this.options.write(text + '\n');
    }
  }

  /** Removes the bar before the summary is printed. */
  finish(): void {
    if (this.options.tty) this.clear();
  }

  /** `120/300 [█████─────] 7.1 files/s ETA 0:25 failures 3` */
  bar(): string {
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.analyzed / elapsed : 0;
    const left = this.total - this.done;
    const eta = rate > 0 ? formatDuration(left / rate) : '?';
    const text = ` ${this.done}/${this.total} ${rate.toFixed(1)} files/s ETA ${eta} failures ${this.failures}`;
    const width = Math.max(10, Math.min(40, (this.options.columns ?? 80) - text.length - 3));
    const filled = this.total > 0 ? Math.round((width * this.done) / this.total) : 0;
    return `[${'█'.repeat(filled)}${'─'.repeat(width - filled)}]${text}`;
  }

  private draw(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.options.write(`\r\x1b[K${this.bar()}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.options.write('\r\x1b[K');
    this.drawn = false;
  }
}

function describe(event: Extract<IngestEvent, { type: 'file' }>): string {
  if (event.error) return `${event.error.kind}: ${event.error.message}`;
  return event.status;
}

function detail(event: Extract<IngestEvent, { type: 'file' }>): string {
  switch (event.status) {
    case 'ok':
      return ` (${event.format ?? '?'}, ${event.facts ?? 0} facts, findings ${event.findings?.error ?? 0} error / ${event.findings?.warning ?? 0} warning)`;
    case 'failed':
      return ` — ${event.error!.kind}: ${event.error!.message}`;
    case 'stored':
      return ' (already in the dataset)';
    case 'duplicate':
      return ' (same bytes as a file earlier in this run)';
    default:
      return '';
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** The end-of-run summary: what this run did, then what the dataset holds. */
export function formatSummary(summary: IngestSummary, stats: DatasetStats, db: string): string {
  const rate = summary.seconds > 0 ? summary.analyzed / summary.seconds : 0;
  const counts = (record: Record<string, number | undefined>): string => {
    const entries = Object.entries(record).filter(([, n]) => n) as [string, number][];
    return entries.length ? entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
  };
  const lines = [
    `${summary.interrupted ? 'interrupted' : 'ingested'}: ${summary.files} files in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} files/s)`,
    `  analyzed     ${summary.analyzed} (ok ${summary.ok}, failed ${summary.failed})`,
    `  skipped      ${summary.skipped.stored} already stored, ${summary.skipped.duplicate} duplicate`,
    `  facts        ${summary.facts}`,
    `  findings     error ${summary.findings.error}, warning ${summary.findings.warning}, info ${summary.findings.info}`,
    `  failures     ${counts(summary.failures)}`,
  ];
  if (summary.unreadable.length) {
    lines.push(`  unreadable   ${summary.unreadable.length}`);
    for (const u of summary.unreadable.slice(0, 10)) lines.push(`    ${displayPath(u.path)}: ${u.message}`);
    if (summary.unreadable.length > 10) lines.push(`    … and ${summary.unreadable.length - 10} more`);
  }
  lines.push(
    `dataset ${db}: ${stats.documents} documents (ok ${stats.ok}, failed ${stats.failed}), ${stats.facts} facts, ` +
      `findings error ${stats.findings.error} / warning ${stats.findings.warning} / info ${stats.findings.info}, failures ${counts(stats.failures)}`,
  );
  return lines.join('\n') + '\n';
}
