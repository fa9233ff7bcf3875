import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { exportCommand } from './export.js';
import { factsCommand } from './facts.js';
import { findingsCommand } from './findings.js';
import { ingestCommand } from './ingest.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { searchCommand } from './search.js';
import { workerCommand } from './worker.js';

/** Every `gouji` subcommand, in the order `gouji --help` lists them. */
export const commands = [analyzeCommand, ingestCommand, workerCommand, searchCommand, findingsCommand, factsCommand, reportCommand, exportCommand, schemaCommand] satisfies Command[];
