import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../store/dataset.js';
import { queryFailures, queryReports, type ReportGroup } from '../store/reports.js';
import { renderIndexPage } from './html/index-page.js';
import { renderReportPage } from './html/page.js';

/** A file name for a report's page: department, year and the report key (unique), nothing a shell or browser mistakes. */
export function reportFileName(group: ReportGroup): string {
  const words = [group.department, group.year, group.reportType].filter((x) => x !== null && x !== undefined).join('-');
  const safe = words.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60);
  return `${safe ? safe + '-' : ''}${group.key.slice(0, 10)}.html`;
}

export interface WrittenSite {
  index: string;
  reports: { file: string; group: ReportGroup }[];
}

/** Writes index.html (departments × years) and one self-contained page per report into `out`. */
export function writeReportSite(dataset: Dataset, out: string): WrittenSite {
  mkdirSync(out, { recursive: true });
  const groups = queryReports(dataset);
  const reports: WrittenSite['reports'] = [];
  const nav = [{ href: 'index.html', text: '← 数据集 dataset index' }];
  for (const group of groups) {
    const report = dataset.report(group.files[0]!.sha256);
    if (!report) continue;
    const file = join(out, reportFileName(group));
    const files = group.files.map((f) => ({ path: f.path, format: f.format ?? '?', sha256: f.sha256 }));
    writeFileSync(file, renderReportPage(report, { nav, files }));
    reports.push({ file, group });
  }
  const index = join(out, 'index.html');
  writeFileSync(index, renderIndexPage(groups, queryFailures(dataset), { href: (g) => encodeURI(reportFileName(g)) }));
  return { index, reports };
}
