import { DEFAULT_LIMITS, type ReadLimits, type ReadLimitsInput } from '../convert/limits.js';
import { intOption, type OptionSpec } from './command.js';

/** The read limits a command line can set: flag → ReadLimits field (src/convert/limits.ts). */
const FLAGS = {
  'max-bytes': 'maxInputBytes',
  timeout: 'timeoutMs',
  'max-cells': 'maxCells',
  'max-blocks': 'maxBlocks',
  'max-nesting': 'maxNesting',
  'max-facts-per-block': 'maxFactsPerBlock',
  'max-line-length': 'maxLineLength',
  'max-heap-mb': 'maxHeapMb',
} as const satisfies Record<string, keyof ReadLimits>;

const DEFAULTS = DEFAULT_LIMITS;

export const limitOptions: OptionSpec = Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' }]));

/** Usage lines for the structure limits (each with its default); --max-bytes and --timeout are described by each command. */
export const LIMITS_USAGE = [
  `  --max-cells N           table grid cells per document, spans counted (default ${DEFAULTS.maxCells})`,
  `  --max-blocks N          paragraphs and tables per document (default ${DEFAULTS.maxBlocks})`,
  `  --max-nesting N         depth of nested markup (default ${DEFAULTS.maxNesting})`,
  `  --max-facts-per-block N figures in one paragraph or cell (default ${DEFAULTS.maxFactsPerBlock})`,
  `  --max-line-length N     characters in one paragraph or cell (default ${DEFAULTS.maxLineLength})`,
  `  --max-heap-mb N         heap of the thread reading a file, MiB (default ${DEFAULTS.maxHeapMb})`,
].join('\n');

/** The limits given on the command line; a file over one ends as too_large / too_complex / timeout. */
export function limitValues(values: Record<string, unknown>): ReadLimitsInput {
  const limits: Record<string, number> = {};
  for (const [flag, field] of Object.entries(FLAGS)) {
    const n = intOption(values, flag);
    if (n !== undefined) limits[field] = n;
  }
  return limits;
}
