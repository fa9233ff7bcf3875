import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** Debian's redis-server (.ci/run installs it); REDIS_SERVER overrides the path. */
export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';

/**
 * Whether the Redis tests can run. Without redis-server they are skipped — except under
 * CI=true, where a missing redis-server fails the run instead of silently testing less.
 */
export function redisAvailable(): boolean {
  if (existsSync(REDIS_SERVER)) return true;
  if (process.env.CI === 'true') throw new Error(`${REDIS_SERVER} is missing and CI=true: install redis-server (apt-get install -y redis-server)`);
  return false;
}

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (safe to call twice). */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1: bind port 0, read the port, close. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      server.close(() => resolve(address.port));
    });
  });
}

/** Starts a throwaway redis-server on a free loopback port (no persistence) and waits until PING answers. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `redis://127.0.0.1:${port}`;
  // Waits until PING answers or the server exits: no short deadline a loaded machine could
  // miss (redis-server starts in milliseconds when idle, seconds under heavy load). The
  // 10-minute bound only turns a server that hangs without exiting into a failure.
  const giveUp = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}): ${stderr}`);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') break;
    } catch {
      if (Date.now() > giveUp) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not answer PING on port ${port}: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
  let stopped: Promise<void> | null = null;
  return {
    url,
    port,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      return stopped;
    },
  };
}
