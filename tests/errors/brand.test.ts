// Typed errors are told by a registered mark, not by `instanceof`: the CLI's start-up bundle
// (dist/cli/gouji.cjs) and a program that loads gouji twice hold more than one copy of the
// classes, and an error from one copy must still be a typed error to the other.
import { describe, expect, it } from 'vitest';
import { EmptyFileError, isGoujiError, toFileError } from '../../src/index.js';
import { isUsageError, UsageError } from '../../src/cli/command.js';

describe('typed errors across copies of gouji', () => {
  it('an error from a second copy of the errors module is a GoujiError to the first', async () => {
    // the same source loaded again under another URL: its own classes, as in a bundle
    const url: string = '../../src/errors/index.ts?copy=2';
    const other = (await import(url)) as typeof import('../../src/errors/index.js');
    expect(other.EmptyFileError).not.toBe(EmptyFileError);
    const foreign = new other.EmptyFileError('the file is empty (0 bytes)');
    expect(foreign instanceof EmptyFileError).toBe(false);
    expect(isGoujiError(foreign)).toBe(true);
    // …so it is recorded under its own kind, not as gouji's bug
    expect(toFileError(foreign)).toEqual({ kind: 'empty_file', message: 'the file is empty (0 bytes)', transient: false });
  });

  it('plain errors and look-alikes are not GoujiErrors', () => {
    expect(isGoujiError(new Error('x'))).toBe(false);
    expect(isGoujiError({ kind: 'empty_file', message: 'x' })).toBe(false);
    expect(isGoujiError(null)).toBe(false);
    expect(toFileError(new Error('boom')).kind).toBe('internal_error');
  });

  it('a UsageError is told by its name', () => {
    expect(isUsageError(new UsageError('bad'))).toBe(true);
    class Copy extends Error {
      override name = 'UsageError';
    }
    expect(isUsageError(new Copy('bad'))).toBe(true);
    expect(isUsageError(new Error('bad'))).toBe(false);
  });
});
