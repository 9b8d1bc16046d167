import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { TargetType } from '../contracts/dto';
import type { ClientToServerEvents, ServerEventName, ServerToClientEvents, SocketData } from '../contracts/events';
import { EVENTS_STREAM, VOTES_STREAM } from './publisher';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type StreamEntry = [id: string, fields: string[]];

const GROUP = 'relay';
const BLOCK_MS = 2_000;
const BATCH = 200;
/** Entries a crashed instance had read but not relayed are taken over after this long. */
const CLAIM_IDLE_MS = 5_000;
/** At most one score update per target and instance in this window; the last one is exact. */
export const VOTE_WINDOW_MS = 250;

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
 * Ordinary events go through a consumer group: exactly one instance takes each and broadcasts
 * it through the Socket.IO adapter, which reaches every instance and records it for connection
 * state recovery. Score changes are read by every instance and coalesced per target: the
 * emitted score is read from PostgreSQL when it is sent, so the last update a client receives
 * always carries the final score, however many votes arrived and in whatever order.
 */
export class RealtimeRelay {
  private readonly consumer = `relay-${randomUUID()}`;
  private readonly eventsReader: Redis;
  private readonly votesReader: Redis;
  private readonly pendingScores = new Map<string, PendingScore>();
  private stopped = false;
  private claimTimer?: NodeJS.Timeout;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly io: IO,
    private readonly redis: Redis,
    private readonly sequelize: Sequelize,
    private readonly logger: Logger,
  ) {
    // Blocking reads hold their connection: each loop gets its own.
    this.eventsReader = redis.duplicate();
    this.votesReader = redis.duplicate();
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
    this.eventsReader.disconnect();
    this.votesReader.disconnect();
    await Promise.allSettled(this.loops);
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
        if (String((err as Error).message).includes('NOGROUP')) {
          await this.createGroup('0').catch(() => undefined);
          continue;
        }
        this.logger.warn({ err }, 'real-time relay: reading events failed, retrying');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** Takes over what an instance that stopped had read but not relayed. */
  private async claimAbandoned(): Promise<void> {
    try {
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
      timer: this.windowTimer(key),
    };
    this.pendingScores.set(key, entry);
    void this.sendScore(entry);
  }

  private windowTimer(key: string): NodeJS.Timeout {
    return setTimeout(() => {
      const entry = this.pendingScores.get(key);
      if (!entry) return;
      if (!entry.dirty) {
        this.pendingScores.delete(key);
        return;
      }
      entry.dirty = false;
      entry.timer = this.windowTimer(key);
      void this.sendScore(entry);
    }, VOTE_WINDOW_MS);
  }

  private async sendScore({ targetType, targetId, rooms }: PendingScore): Promise<void> {
    try {
      const [row] = await this.sequelize.query<{ score: number; score_version: number }>(
        `SELECT score, score_version FROM ${targetType === 'question' ? 'questions' : 'answers'} WHERE id = :targetId`,
        { replacements: { targetId }, type: QueryTypes.SELECT },
      );
      if (!row || this.stopped) return;
      this.io.local
        .to([...rooms])
        .emit('vote:updated', { targetType, targetId, score: row.score, version: row.score_version });
    } catch (err) {
      this.logger.warn({ err, targetType, targetId }, 'real-time relay: score not sent');
    }
  }
}
