import { isAbsolute, relative, sep } from 'node:path';

/**
 * A stored path as a person at this terminal types it: relative to the current folder when
 * the file is inside it (`corpus/a.docx`, as `git` and `eslint` print paths), else as stored.
 * The dataset keeps the absolute path; JSON and CSV output print that.
 */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
