import { z } from 'zod';
import { Report } from './report.js';

/**
 * The JSON Schema (draft 2020-12) of the Report `analyze()` returns and `gouji analyze` prints,
 * generated from the zod schema (the single source of truth). Also shipped as
 * `gouji/report.schema.json`.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Report, { io: 'output', unrepresentable: 'any' });
}
