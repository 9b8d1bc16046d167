// Typed Socket.IO event maps of ../shared/API.md, shared by the server, the workers (which
// publish the same events through Redis) and the client (`import type` through @contracts).
import type {
  Answer,
  ModerationCase,
  ModerationReason,
  Notification,
  PostStatus,
  QuestionSummary,
  TargetType,
} from './dto';

export type RoomName = string;

export type SocketErrorCode =
  'invalid_room' | 'forbidden' | 'not_found' | 'rate_limited' | 'validation_failed' | 'internal_error';

export type Ack = { ok: true; presence?: number } | { ok: false; error: { code: SocketErrorCode; message: string } };

export interface ClientToServerEvents {
  subscribe: (payload: { room: RoomName }, ack: (result: Ack) => void) => void;
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
}

export type ServerEventName = keyof ServerToClientEvents;
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];

export interface SocketData {
  userId: number | null;
}
