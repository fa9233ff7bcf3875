import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { NotAFileError, NotFoundError, TooLargeError, UnreadableError, type GoujiError } from './errors/index.js';

/**
 * Reads one input file for analysis, refusing what is not a regular file before opening it
 * (a FIFO would block the open, /dev/zero would read forever) and capping the read at
 * `maxBytes` + 1 whatever size stat reports (files under /proc and devices say 0).
 * Throws a typed error: not_found, not_a_file, unreadable or too_large.
 */
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fsError(path, error);
  }
  if (!info.isFile()) throw new NotAFileError(notAFile(info));
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  let handle;
  try {
    // O_NONBLOCK: should the path have become a FIFO since stat, the open does not wait for a writer
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw fsError(path, error);
  }
  try {
    const again = await handle.stat();
    if (!again.isFile()) throw new NotAFileError(notAFile(again));
    const cap = maxBytes + 1;
    const buffer = Buffer.allocUnsafeSlow(Math.min(cap, Math.max(again.size, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length >= cap) break;
        const bigger = Buffer.allocUnsafeSlow(Math.min(cap, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const { bytesRead } = await handle.read(chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(null, maxBytes);
    // exactly the file's bytes in a buffer of their own (a view would carry the spare room to the reading thread)
    return length === chunk.length ? new Uint8Array(chunk.buffer, chunk.byteOffset, length) : new Uint8Array(chunk.subarray(0, length));
  } catch (error) {
    if ((error as GoujiError).kind) throw error;
    throw fsError(path, error);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number | null, maxBytes: number): TooLargeError {
  return new TooLargeError(
    `the file has ${size === null ? 'more than ' + maxBytes : size} bytes, over the ${maxBytes}-byte input limit (raise maxInputBytes / --max-bytes to read it)`,
  );
}

function notAFile(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  const what = info.isDirectory()
    ? 'a folder'
    : info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : info.isSocket()
          ? 'a socket'
          : 'a special file';
  return `it is ${what}, not a file — give the path of a report (.docx, .pdf, text or HTML)${info.isDirectory() ? '; gouji ingest reads folders' : ''}`;
}

/** A filesystem error while opening or reading → the typed error a person can act on. */
export function fsError(path: string, error: unknown): GoujiError {
  const code = (error as { code?: string } | null)?.code;
  const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new NotFoundError("no such file (check the path)", { cause: error });
    case 'EISDIR':
      return new NotAFileError('it is a folder, not a file — gouji ingest reads folders', { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new UnreadableError('permission denied: gouji may not read this file (check its permissions)', { cause: error });
    case 'ELOOP':
      return new UnreadableError('the path is a loop of symbolic links that never reaches a file', { cause: error });
    case 'ENAMETOOLONG':
      return new NotFoundError('the path is too long to name a file', { cause: error });
    default:
      return new UnreadableError(`the file could not be read (${code ?? detail})`, { cause: error });
  }
}
