#!/usr/bin/env node
// Runs the compiled CLI (`npm run build`; `npm install` builds it as `prepare`).
// CommonJS on purpose (bin/package.json): dist/cli/gouji.cjs answers --help and refuses a bad
// file without starting Node's ES module loader; the rest of gouji loads by import() from dist/.
'use strict';
let cli;
try {
  cli = require('../dist/cli/gouji.cjs');
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('gouji.cjs')) throw error;
  process.stderr.write('gouji: dist/ is missing — run `npm run build` (or `npm install`, which builds it)\n');
  process.exit(70);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
