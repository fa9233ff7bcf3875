#!/usr/bin/env node
// Runs the compiled CLI in dist/ (`npm run build`; `npm install` builds it as `prepare`).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write('gouji: dist/ is missing — run `npm run build` (or `npm install`, which builds it)\n');
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2));
