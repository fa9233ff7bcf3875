import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Dataset } from '../store/dataset.js';
import { createApp } from './app.js';

export interface ServeOptions {
  dataset: Dataset;
  /** Port to listen on; 0 picks a free one (default 8080). */
  port?: number;
  /** Interface to bind (default 127.0.0.1: only this machine can connect). */
  host?: string;
}

/** A running `gouji serve`; `close()` stops it and may be called twice. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = createApp(options.dataset);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      let closing: Promise<void> | null = null;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          })),
      });
    });
    server.once('error', reject);
  });
}
