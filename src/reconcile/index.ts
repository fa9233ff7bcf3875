import type { Finding, Report } from '../model/index.js';

export interface ReconcileOptions {
  /** Also report relations that were checked and tie, as `info` findings (`--all`). */
  all?: boolean;
}

/** Runs every registered rule over the extracted report (filled in by issue #4). */
export function reconcile(_report: Omit<Report, 'findings'>, _options: ReconcileOptions = {}): Finding[] {
  return [];
}
