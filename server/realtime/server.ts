import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { RequestHandler } from 'express';
import { Server, type Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { QueryTypes } from 'sequelize';
import { User } from '../../db/models';
import type { AppContext } from '../context';
import type { Ack, ClientToServerEvents, ServerToClientEvents, SocketData } from '../contracts/events';
import { PresenceCounter } from './presence';
import { RealtimeRelay } from './relay';
import { authorizeRoom, RoomRefusal, userRoom } from './rooms';
import { isBatchedScoresRoom, joinBatchedScores, leaveBatchedScores, orphanBatchedScores } from './scoreBatches';
import { SESSION_COOKIE } from '../middlewares/session';

type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const RECOVERY_WINDOW_MS = 2 * 60 * 1000;
const MAX_ROOMS_PER_SOCKET = 50;
const SUBSCRIPTIONS_PER_10_SECONDS = 40;

export interface RealtimeServer {
  io: IO;
  close(): Promise<void>;
}

/**
 * Cross-site WebSocket hijacking: CORS does not apply to websockets, so a browser page from
 * another site could open one with the user's cookie. Browsers always send Origin; it must be
 * this site. Clients that are not browsers send none and carry no ambient cookie.
 */
export function originAllowed(req: IncomingMessage, publicOrigin: string): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  return (
    origin === publicOrigin || (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
  );
}

function refusal(error: unknown): Ack {
  if (error instanceof RoomRefusal) return { ok: false, error: { code: error.code, message: error.message } };
  return { ok: false, error: { code: 'internal_error', message: 'Une erreur interne est survenue.' } };
}

export async function attachRealtime(
  httpServer: HttpServer,
  ctx: AppContext,
  session: RequestHandler,
): Promise<RealtimeServer> {
  const { config, logger } = ctx;
  const adapterRedis = ctx.redis.duplicate();
  const io: IO = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Clients only ever send subscribe and unsubscribe: a few hundred bytes at most.
    maxHttpBufferSize: 16_384,
    adapter: createAdapter(adapterRedis, {
      streamName: 'sio:stream',
      maxLen: 50_000,
      sessionKeyPrefix: 'sio:session:',
    }),
    // Middlewares run again on recovery, so a user who logged out or lost a role is not restored.
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    allowRequest: (req, callback) => callback(null, originAllowed(req, config.publicOrigin)),
  });

  // The session cookie authenticates the handshake (and only the handshake: upgrades reuse it).
  // Visitors have no session to read: most of the audience costs no Redis lookup.
  io.engine.use((req: IncomingMessage & { _query?: { sid?: string } }, res: never, next: (err?: unknown) => void) => {
    if (req._query?.sid === undefined && req.headers.cookie?.includes(`${SESSION_COOKIE}=`)) {
      session(req as never, res, next as never);
    } else next();
  });
  io.use(async (socket, next) => {
    try {
      const userId = (socket.request as IncomingMessage & { session?: { userId?: number } }).session?.userId;
      const user = userId ? await User.findByPk(userId, { attributes: ['id', 'removedAt'] }) : null;
      socket.data.userId = user && !user.removedAt ? user.id : null;
      // Engine.IO keeps the handshake request (and its session) for the connection's life
      // unless told otherwise: some 3 KB per socket that nothing reads after this point.
      (socket.conn as unknown as { request: unknown }).request = null;
      next();
    } catch (err) {
      logger.warn({ err }, 'socket handshake failed');
      next(new Error('Connexion impossible pour le moment.'));
    }
  });

  const presence = new PresenceCounter(io, ctx.redis, logger);
  const relay = new RealtimeRelay(io, ctx.redis, ctx.sequelize, logger);
  await presence.start();
  await relay.start();
  io.of('/').adapter.on('join-room', (room: string) => presence.changed(room));
  io.of('/').adapter.on('leave-room', (room: string) => presence.changed(room));

  const viewerOf = (socket: AppSocket) =>
    socket.data.userId === null ? Promise.resolve(null) : User.findByPk(socket.data.userId);

  io.on('connection', async (socket) => {
    const ownRoom = socket.data.userId === null ? null : userRoom(socket.data.userId, config.sessionSecret);
    // Handlers are registered before anything is awaited: a client subscribes as soon as it is
    // connected (or back), and an event that arrives with no handler yet is dropped.
    let recent: number[] = [];
    const tooMany = () => {
      const now = Date.now();
      recent = recent.filter((at) => now - at < 10_000);
      recent.push(now);
      return recent.length > SUBSCRIPTIONS_PER_10_SECONDS;
    };

    socket.on('subscribe', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      if (tooMany())
        return ack({ ok: false, error: { code: 'rate_limited', message: 'Trop de demandes : patientez.' } });
      try {
        const scores = payload?.scores;
        if (scores !== undefined && scores !== 'batched') {
          throw new RoomRefusal('validation_failed', 'Mode de réception des scores inconnu.');
        }
        const subscribed = [...socket.rooms].filter((room) => !isBatchedScoresRoom(room)).length;
        if (subscribed >= MAX_ROOMS_PER_SOCKET) {
          throw new RoomRefusal('forbidden', `Au plus ${MAX_ROOMS_PER_SOCKET} salons par connexion.`);
        }
        const room = await authorizeRoom(payload?.room, await viewerOf(socket));
        await socket.join(room);
        // Subscribing again may change how the room's scores arrive.
        if (scores === 'batched') await joinBatchedScores(socket, room);
        else await leaveBatchedScores(socket, room);
        presence.changed(room);
        ack({ ok: true, presence: await presence.total(room) });
      } catch (error) {
        if (!(error instanceof RoomRefusal)) logger.warn({ err: error }, 'subscribe failed');
        ack(refusal(error));
      }
    });

    socket.on('unsubscribe', async (payload, ack) => {
      if (typeof ack !== 'function') return;
      const room = payload?.room;
      if (typeof room !== 'string' || room === ownRoom || room === socket.id) {
        return ack({ ok: false, error: { code: 'invalid_room', message: 'Salon inconnu.' } });
      }
      await socket.leave(room);
      await leaveBatchedScores(socket, room);
      ack({ ok: true });
    });

    try {
      if (socket.recovered) {
        await reauthorizeRestoredRooms(socket, ownRoom);
        await sendCurrentScores(socket);
      } else {
        if (socket.handshake.auth?.pid) {
          // It had a session to recover, too old or unknown: what it shows may have gaps.
          socket.emit('resync', { reason: 'Connexion rétablie après une longue coupure : rechargez la page.' });
        }
        io.to(socket.id).emit('connection:opened', { recovered: false });
      }
      if (ownRoom) await socket.join(ownRoom);
    } catch (err) {
      // A failure here (the database unreachable) must not become an unhandled rejection.
      logger.warn({ err }, 'socket connection setup failed');
      socket.disconnect(true);
    }
  });

  async function reauthorizeRestoredRooms(socket: AppSocket, ownRoom: string | null): Promise<void> {
    const viewer = await viewerOf(socket);
    for (const room of [...socket.rooms]) {
      if (room === socket.id || room === ownRoom || isBatchedScoresRoom(room)) continue;
      if (room.startsWith('user:')) {
        await socket.leave(room);
        continue;
      }
      await authorizeRoom(room, viewer).catch(() => socket.leave(room));
    }
    // A room's batched scores go with the room.
    for (const room of orphanBatchedScores(socket)) await leaveBatchedScores(socket, room);
  }

  /** Scores are coalesced, not replayed: a recovered client gets the current ones of its questions. */
  async function sendCurrentScores(socket: AppSocket): Promise<void> {
    const ids = [...socket.rooms].filter((room) => room.startsWith('question:')).map((room) => Number(room.slice(9)));
    if (ids.length === 0) return;
    const rows = await ctx.sequelize.query<{ kind: 'question' | 'answer'; id: number; score: number; v: number }>(
      `SELECT 'question' AS kind, id, score, score_version AS v FROM questions WHERE id IN (:ids) AND status = 'published'
       UNION ALL
       SELECT 'answer', id, score, score_version FROM answers WHERE question_id IN (:ids) AND status = 'published'`,
      { replacements: { ids }, type: QueryTypes.SELECT },
    );
    for (const row of rows) {
      socket.emit('vote:updated', { targetType: row.kind, targetId: row.id, score: row.score, version: row.v });
    }
  }

  return {
    io,
    async close() {
      await relay.stop();
      await presence.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      adapterRedis.disconnect();
    },
  };
}
