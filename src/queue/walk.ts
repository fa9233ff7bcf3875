import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What walking the input paths found: files to read, and paths that could not be read at all. */
export interface WalkResult {
  /** Absolute file paths, in a stable order (arguments in order, each folder sorted by name). */
  files: string[];
  /** Entries that could not be listed or followed (broken link, no permission), with why. */
  unreadable: { path: string; message: string }[];
}

/** An input path given on the command line does not exist: a usage error, not a file failure. */
export class MissingInputError extends Error {
  override name = 'MissingInputError';
}

/**
 * Walks the given files and folders. Inside folders, names starting with "." are skipped
 * (.git, .DS_Store, editor swap files); a file given by name is always taken. Symbolic links
 * are followed, but each real folder is entered once, so a link back to a parent (a loop)
 * ends the walk there, and each real file is listed once.
 */
export async function walkInputs(paths: readonly string[]): Promise<WalkResult> {
  const result: WalkResult = { files: [], unreadable: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const visit = async (path: string, given: boolean): Promise<void> => {
    let real: string;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      real = await realpath(path);
      info = await stat(real);
    } catch (error) {
      if (given) throw new MissingInputError(`${path}: ${describe(error)}`);
      result.unreadable.push({ path, message: describe(error) });
      return;
    }
    if (info.isDirectory()) {
      if (seenDirs.has(real)) return; // a symlink loop, or the same folder given twice
      seenDirs.add(real);
      let names: string[];
      try {
        names = (await readdir(path)).filter((name) => !name.startsWith('.'));
      } catch (error) {
        result.unreadable.push({ path, message: describe(error) });
        return;
      }
      names.sort(compareNames);
      for (const name of names) await visit(join(path, name), false);
    } else if (info.isFile()) {
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      result.files.push(path);
    } else if (given) {
      throw new MissingInputError(`${path}: not a file or folder`);
    }
    // sockets, FIFOs and devices inside folders are not reports: left out silently
  };

  for (const p of paths) await visit(resolve(p), true);
  return result;
}

/** Code-point order: the same on every machine, whatever the locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder (or a broken link)';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ELOOP') return 'too many levels of symbolic links';
  return e instanceof Error ? e.message : String(error);
}
