import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findFloatUse, holdsFigures, virtualProgram } from './float-guard.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('no number arithmetic on amounts in src/', () => {
  it('src/ has no Number(), parseFloat, unary +, .toNumber(), nor float rounding where figures live', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(10);
    // type-aware scan where figures live; the rest needs only the syntax tree
    const typed = files.filter(holdsFigures);
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    // no ambient @types (node's are large and hold no figures): a third of the time
    const program = ts.createProgram(typed, { ...config!.options, noEmit: true, types: [] });
    const checker = program.getTypeChecker();
    const uses = files
      .flatMap((f) =>
        holdsFigures(f)
          ? findFloatUse(program.getSourceFile(f)!, checker)
          : findFloatUse(ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true)),
      )
      .map((u) => `${relative(ROOT, u.file)}:${u.line} ${u.code} — ${u.why}`);
    expect(uses).toEqual([]);
  });
});

describe('the guard itself', () => {
  const scan = (code: string, file = '/v/src/reconcile/x.ts') => {
    const program = virtualProgram({ [file]: code });
    return findFloatUse(program.getSourceFile(file)!, program.getTypeChecker()).map((u) => u.code);
  };

  it('flags float conversions anywhere', () => {
    expect(scan('const s = "1.5"; export const a = Number(s), b = parseFloat(s), c = Number.parseFloat(s), d = +s;', '/v/src/convert/x.ts')).toEqual([
      'Number(s)',
      'parseFloat(s)',
      'Number.parseFloat(s)',
      '+s',
    ]);
    expect(scan('declare const d: { toNumber(): number }; export const x = d.toNumber();')).toEqual(['d.toNumber()']);
  });

  it('flags rounding of JS numbers only where figures live, and not on Decimals', () => {
    const code = [
      'declare const n: number;',
      'declare const d: { toFixed(places: number): string };',
      'export const a = Math.round(n), b = n.toFixed(2), c = d.toFixed(2), e = Math.max(n, 1);',
    ].join('\n');
    expect(scan(code, '/v/src/reconcile/x.ts')).toEqual(['Math.round(n)', 'n.toFixed(2)']);
    expect(scan(code, '/v/src/convert/pdf.ts')).toEqual([]);
  });

  it('allows parseInt, numeric literals, comments and strings that mention Number(), and the float-ok escape', () => {
    const code = [
      'declare const s: string;',
      '// never Number() on an amount',
      'export const i = Number.parseInt(s, 10), j = parseInt(s, 10), k = +1, t = "Number(x)";',
      'export const page = Number(s); // float-ok: a page number, not a figure',
      '// float-ok: a pdf coordinate',
      'export const x = +s;',
      'export const bare = Number(s); // float-ok:',
    ].join('\n');
    expect(scan(code)).toEqual(['Number(s)']);
  });
});
