import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import { testEnv } from './hooks';
import type { TestClient } from './client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io-client over websocket, carrying the session cookie of `client` when given. */
export async function connectSocket(
  client?: TestClient,
  options: { baseUrl?: string; origin?: string } = {},
): Promise<TestSocket> {
  const headers: Record<string, string> = {};
  const cookie = client?.cookieHeader();
  if (cookie) headers.cookie = cookie;
  if (options.origin) headers.origin = options.origin;
  const socket: TestSocket = io(options.baseUrl ?? testEnv().baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export function subscribe(socket: TestSocket, room: string): Promise<Ack> {
  return socket.timeout(5_000).emitWithAck('subscribe', { room });
}

/** Resolves with the next `event` whose payload satisfies `match`, or rejects after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  ms = 5_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}
