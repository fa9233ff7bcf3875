import { GoujiError, type Stage } from './gouji-error.js';

/**
 * A bug in gouji: an exception inside a pipeline stage that is not a typed error about the
 * file. It names the stage and is never blamed on the file.
 */
export class InternalError extends GoujiError {
  readonly kind = 'internal_error' as const;
  readonly stage: Stage;
  /** Trying again after gouji is fixed may succeed: an ingest re-run retries the file. */
  override readonly transient = true;

  constructor(stage: Stage, detail: string, options?: { cause?: unknown }) {
    super(`a bug in gouji (${stage} stage): ${oneLine(detail)} — please report it with the file`, options);
    this.stage = stage;
  }

  override toJSON() {
    return { ...super.toJSON(), stage: this.stage };
  }
}

/** The first line of a message, at most 300 characters (a zod dump or a stack is not a message). */
export function oneLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
