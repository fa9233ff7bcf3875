import type { Command } from '../command.js';

/** One line of `gouji --help`; the command itself is imported only when it runs. */
export interface CommandEntry {
  name: string;
  /** One line for `gouji --help`. */
  summary: string;
  /** Imports the command's module (and so its dependencies: readers, SQLite, BullMQ …). */
  load(): Promise<Command>;
}

/**
 * Every `gouji` subcommand, in the order `gouji --help` lists them. Each body is loaded with
 * `await import()` when it runs, so `gouji --help` loads none of them.
 */
export const commands: readonly CommandEntry[] = [
  { name: 'analyze', summary: 'read one report (.docx, .pdf, text, HTML) and print its Report', load: async () => (await import('./analyze.js')).analyzeCommand },
  { name: 'ingest', summary: 'read many reports (files and folders) into a searchable dataset', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'worker', summary: 'read files queued by `gouji ingest --redis` (runs on any machine, until stopped)', load: async () => (await import('./worker.js')).workerCommand },
  { name: 'search', summary: 'full-text search (Chinese words, figures) over the ingested reports', load: async () => (await import('./search.js')).searchCommand },
  { name: 'findings', summary: 'list the arithmetic findings stored in the dataset', load: async () => (await import('./findings.js')).findingsCommand },
  { name: 'facts', summary: 'list the labelled figures stored in the dataset', load: async () => (await import('./facts.js')).factsCommand },
  { name: 'report', summary: 'write an HTML audit working paper: one report, or every report of the dataset with an index', load: async () => (await import('./report.js')).reportCommand },
  { name: 'serve', summary: 'a local, read-only web app over the dataset: search, findings, departments, report pages', load: async () => (await import('./serve.js')).serveCommand },
  { name: 'export', summary: 'write every table of the dataset as CSV (Excel-ready) or JSON Lines', load: async () => (await import('./export.js')).exportCommand },
  { name: 'schema', summary: 'print the JSON Schema of the Report that `gouji analyze` prints', load: async () => (await import('./schema.js')).schemaCommand },
];
