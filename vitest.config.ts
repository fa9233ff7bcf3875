import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    // Test files share their worker process (no per-file module reload): nodejieba's
    // dictionary (~4 s) and the readers load once per worker, not once per file. So no test
    // may mock modules or leave globals changed (none does; restore what you change).
    isolate: false,
    // vitest's default on a 2-core machine is one worker; most test time is one core busy
    // in a reader while the other waits on a child process or a thread.
    maxWorkers: 2,
    minWorkers: 1,
    // No timing in tests: a loaded machine may run a case 10× slower than an idle one, so
    // the limits only catch a hang. Tests assert behaviour.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
