import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { TargetType } from '../contracts/dto';
import type { ServerEventName, ServerEventPayload } from '../contracts/events';
import { userRoom } from './rooms';
import { roomAudience } from './presence';

/** Events for Socket.IO rooms: one server instance relays each to every instance. */
export const EVENTS_STREAM = 'rt:events';
/** Score changes: every instance reads them all, coalesces per target and emits to its sockets. */
export const VOTES_STREAM = 'rt:votes';
// Enough for minutes of traffic; a relay that falls further behind than this has bigger problems.
const STREAM_MAX_LENGTH = 20_000;

export interface VoteChange {
  targetType: TargetType;
  targetId: number;
  rooms: string[];
}

/**
 * Publishes real-time events through Redis, from a server or a worker alike: neither needs a
 * Socket.IO server to reach every connected client. Called after commit only; a failure is
 * logged and never fails the request (the data is committed; clients catch up on reload).
 */
export class RealtimePublisher {
  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly secret: string,
  ) {}

  userRoom(userId: number): string {
    return userRoom(userId, this.secret);
  }

  /** How many people watch each room now, over every server instance (0 when Redis cannot say). */
  async audience(rooms: string[]): Promise<number[]> {
    return roomAudience(this.redis, rooms).catch((err: unknown) => {
      this.logger.warn({ err }, 'audience not read');
      return rooms.map(() => 0);
    });
  }

  async emit<E extends ServerEventName>(rooms: string[], event: E, payload: ServerEventPayload<E>): Promise<void> {
    if (rooms.length === 0) return;
    await this.redis
      .xadd(
        EVENTS_STREAM,
        'MAXLEN',
        '~',
        STREAM_MAX_LENGTH,
        '*',
        'e',
        event,
        'r',
        JSON.stringify(rooms),
        'p',
        JSON.stringify(payload),
      )
      .catch((err: unknown) => this.logger.warn({ err, event }, 'real-time event not published'));
  }

  async voteChanged({ targetType, targetId, rooms }: VoteChange): Promise<void> {
    await this.redis
      .xadd(
        VOTES_STREAM,
        'MAXLEN',
        '~',
        STREAM_MAX_LENGTH,
        '*',
        't',
        targetType,
        'i',
        String(targetId),
        'r',
        JSON.stringify(rooms),
      )
      .catch((err: unknown) => this.logger.warn({ err, targetType, targetId }, 'vote change not published'));
  }
}
