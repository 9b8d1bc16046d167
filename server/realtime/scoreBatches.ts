import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { QueryTypes, type Sequelize } from 'sequelize';
import type { TargetType } from '../contracts/dto';
import type { ClientToServerEvents, ServerToClientEvents, SocketData, VoteUpdate } from '../contracts/events';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface ScoreTarget {
  targetType: TargetType;
  targetId: number;
}

/**
 * The sockets of `room` that take its scores in batches are also in this room. Its name is no
 * room a client may subscribe to (server/realtime/rooms.ts refuses the `scores:` kind), and
 * presence does not count it.
 */
export const batchedScoresRoom = (room: string) => `scores:${room}`;
export const isBatchedScoresRoom = (room: string) => room.startsWith('scores:');

/** `room`'s scores will come to this socket in batches. */
export async function joinBatchedScores(socket: AppSocket, room: string): Promise<void> {
  await socket.join(batchedScoresRoom(room));
}

export async function leaveBatchedScores(socket: AppSocket, room: string): Promise<void> {
  await socket.leave(batchedScoresRoom(room));
}

/** The batched-scores rooms of `socket` whose room it no longer follows (after a recovery). */
export function orphanBatchedScores(socket: AppSocket): string[] {
  return [...socket.rooms]
    .filter(isBatchedScoresRoom)
    .map((room) => room.slice('scores:'.length))
    .filter((room) => !socket.rooms.has(room));
}

/**
 * At most one score message per room and window; the last one is exact. Sending to a socket
 * costs the event loop some 20-35 µs, so the window grows with the audience: a room of up to
 * 1 333 viewers sees every change within 80 ms, 2 000 viewers at most every 120 ms, 5 000 every
 * 300 ms. At 2 000 viewers and 20 votes a second on a 2-core machine, 80 ms kept it 86 % busy,
 * with both live p99s near 440 ms; 120 ms, 75-82 % busy, approvals' p99 210-270 ms and votes'
 * 320-440 ms (bench/README.md, "Live session benchmark"): the wait a longer window adds to a vote
 * is no more than the queueing it saves.
 */
export function voteWindowMs(audience: number): number {
  return Math.min(500, Math.max(80, Math.round(audience * 0.06)));
}

interface RoomBatch {
  targets: Map<string, ScoreTarget>;
  timer: NodeJS.Timeout | null;
}

/**
 * `scores:updated` for the sockets that asked for it: per room, the first change after a quiet
 * window is sent at once, the ones that follow within the window together at its end, and so on
 * while changes keep coming. However many targets change (a live session's audience votes on a
 * hundred questions at once), a viewer receives one message per window, where per-target updates
 * would send one per vote. Scores are read from PostgreSQL when sent, as for `vote:updated`.
 */
export class ScoreBatches {
  private readonly batches = new Map<string, RoomBatch>();
  private stopped = false;

  constructor(
    private readonly io: IO,
    private readonly sequelize: Sequelize,
    private readonly logger: Logger,
  ) {}

  /** Sockets on this instance that take `room`'s scores in batches. */
  audience(room: string): number {
    return this.io.of('/').adapter.rooms.get(batchedScoresRoom(room))?.size ?? 0;
  }

  changed(target: ScoreTarget, rooms: readonly string[]): void {
    if (this.stopped) return;
    for (const room of rooms) {
      let batch = this.batches.get(room);
      if (!batch) {
        if (this.audience(room) === 0) continue;
        batch = { targets: new Map(), timer: null };
        this.batches.set(room, batch);
      }
      batch.targets.set(`${target.targetType}:${target.targetId}`, target);
      if (batch.timer === null) this.flush(room, batch);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const batch of this.batches.values()) if (batch.timer) clearTimeout(batch.timer);
    this.batches.clear();
  }

  private flush(room: string, batch: RoomBatch): void {
    const audience = this.audience(room);
    if (batch.targets.size === 0 || audience === 0) {
      this.batches.delete(room);
      return;
    }
    const targets = [...batch.targets.values()];
    batch.targets = new Map();
    batch.timer = setTimeout(() => {
      batch.timer = null;
      this.flush(room, batch);
    }, voteWindowMs(audience));
    void this.send(room, targets);
  }

  private async send(room: string, targets: ScoreTarget[]): Promise<void> {
    try {
      const updates = await this.read(targets);
      if (updates.length === 0 || this.stopped) return;
      this.io.local.to(batchedScoresRoom(room)).emit('scores:updated', { room, updates });
    } catch (err) {
      this.logger.warn({ err, room }, 'real-time relay: batched scores not sent');
    }
  }

  private async read(targets: ScoreTarget[]): Promise<VoteUpdate[]> {
    const idsOf = (type: TargetType) => targets.filter((t) => t.targetType === type).map((t) => t.targetId);
    const questionIds = idsOf('question');
    const answerIds = idsOf('answer');
    const parts: string[] = [];
    if (questionIds.length) {
      parts.push(`SELECT 'question' AS "targetType", id AS "targetId", score, score_version AS version
                  FROM questions WHERE id IN (:questionIds)`);
    }
    if (answerIds.length) {
      parts.push(`SELECT 'answer' AS "targetType", id AS "targetId", score, score_version AS version
                  FROM answers WHERE id IN (:answerIds)`);
    }
    return this.sequelize.query<VoteUpdate>(parts.join(' UNION ALL '), {
      replacements: { questionIds, answerIds },
      type: QueryTypes.SELECT,
    });
  }
}
