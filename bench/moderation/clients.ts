// The client process of the moderation benchmark, forked by bench/moderation/run.ts. It holds
// two kinds of socket.io-client connections (websocket only, the site's Origin):
// - one per author, logged in with the author's session cookie: the server puts it in the
//   author's own room, where the worker's `post:status` arrives (held posts' reasons);
// - anonymous observers, each subscribed to a share of the question rooms: what any visitor of
//   the question page receives, where a published answer arrives as `answer:created`.
// It records when each event arrives, on the machine's monotonic clock, away from the
// benchmark's event loop, which is busy sending the posts.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';
import { nowMs } from '../realtime/protocol';
import type { AuthorSocket, ClientCommand, ClientMessage, ClientReport, PublicEvent, StatusEvent } from './protocol';

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Connect = Extract<ClientCommand, { type: 'connect' }>;

const authorSockets: BenchSocket[] = [];
const observerSockets: BenchSocket[] = [];
let publicEvents: PublicEvent[] = [];
let statusEvents: StatusEvent[] = [];
let events: ClientReport['events'] = { observers: {}, authors: {} };
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();
let droppedSockets = 0;
let closing = false;

function send(message: ClientMessage): void {
  process.send?.(message);
}

function socketFor(command: Connect, cookie?: string): BenchSocket {
  const socket: BenchSocket = io(command.url, {
    path: '/socket.io',
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: command.timeoutMs,
    extraHeaders: cookie ? { cookie, origin: command.origin } : { origin: command.origin },
  });
  socket.on('disconnect', (reason) => {
    if (!closing && reason !== 'io client disconnect') droppedSockets += 1;
  });
  return socket;
}

/**
 * Resolves on `connection:opened`: the server sends it through its adapter just before it joins
 * the socket to the user's room, so by the time it arrives the room holds the socket.
 */
function openAuthor(command: Connect, author: AuthorSocket): Promise<BenchSocket> {
  return new Promise((resolve, reject) => {
    const socket = socketFor(command, author.cookie);
    const timer = setTimeout(() => fail(new Error('no connection:opened in time')), command.timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(error);
    };
    socket.once('connect_error', fail);
    socket.onAny((event: string) => {
      events.authors[event] = (events.authors[event] ?? 0) + 1;
    });
    socket.on('post:status', ({ targetType, targetId, status, reasons }) => {
      if (targetType !== 'answer') return;
      statusEvents.push([targetId, nowMs(), status, reasons.map((reason) => reason.check), author.userId]);
    });
    socket.once('connection:opened', () => {
      clearTimeout(timer);
      socket.off('connect_error', fail);
      resolve(socket);
    });
  });
}

/** An anonymous socket, subscribed to each of `rooms` in turn (each acknowledged). */
function openObserver(command: Connect, rooms: string[]): Promise<BenchSocket> {
  return new Promise((resolve, reject) => {
    const socket = socketFor(command);
    const fail = (error: Error) => {
      socket.disconnect();
      reject(error);
    };
    socket.once('connect_error', fail);
    socket.onAny((event: string) => {
      events.observers[event] = (events.observers[event] ?? 0) + 1;
    });
    const record = (event: string) => (payload: { answer: { id: number; status: string } }) => {
      publicEvents.push([payload.answer.id, nowMs(), event, payload.answer.status]);
    };
    socket.on('answer:created', record('answer:created'));
    socket.on('answer:updated', record('answer:updated'));
    socket.on('answer:removed', ({ answerId }) => publicEvents.push([answerId, nowMs(), 'answer:removed', '']));
    socket.once('connect', () => {
      socket.off('connect_error', fail);
      void (async () => {
        for (const room of rooms) {
          const ack = await socket.timeout(command.timeoutMs).emitWithAck('subscribe', { room });
          if (!ack.ok) throw new Error(`subscribe to ${room} refused: ${ack.error.code}`);
        }
      })().then(() => resolve(socket), fail);
    });
  });
}

async function connect(command: Connect): Promise<void> {
  let failed = 0;
  const errors = new Map<string, number>();
  const settle = (results: PromiseSettledResult<BenchSocket>[], kind: 'author' | 'observer') => {
    for (const result of results) {
      if (result.status === 'fulfilled') {
        (kind === 'author' ? authorSockets : observerSockets).push(result.value);
      } else {
        failed += 1;
        const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
        errors.set(`${kind}: ${message}`, (errors.get(`${kind}: ${message}`) ?? 0) + 1);
      }
    }
    send({ type: 'progress', connected: authorSockets.length + observerSockets.length });
  };
  const groups: string[][] = [];
  for (let i = 0; i < command.rooms.length; i += command.roomsPerObserver) {
    groups.push(command.rooms.slice(i, i + command.roomsPerObserver));
  }
  settle(await Promise.allSettled(groups.map((rooms) => openObserver(command, rooms))), 'observer');
  for (let done = 0; done < command.authors.length; done += command.batch) {
    const batch = command.authors.slice(done, done + command.batch);
    settle(await Promise.allSettled(batch.map((author) => openAuthor(command, author))), 'author');
  }
  send({
    type: 'connected',
    authors: authorSockets.length,
    observers: observerSockets.length,
    rooms: observerSockets.length === groups.length ? command.rooms.length : -1,
    failed,
    errors: [...errors].map(([message, n]) => `${n} × ${message}`),
  });
}

function reset(): void {
  publicEvents = [];
  statusEvents = [];
  events = { observers: {}, authors: {} };
  loopDelay.reset();
  send({ type: 'reset' });
}

function report(): void {
  send({
    type: 'report',
    authorsConnected: authorSockets.filter((socket) => socket.connected).length,
    observersConnected: observerSockets.filter((socket) => socket.connected).length,
    publicEvents,
    statusEvents,
    events,
    droppedSockets,
    loopDelayMs: loopDelayOf(loopDelay),
    rssMB: Math.round(process.memoryUsage().rss / 1024 ** 2),
  });
}

function close(): void {
  closing = true;
  for (const socket of [...authorSockets, ...observerSockets]) socket.disconnect();
  authorSockets.length = 0;
  observerSockets.length = 0;
  // Time for the close frames to leave before the process may exit.
  setTimeout(() => send({ type: 'closed' }), 500);
}

process.on('message', (command: ClientCommand) => {
  switch (command.type) {
    case 'connect':
      void connect(command);
      break;
    case 'reset':
      reset();
      break;
    case 'report':
      report();
      break;
    case 'close':
      close();
      break;
  }
});
// The benchmark stopped (or crashed): nothing is left holding connections.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
