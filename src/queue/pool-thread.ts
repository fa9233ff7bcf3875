// Entry point of an in-process pool thread: the same analyze() the CLI runs, one file at a time.
import { analyze } from '../analyze.js';
import { serveThread } from './thread-protocol.js';

serveThread(async ({ bytes, path, limits, all }, times) => JSON.stringify(await analyze(bytes, { path, limits, all: all ?? false }, times)));
