// The CLI raises V8's interrupt budget when its reading threads start (src/cli/v8-tuning.ts): fewer TurboFan
// recompilations of pdf.js on V8's background threads. The flag must be one this Node's V8
// knows — `node` refuses an unknown V8 option — and the library must leave V8's flags alone.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { READING_V8_FLAGS } from '../../src/cli/v8-tuning.js';
import { ROOT } from '../helpers/cli.js';

describe('V8 flags of the gouji process', () => {
  it("are flags this Node's V8 accepts", () => {
    const run = spawnSync(process.execPath, [...READING_V8_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  /** Runs bin/gouji.js with `args`, recording every v8.setFlagsFromString call of the process. */
  function flagsSetBy(args: string[]): { status: number | null; calls: string[] } {
    const spy = `const v8 = require('node:v8'); const calls = []; const set = v8.setFlagsFromString;
v8.setFlagsFromString = (f) => { calls.push(f); set(f); }; require('node:module').syncBuiltinESMExports();
process.on('exit', () => require('node:fs').writeSync(2, '\\nFLAGS ' + JSON.stringify(calls) + '\\n'));
process.argv = [process.argv[0], 'bin/gouji.js', ...${JSON.stringify(args)}]; require('./bin/gouji.js');`;
    const run = spawnSync(process.execPath, ['-e', spy], { cwd: ROOT, encoding: 'utf8' });
    const line = run.stderr.split('\n').find((l) => l.startsWith('FLAGS '));
    return { status: run.status, calls: line ? (JSON.parse(line.slice(6)) as string[]) : ['(no record)'] };
  }

  it('are set by `gouji analyze` when its reading thread starts, not for a file refused from its bytes', () => {
    expect(flagsSetBy(['analyze', 'corpus/huaihua-gxj-2023.txt', '--out', '/dev/null'])).toEqual({ status: 0, calls: [...READING_V8_FLAGS] });
    expect(flagsSetBy(['--help'])).toEqual({ status: 0, calls: [] });
    expect(flagsSetBy(['analyze', 'corpus/bad/empty.docx'])).toEqual({ status: 2, calls: [] });
  });

  it('are not set by importing the library', () => {
    const lib = spawnSync(process.execPath, ['--input-type=module', '-e', `import v8 from 'node:v8'; const calls = []; v8.setFlagsFromString = (f) => calls.push(f); await import('./dist/index.js'); console.log(JSON.stringify(calls));`], { cwd: ROOT, encoding: 'utf8' });
    expect(lib.stderr).toBe('');
    expect(JSON.parse(lib.stdout)).toEqual([]);
  });
});
