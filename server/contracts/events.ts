// Typed Socket.IO event maps of ../shared/API.md, shared by the server, the workers (which
// publish the same events through Redis) and the client (`import type` through @contracts).
import type {
  Answer,
  LiveSessionInfo,
  ModerationCase,
  ModerationReason,
  Notification,
  PostStatus,
  QuestionSummary,
  SessionMessage,
  SessionQuestion,
  TargetType,
} from './dto';

export type RoomName = string;

export type SocketErrorCode =
  'invalid_room' | 'forbidden' | 'not_found' | 'rate_limited' | 'validation_failed' | 'internal_error';

export type Ack = { ok: true; presence?: number } | { ok: false; error: { code: SocketErrorCode; message: string } };

/**
 * How a subscriber receives the scores of what a room shows: `vote:updated`, one message per
 * target (the contract's default), or `batched`: one `scores:updated` per room and window with
 * every score that changed in it (an extension, for rooms with a large audience).
 */
export type ScoreDelivery = 'batched';

export interface ClientToServerEvents {
  subscribe: (payload: { room: RoomName; scores?: ScoreDelivery }, ack: (result: Ack) => void) => void;
  unsubscribe: (payload: { room: RoomName }, ack: (result: Ack) => void) => void;
}

export interface VoteUpdate {
  targetType: TargetType;
  targetId: number;
  score: number;
  /**
   * Grows with every change of this target's score: a client applies an update only when its
   * version is higher than the one it holds (updates of one target are coalesced).
   */
  version: number;
}

export interface ServerToClientEvents {
  'question:created': (payload: { question: QuestionSummary }) => void;
  'question:updated': (payload: { question: QuestionSummary }) => void;
  'question:removed': (payload: { questionId: number }) => void;
  'answer:created': (payload: { questionId: number; answer: Answer }) => void;
  'answer:updated': (payload: { questionId: number; answer: Answer }) => void;
  'answer:removed': (payload: { questionId: number; answerId: number }) => void;
  'answer:accepted': (payload: { questionId: number; answerId: number | null }) => void;
  'vote:updated': (payload: VoteUpdate) => void;
  /**
   * Every score that changed in `room` since its last message, to the sockets that subscribed to
   * it with `scores: 'batched'` (and to them instead of `vote:updated`): the first change after a
   * quiet spell at once, then at most one message per window (80 ms for a small room, longer for
   * a large audience). Each update is applied like a `vote:updated`, by its version.
   */
  'scores:updated': (payload: { room: RoomName; updates: VoteUpdate[] }) => void;
  presence: (payload: { room: RoomName; count: number }) => void;
  'post:status': (payload: {
    targetType: TargetType;
    targetId: number;
    status: PostStatus;
    reasons: ModerationReason[];
  }) => void;
  /** A case opened or changed, to the moderators' room. */
  'moderation:case': (payload: { case: ModerationCase }) => void;
  notification: (payload: { notification: Notification }) => void;
  /** The viewer's reputation after a change the reputation worker applied. */
  'reputation:updated': (payload: { reputation: number }) => void;
  /**
   * First event of every new connection, sent through the adapter like any broadcast: it gives
   * the client a position in the event log from the start, so that even a drop before anything
   * else happened can be recovered.
   */
  'connection:opened': (payload: { recovered: false }) => void;
  /** The connection could not be recovered: what the client shows may be stale; reload it. */
  resync: (payload: { reason: string }) => void;
  /**
   * A live session opened to questions, started, ended, or its public question count changed,
   * to `session:{id}`. Its audience changes come as `presence` on that room.
   */
  'session:updated': (payload: { session: LiveSessionInfo }) => void;
  /**
   * A session question changed (approved, state, assignment, drafting, answered, merged). Public
   * states go to `session:{id}`; pending, dismissed and merged ones only to its asker's `user:{id}`
   * (with the reason) and to `session:{id}:staff` (the staff's view, with the case). Votes come as
   * coalesced `vote:updated`, its answers as `answer:*`, and a public question that leaves
   * (dismissed, merged, hidden, deleted) as `question:removed`, on `session:{id}` too.
   */
  'session:question': (payload: { question: SessionQuestion }) => void;
  /** A message of the session's private channel, to `session:{id}:staff`. */
  'session:message': (payload: { message: SessionMessage }) => void;
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

export interface SocketData {
  userId: number | null;
}
