import { describe, expect, it } from 'vitest';
import { ErrorKind } from '../../src/errors/schema.js';
import { errorFromReason, errorReason } from '../../src/queue/outcome.js';

describe('failed-job reasons', () => {
  it('carry every typed error through a BullMQ failedReason unchanged', () => {
    for (const kind of ErrorKind.options) {
      const error = { kind, message: `what went wrong: line 1; line 2 — 说明`, transient: kind === 'timeout' || kind === 'internal_error' };
      expect(errorFromReason(errorReason(error))).toEqual(error);
    }
  });

  it('keep a typed error to one line, whatever its reader said', () => {
    expect(errorFromReason('corrupt_file: the PDF could not be read (bad xref\n  at line 3)').message).toBe('the PDF could not be read (bad xref at line 3)');
  });

  it('record any other reason (a crashed or repeatedly stalled worker) as gouji’s own failure, not the file’s', () => {
    expect(errorFromReason('job stalled more than allowable limit')).toEqual({
      kind: 'internal_error',
      stage: 'worker',
      message: 'a bug in gouji (worker stage): the worker failed on this file: job stalled more than allowable limit — please report it with the file',
      transient: true,
    });
    expect(errorFromReason('bogus_kind: x').kind).toBe('internal_error');
    expect(errorFromReason(undefined).message).toMatch(/no reason given/);
  });
});
