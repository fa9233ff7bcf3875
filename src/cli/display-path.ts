import { isAbsolute, relative, sep } from 'node:path';

/**
 * A stored path as a person at this terminal types it: relative to the current folder when
 * the file is inside it (`corpus/a.docx`, as `git` and `eslint` print paths), else as stored.
 * The dataset keeps the absolute path; JSON and CSV output print that.
 */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  // outside: `..` or `../…` (a folder named `..data` is inside)
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return rel !== '' && !outside ? rel.split(sep).join('/') : path;
}
