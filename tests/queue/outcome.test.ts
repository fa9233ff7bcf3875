import { describe, expect, it } from 'vitest';
import { ErrorKind } from '../../src/errors/index.js';
import { errorFromReason, errorReason } from '../../src/queue/outcome.js';

describe('failed-job reasons', () => {
  it('carry every typed error through a BullMQ failedReason unchanged', () => {
    for (const kind of ErrorKind.options) {
      const error = { kind, message: `what went wrong: line 1\nline 2 — 说明`, transient: kind === 'timeout' };
      expect(errorFromReason(errorReason(error))).toEqual(error);
    }
  });

  it('record any other reason (a crashed or repeatedly stalled worker) as a corrupt file', () => {
    expect(errorFromReason('job stalled more than allowable limit')).toEqual({
      kind: 'corrupt_file',
      message: 'the worker failed on this file: job stalled more than allowable limit',
      transient: false,
    });
    expect(errorFromReason('bogus_kind: x').kind).toBe('corrupt_file');
    expect(errorFromReason(undefined).message).toMatch(/no reason given/);
  });
});
