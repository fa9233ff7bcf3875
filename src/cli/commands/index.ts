import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { schemaCommand } from './schema.js';

/** Every `gouji` subcommand, in the order `gouji --help` lists them. */
export const commands = [analyzeCommand, schemaCommand] satisfies Command[];
