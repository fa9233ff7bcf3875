// Runs once per `vitest run`, before any test file: compiles src/ to dist/ (the tests that
// spawn `bin/gouji.js` run the compiled CLI, as users do) and drops conversions cached by
// older code (tests/helpers/analyzed.ts).
import { buildJs } from '../../scripts/build.mjs';
import { pruneCache } from '../helpers/analyzed.js';

export default async function setup(): Promise<void> {
  await buildJs();
  pruneCache();
}
