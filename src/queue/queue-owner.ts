import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { z } from 'zod';

/** How long an ingest's hold on its queue outlives the process if it dies without letting go (ms). */
export const DEFAULT_OWNER_TTL_MS = 30_000;

/** Redis key naming the one ingest process that collects a queue's results (独占: one owner at a time). */
export function ownerKey(queue: string): string {
  return `gouji:owner:${queue}`;
}

/** What the owner key holds: a token only its holder knows, and who it is, for the message a second ingest prints. */
export const OwnerRecord = z.object({
  token: z.string(),
  host: z.string(),
  pid: z.number().int(),
  /** ISO time the hold was taken. */
  since: z.string(),
  /** The dataset the holder writes, when it said. */
  dataset: z.string().optional(),
});
export type OwnerRecord = z.infer<typeof OwnerRecord>;

/**
 * Another ingest process holds the queue: this run stops before reading a file or opening its
 * dataset. Exit 75 (EX_TEMPFAIL): nothing is wrong, try again once the other run ends, or use
 * another queue name.
 */
export class QueueBusyError extends Error {
  override name = 'QueueBusyError';
  constructor(
    message: string,
    readonly holder: OwnerRecord | null,
    /** Milliseconds until the hold lapses if its holder has died (-1: unknown). */
    readonly lapsesInMs: number,
  ) {
    super(message);
  }
}

/** A QueueBusyError from any copy of this module (main() may run from a bundle). */
export function isQueueBusyError(error: unknown): error is QueueBusyError {
  return error instanceof Error && error.name === 'QueueBusyError';
}

/** This process held the queue but no longer does (another ingest took it after our hold lapsed): the run stops. */
export class QueueOwnershipLostError extends Error {
  override name = 'QueueOwnershipLostError';
}

// Renew: still ours → extend; gone (it lapsed while Redis was unreachable) → take it again;
// someone else's → 0, we lost it. Atomic, so no other ingest can slip in between the steps.
const RENEW = `
local v = redis.call('GET', KEYS[1])
if v == false then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
local ok, held = pcall(cjson.decode, v)
if ok and type(held) == 'table' and held.token == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 1
end
return 0`;

// Release: delete only if the key still holds our token (a key taken over after ours lapsed is not ours to delete).
const RELEASE = `
local v = redis.call('GET', KEYS[1])
if v == false then return 0 end
local ok, held = pcall(cjson.decode, v)
if ok and type(held) == 'table' and held.token == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

export interface QueueOwnerOptions {
  /** The queue's name (the key is per queue; the Redis database is the client's). */
  queue: string;
  /** How the queue is named in messages ('queue "gouji" at redis://…'). */
  description: string;
  /** Hold time; renewed every third of it while the run lasts (default 30 s). */
  ttlMs?: number;
  /** The dataset this run writes, shown to a second ingest. */
  dataset?: string;
  /** Called once if the hold is lost to another ingest. */
  onLost?: (error: QueueOwnershipLostError) => void;
}

/**
 * One ingest process owns a queue at a time: `SET gouji:owner:<queue> <record> NX PX ttl`,
 * renewed by a timer while the run lasts and deleted on release only if it still holds our
 * token. A process that dies without releasing blocks the queue for at most the ttl.
 * Workers never look at this key: many workers on one queue is the point.
 */
export class QueueOwner {
  private readonly timer: NodeJS.Timeout;
  private released = false;

  private constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly record: OwnerRecord,
    private readonly ttlMs: number,
    private readonly options: QueueOwnerOptions,
  ) {
    this.timer = setInterval(() => void this.renew(), Math.max(1, Math.floor(ttlMs / 3)));
    this.timer.unref();
  }

  /** Takes the queue, or throws QueueBusyError naming who holds it. */
  static async acquire(redis: Redis, options: QueueOwnerOptions): Promise<QueueOwner> {
    const ttlMs = options.ttlMs ?? DEFAULT_OWNER_TTL_MS;
    const key = ownerKey(options.queue);
    const record: OwnerRecord = {
      token: randomBytes(16).toString('hex'),
      host: hostname(),
      pid: process.pid,
      since: new Date().toISOString(),
      ...(options.dataset !== undefined ? { dataset: options.dataset } : {}),
    };
    for (let attempt = 1; ; attempt++) {
      const taken = await redis.set(key, JSON.stringify(record), 'PX', ttlMs, 'NX');
      if (taken === 'OK') return new QueueOwner(redis, key, record, ttlMs, options);
      const [value, pttl] = await Promise.all([redis.get(key), redis.pttl(key)]);
      // the other hold lapsed between SET and GET: try once more
      if (value === null && attempt === 1) continue;
      throw busyError(options.description, value, pttl);
    }
  }

  /** Lets go of the queue (only if the key is still ours). Safe to call twice. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    await this.redis.eval(RELEASE, 1, this.key, this.record.token);
  }

  private async renew(): Promise<void> {
    if (this.released) return;
    let held: unknown;
    try {
      held = await this.redis.eval(RENEW, 1, this.key, this.record.token, JSON.stringify(this.record), this.ttlMs);
    } catch {
      return; // Redis hiccup: the next tick tries again (the key takes the ttl to lapse)
    }
    if (held === 1 || this.released) return;
    this.released = true;
    clearInterval(this.timer);
    const holder = holderOf(await this.redis.get(this.key).catch(() => null));
    this.options.onLost?.(
      new QueueOwnershipLostError(
        `this ingest lost ${this.options.description} to ${holder ? describeHolder(holder) : 'another ingest'} (its hold lapsed: was this process paused or cut off from Redis for over ${this.ttlMs} ms?); what was stored stays — run gouji ingest again once the other run ends`,
      ),
    );
  }
}

function describeHolder(holder: OwnerRecord): string {
  return `gouji ingest pid ${holder.pid} on ${holder.host}${holder.dataset !== undefined ? ` (writing ${holder.dataset})` : ''}, since ${holder.since}`;
}

/** Who holds the queue, from the owner key's value (null: no key, or not one of ours). */
function holderOf(value: string | null): OwnerRecord | null {
  try {
    const parsed = OwnerRecord.safeParse(JSON.parse(value ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON: someone else's key under our name; said as "another process"
  }
}

function busyError(description: string, value: string | null, pttl: number): QueueBusyError {
  const holder = holderOf(value);
  const who = holder ? describeHolder(holder) : 'another process';
  const lapse = pttl > 0 ? `; if that process has died, its hold lapses in ${Math.ceil(pttl / 1000)} s` : '';
  return new QueueBusyError(
    `${description} is in use by ${who} — one ingest per queue at a time${lapse}. Wait for it to finish, or give this run its own queue with --queue NAME (and start its workers with the same --queue)`,
    holder,
    pttl,
  );
}
