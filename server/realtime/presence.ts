import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../contracts/events';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const TICK_MS = 1_000;
const REFRESH_MS = 15_000;
/** An instance that has not refreshed its counts for this long is taken as gone. */
const STALE_MS = 45_000;
const CHANNEL = 'rt:presence';
const key = (room: string) => `presence:${room}`;

/**
 * How many people watch a room, across every server instance: each instance writes its own
 * count in a Redis hash per room and tells the others; each sends `presence` to its own sockets
 * at most once a second per room, and only when the total changed.
 */
export class PresenceCounter {
  private readonly instance = randomUUID();
  private readonly subscriber: Redis;
  /** Rooms whose local count changed since the last tick. */
  private readonly changedHere = new Set<string>();
  /** Rooms whose total may have changed (here or on another instance). */
  private readonly dirty = new Set<string>();
  private readonly lastSent = new Map<string, number>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly io: IO,
    private readonly redis: Redis,
    private readonly logger: Logger,
  ) {
    this.subscriber = redis.duplicate();
  }

  async start(): Promise<void> {
    this.subscriber.on('message', (_channel: string, room: string) => this.dirty.add(room));
    await this.subscriber.subscribe(CHANNEL);
    this.timers.push(setInterval(() => void this.tick(), TICK_MS).unref());
    this.timers.push(setInterval(() => void this.refresh(), REFRESH_MS).unref());
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.subscriber.disconnect();
    const rooms = [...this.io.of('/').adapter.rooms.keys()].filter(isAudienceRoom);
    await Promise.allSettled(rooms.map((room) => this.redis.hdel(key(room), this.instance)));
  }

  /** A socket joined or left `room` on this instance. */
  changed(room: string): void {
    if (isAudienceRoom(room)) this.changedHere.add(room);
  }

  private localCount(room: string): number {
    return this.io.of('/').adapter.rooms.get(room)?.size ?? 0;
  }

  private async write(room: string): Promise<void> {
    const count = this.localCount(room);
    if (count === 0) await this.redis.hdel(key(room), this.instance);
    else
      await this.redis
        .multi()
        .hset(key(room), this.instance, `${count}:${Date.now()}`)
        .pexpire(key(room), STALE_MS)
        .exec();
  }

  /** The room's audience over every instance, this one's count written first. */
  async total(room: string): Promise<number> {
    await this.write(room);
    return freshTotal(await this.redis.hgetall(key(room)));
  }

  private async tick(): Promise<void> {
    try {
      const changed = [...this.changedHere];
      this.changedHere.clear();
      for (const room of changed) {
        await this.write(room);
        await this.redis.publish(CHANNEL, room);
        this.dirty.add(room);
      }
      const dirty = [...this.dirty];
      this.dirty.clear();
      for (const room of dirty) {
        if (this.localCount(room) === 0) {
          this.lastSent.delete(room);
          continue;
        }
        const count = await this.total(room);
        if (this.lastSent.get(room) === count) continue;
        this.lastSent.set(room, count);
        this.io.local.to(room).emit('presence', { room, count });
      }
    } catch (err) {
      this.logger.warn({ err }, 'presence tick failed');
    }
  }

  /** Keeps this instance's counts fresh, so they are not taken for a stopped instance's. */
  private async refresh(): Promise<void> {
    const rooms = [...this.io.of('/').adapter.rooms.keys()].filter(isAudienceRoom);
    await Promise.allSettled(rooms.map((room) => this.write(room)));
  }
}

/** The sum of the instances' counts of a room, leaving out those of instances taken as gone. */
function freshTotal(fields: Record<string, string>): number {
  const now = Date.now();
  let total = 0;
  for (const value of Object.values(fields)) {
    const [count, at] = value.split(':').map(Number);
    if (count && at && now - at < STALE_MS) total += count;
  }
  return total;
}

/**
 * The audience of each room as the instances last wrote it, read from Redis alone: what a
 * response or an event from any process (a worker has no sockets) says about a room.
 */
export async function roomAudience(redis: Redis, rooms: string[]): Promise<number[]> {
  if (rooms.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const room of rooms) pipeline.hgetall(key(room));
  const replies = (await pipeline.exec()) ?? [];
  return rooms.map((_room, index) => {
    const [err, fields] = replies[index] ?? [null, null];
    return err || !fields ? 0 : freshTotal(fields as Record<string, string>);
  });
}

/** Socket ids and private user rooms are rooms too, but nobody watches them. */
function isAudienceRoom(room: string): boolean {
  return room === 'questions' || room === 'moderation' || /^(tag|question|session):/.test(room);
}
