// A worker thread of the bare-reader scaling baseline (ingest-scale.bench.ts): reads each file
// it is sent with the bare reader pass (pdf.js or mammoth alone, as gouji opens them) and
// answers with its page count, so the readers' own scaling over threads is measured on the
// same files as gouji's ingest.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { bareReaderPass } from './reader-pass.js';

const port = parentPort;
if (!port) throw new Error('reader-thread.ts runs in a worker thread');
port.on('message', (file: string) => {
  void bareReaderPass(file, readFileSync(file)).then(
    (pages) => port.postMessage({ file, pages }),
    (error: unknown) => port.postMessage({ file, error: String(error) }),
  );
});
port.postMessage({ ready: true });
