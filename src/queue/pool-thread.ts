// Entry point of an in-process pool thread: the same analyze() the CLI runs, one file at a time
// (serveThread answers with its JSON, or for ingest with the dataset rows built here).
import { analyze } from '../analyze.js';
import { serveThread } from './thread-protocol.js';

serveThread(({ bytes, path, limits, all }, times) => analyze(bytes, { path, limits, all: all ?? false }, times));
