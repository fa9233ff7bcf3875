/**
 * The “no float arithmetic on amounts” guard: finds, with the TypeScript compiler, every
 * place in src/ that turns text or a Decimal into a JS number or rounds a JS number:
 * - everywhere: `Number(…)`, `parseFloat(…)` / `Number.parseFloat(…)`, unary `+x`,
 *   `.toNumber()` (Decimal → float);
 * - where figures live (src/extract/, src/reconcile/): `Math.round/floor/ceil/trunc(…)`,
 *   and `.toFixed()` / `.toPrecision()` on a value typed `number` (on a Decimal they are fine).
 * `parseInt` / `Number.parseInt` (indices, page numbers) are allowed. A line may opt out
 * with `// float-ok: <reason>` on it or on the line above.
 */
import ts from 'typescript';

export interface FloatUse {
  file: string;
  line: number;
  code: string;
  why: string;
}

const ROUNDING = new Set(['round', 'floor', 'ceil', 'trunc']);
const ESCAPE = /\/\/\s*float-ok:\s*\S/;

/** Files where figures live: float rounding is flagged there too (it needs types). */
export function holdsFigures(fileName: string): boolean {
  return /(^|\/)src\/(extract|reconcile)\//.test(fileName.replace(/\\/g, '/'));
}

/**
 * Scans one file. `checker` is needed for files that hold figures (to tell a number's
 * .toFixed() from a Decimal's); without it only the type-free checks run.
 */
export function findFloatUse(source: ts.SourceFile, checker?: ts.TypeChecker): FloatUse[] {
  const fileName = source.fileName;
  const figures = holdsFigures(fileName);
  if (figures && !checker) throw new Error(`${fileName} holds figures: scan it with a type checker`);
  const lines = source.text.split('\n');
  const found: FloatUse[] = [];

  const flag = (node: ts.Node, why: string): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (ESCAPE.test(lines[line] ?? '') || ESCAPE.test(lines[line - 1] ?? '')) return;
    found.push({ file: fileName, line: line + 1, code: node.getText(source), why });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'Number') flag(node, 'Number() turns a figure into a float');
      if (ts.isIdentifier(callee) && callee.text === 'parseFloat') flag(node, 'parseFloat() turns a figure into a float');
      if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        const target = callee.expression;
        if (name === 'parseFloat' && ts.isIdentifier(target) && target.text === 'Number') flag(node, 'Number.parseFloat() turns a figure into a float');
        if (name === 'toNumber') flag(node, '.toNumber() turns a Decimal into a float');
        if (figures && ROUNDING.has(name) && ts.isIdentifier(target) && target.text === 'Math') flag(node, `Math.${name}() rounds a float`);
        if (figures && checker && (name === 'toFixed' || name === 'toPrecision')) {
          const type = checker.getTypeAtLocation(target);
          if (type.flags & ts.TypeFlags.NumberLike) flag(node, `.${name}() on a number rounds a float`);
        }
      }
    }
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.PlusToken && !ts.isNumericLiteral(node.operand)) {
      flag(node, 'unary + turns a value into a float');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const libCache = new Map<string, ts.SourceFile | undefined>();

/** A program over virtual files (for testing the guard itself), with the real lib files (parsed once). */
export function virtualProgram(files: Record<string, string>): ts.Program {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const get = host.getSourceFile.bind(host);
  host.readFile = (f) => files[f] ?? read(f);
  host.fileExists = (f) => f in files || exists(f);
  host.getSourceFile = (f, lang, ...rest) => {
    if (f in files) return ts.createSourceFile(f, files[f]!, lang);
    if (!libCache.has(f)) libCache.set(f, get(f, lang, ...rest));
    return libCache.get(f);
  };
  return ts.createProgram(Object.keys(files), options, host);
}
