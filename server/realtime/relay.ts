import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { TargetType } from '../contracts/dto';
import type { ClientToServerEvents, ServerEventName, ServerToClientEvents, SocketData } from '../contracts/events';
import { EVENTS_STREAM, VOTES_STREAM } from './publisher';
import { batchedScoresRoom, ScoreBatches, voteWindowMs } from './scoreBatches';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type StreamEntry = [id: string, fields: string[]];

const GROUP = 'relay';
/** One instance at a time relays ordinary events, so that every client receives them in order. */
const LEADER_KEY = 'rt:relay-leader';
const LEASE_MS = 5_000;
const RENEW_AFTER_MS = LEASE_MS / 3;
const HOLD_LEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2])
elseif redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1
else return 0 end`;
const BLOCK_MS = 2_000;
const BATCH = 200;
/** Entries a crashed instance had read but not relayed are taken over after this long. */
const CLAIM_IDLE_MS = 5_000;
function fieldsOf(entry: StreamEntry): Record<string, string> {
  const [, list] = entry;
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) fields[list[i]!] = list[i + 1]!;
  return fields;
}

interface PendingScore {
  targetType: TargetType;
  targetId: number;
  rooms: Set<string>;
  dirty: boolean;
  timer: NodeJS.Timeout;
}

/**
 * Moves events from Redis to sockets on this instance.
 *
 * Ordinary events are relayed by one instance at a time (a lease in Redis): it reads them in
 * stream order through a consumer group and broadcasts each through the Socket.IO adapter, which
 * reaches every instance, in that order, and records it for connection state recovery. When the
 * relaying instance stops, another takes the lease and, through the group, what it left unread
 * or unacknowledged. Score changes are read by every instance and coalesced per target (or, for
 * the sockets that asked for it, per room: ./scoreBatches.ts): the emitted score is read from
 * PostgreSQL when it is sent, so the last update a client receives always carries the final
 * score, however many votes arrived and in whatever order.
 */
export class RealtimeRelay {
  private readonly consumer = `relay-${randomUUID()}`;
  private readonly eventsReader: Redis;
  private readonly votesReader: Redis;
  private readonly pendingScores = new Map<string, PendingScore>();
  private readonly batches: ScoreBatches;
  private stopped = false;
  private claimTimer?: NodeJS.Timeout;
  private loops: Promise<void>[] = [];
  private leaseRenewedAt = 0;

  constructor(
    private readonly io: IO,
    private readonly redis: Redis,
    private readonly sequelize: Sequelize,
    private readonly logger: Logger,
  ) {
    // Blocking reads hold their connection: each loop gets its own.
    this.eventsReader = redis.duplicate();
    this.votesReader = redis.duplicate();
    this.batches = new ScoreBatches(io, sequelize, logger);
  }

  /**
   * At first start the group begins with new events; when Redis has lost the group (a restart,
   * a flush), with everything the new stream holds, which was all published since.
   */
  private async createGroup(from: '$' | '0'): Promise<void> {
    try {
      await this.redis.xgroup('CREATE', EVENTS_STREAM, GROUP, from, 'MKSTREAM');
    } catch (err) {
      if (!String((err as Error).message).includes('BUSYGROUP')) throw err;
    }
  }

  async start(): Promise<void> {
    await this.createGroup('$');
    const votesFrom = await this.lastId(VOTES_STREAM);
    this.loops = [this.relayEvents(), this.relayScores(votesFrom)];
    this.claimTimer = setInterval(() => void this.claimAbandoned(), CLAIM_IDLE_MS).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.claimTimer);
    for (const pending of this.pendingScores.values()) clearTimeout(pending.timer);
    this.pendingScores.clear();
    this.batches.stop();
    this.eventsReader.disconnect();
    this.votesReader.disconnect();
    await Promise.allSettled(this.loops);
    // Hand the lease over at once rather than when it expires.
    if (this.leaseRenewedAt) {
      await this.redis
        .eval(
          `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`,
          1,
          LEADER_KEY,
          this.consumer,
        )
        .catch(() => undefined);
    }
    await this.redis.xgroup('DELCONSUMER', EVENTS_STREAM, GROUP, this.consumer).catch(() => undefined);
  }

  private async lastId(stream: string): Promise<string> {
    const [last] = (await this.redis.xrevrange(stream, '+', '-', 'COUNT', 1)) as StreamEntry[];
    return last?.[0] ?? '0-0';
  }

  private emit(entry: StreamEntry): void {
    const { e, r, p } = fieldsOf(entry);
    if (!e || !r || !p) return;
    const rooms = JSON.parse(r) as string[];
    this.io.to(rooms).emit(e as ServerEventName, JSON.parse(p) as never);
  }

  private async relayEvents(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!(await this.holdLease())) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          continue;
        }
        const reply = (await this.eventsReader.xreadgroup(
          'GROUP',
          GROUP,
          this.consumer,
          'COUNT',
          BATCH,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          EVENTS_STREAM,
          '>',
        )) as [string, StreamEntry[]][] | null;
        const entries = reply?.[0]?.[1] ?? [];
        for (const entry of entries) this.emit(entry);
        if (entries.length) await this.redis.xack(EVENTS_STREAM, GROUP, ...entries.map(([id]) => id));
      } catch (err) {
        if (this.stopped) return;
        // NOGROUP: the group is gone. UNBLOCKED: the stream was deleted while this read waited
        // on it (Redis 7), taking the group along: recreate it at once, without the retry pause.
        if (/NOGROUP|UNBLOCKED/.test(String((err as Error).message))) {
          await this.createGroup('0').catch(() => undefined);
          continue;
        }
        this.logger.warn({ err }, 'real-time relay: reading events failed, retrying');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** True while this instance holds the relay lease (taking it when it is free). */
  private async holdLease(): Promise<boolean> {
    if (this.leaseRenewedAt && Date.now() - this.leaseRenewedAt < RENEW_AFTER_MS) return true;
    const held = (await this.redis.eval(HOLD_LEASE_SCRIPT, 1, LEADER_KEY, this.consumer, LEASE_MS)) === 1;
    this.leaseRenewedAt = held ? Date.now() : 0;
    return held;
  }

  /** Takes over what an instance that stopped had read but not relayed. */
  private async claimAbandoned(): Promise<void> {
    try {
      if (!(await this.holdLease())) return;
      const [, entries] = (await this.redis.xautoclaim(
        EVENTS_STREAM,
        GROUP,
        this.consumer,
        CLAIM_IDLE_MS,
        '0-0',
        'COUNT',
        BATCH,
      )) as [string, StreamEntry[]];
      const live = entries.filter((entry) => entry && entry[1]);
      for (const entry of live) this.emit(entry);
      if (entries.length) await this.redis.xack(EVENTS_STREAM, GROUP, ...entries.map(([id]) => id));
    } catch (err) {
      if (!this.stopped) this.logger.warn({ err }, 'real-time relay: claiming abandoned events failed');
    }
  }

  private async relayScores(from: string): Promise<void> {
    let lastId = from;
    while (!this.stopped) {
      try {
        const reply = (await this.votesReader.xread(
          'COUNT',
          BATCH,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          VOTES_STREAM,
          lastId,
        )) as [string, StreamEntry[]][] | null;
        for (const entry of reply?.[0]?.[1] ?? []) {
          lastId = entry[0];
          const { t, i, r } = fieldsOf(entry);
          if ((t === 'question' || t === 'answer') && i && r)
            this.scoreChanged(t, Number(i), JSON.parse(r) as string[]);
        }
      } catch (err) {
        if (this.stopped) return;
        this.logger.warn({ err }, 'real-time relay: reading score changes failed, retrying');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private scoreChanged(targetType: TargetType, targetId: number, rooms: string[]): void {
    this.batches.changed({ targetType, targetId }, rooms);
    const key = `${targetType}:${targetId}`;
    const pending = this.pendingScores.get(key);
    if (pending) {
      pending.dirty = true;
      for (const room of rooms) pending.rooms.add(room);
      return;
    }
    // The first change is sent at once; the ones that follow within the window are folded into
    // one send at its end, and so on while changes keep coming.
    const entry: PendingScore = {
      targetType,
      targetId,
      rooms: new Set(rooms),
      dirty: false,
      timer: this.windowTimer(key, rooms),
    };
    this.pendingScores.set(key, entry);
    void this.sendScore(entry);
  }

  /** Sockets on this instance that take the rooms' scores one `vote:updated` at a time. */
  private audience(rooms: Iterable<string>): number {
    let count = 0;
    for (const room of rooms) {
      count += (this.io.of('/').adapter.rooms.get(room)?.size ?? 0) - this.batches.audience(room);
    }
    return count;
  }

  private windowTimer(key: string, rooms: Iterable<string>): NodeJS.Timeout {
    return setTimeout(
      () => {
        const entry = this.pendingScores.get(key);
        if (!entry) return;
        if (!entry.dirty) {
          this.pendingScores.delete(key);
          return;
        }
        entry.dirty = false;
        entry.timer = this.windowTimer(key, entry.rooms);
        void this.sendScore(entry);
      },
      voteWindowMs(this.audience(rooms)),
    );
  }

  private async sendScore({ targetType, targetId, rooms }: PendingScore): Promise<void> {
    // Nobody here watches it: no read. A later subscriber loads the page, and a recovered
    // connection is sent its questions' current scores.
    if (this.audience(rooms) === 0) return;
    try {
      const [row] = await this.sequelize.query<{ score: number; score_version: number }>(
        `SELECT score, score_version FROM ${targetType === 'question' ? 'questions' : 'answers'} WHERE id = :targetId`,
        { replacements: { targetId }, type: QueryTypes.SELECT },
      );
      if (!row || this.stopped) return;
      this.io.local
        .to([...rooms])
        .except([...rooms].map(batchedScoresRoom))
        .emit('vote:updated', { targetType, targetId, score: row.score, version: row.score_version });
    } catch (err) {
      this.logger.warn({ err, targetType, targetId }, 'real-time relay: score not sent');
    }
  }
}
