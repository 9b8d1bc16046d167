// The client process of the reputation benchmark, forked by bench/reputation/run.ts: one
// logged-in socket.io-client connection per author (websocket only, the author's session cookie,
// the site's Origin), which the server puts in the author's own room. It records when each
// `reputation:updated` arrives, on the machine's monotonic clock, away from the benchmark's event
// loop, which is busy sending the votes.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';
import { nowMs } from '../realtime/protocol';
import type { AuthorSocket, ClientCommand, ClientMessage, ClientReport } from './protocol';

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const sockets: BenchSocket[] = [];
const pushes: ClientReport['pushes'] = [];
const events: Record<string, number> = {};
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();
let droppedSockets = 0;
let closing = false;

function send(message: ClientMessage): void {
  process.send?.(message);
}

/**
 * Resolves on `connection:opened`: the server sends it through its adapter just before it joins
 * the socket to the user's room, so by the time it arrives the room holds the socket.
 */
function open(url: string, origin: string, author: AuthorSocket, timeoutMs: number): Promise<BenchSocket> {
  return new Promise((resolve, reject) => {
    const socket: BenchSocket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: timeoutMs,
      extraHeaders: { cookie: author.cookie, origin },
    });
    const timer = setTimeout(() => fail(new Error('no connection:opened in time')), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(error);
    };
    socket.once('connect_error', fail);
    socket.onAny((event: string) => {
      events[event] = (events[event] ?? 0) + 1;
    });
    socket.on('reputation:updated', ({ reputation }) => {
      pushes.push([author.userId, nowMs(), reputation]);
    });
    socket.on('disconnect', (reason) => {
      if (!closing && reason !== 'io client disconnect') droppedSockets += 1;
    });
    socket.once('connection:opened', () => {
      clearTimeout(timer);
      socket.off('connect_error', fail);
      resolve(socket);
    });
  });
}

async function connect(command: Extract<ClientCommand, { type: 'connect' }>): Promise<void> {
  let failed = 0;
  const errors = new Map<string, number>();
  for (let done = 0; done < command.authors.length; done += command.batch) {
    const results = await Promise.allSettled(
      command.authors
        .slice(done, done + command.batch)
        .map((author) => open(command.url, command.origin, author, command.timeoutMs)),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') sockets.push(result.value);
      else {
        failed += 1;
        const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
        errors.set(message, (errors.get(message) ?? 0) + 1);
      }
    }
    send({ type: 'progress', connected: sockets.length });
  }
  // What arrived while connecting (connection:opened, presence) is not traffic.
  for (const event of Object.keys(events)) delete events[event];
  loopDelay.reset();
  send({
    type: 'connected',
    connected: sockets.length,
    failed,
    errors: [...errors].map(([message, n]) => `${n} × ${message}`),
  });
}

function report(): void {
  send({
    type: 'report',
    connected: sockets.filter((socket) => socket.connected).length,
    pushes,
    events,
    droppedSockets,
    loopDelayMs: loopDelayOf(loopDelay),
    rssMB: Math.round(process.memoryUsage().rss / 1024 ** 2),
  });
}

function close(): void {
  closing = true;
  for (const socket of sockets) socket.disconnect();
  sockets.length = 0;
  // Time for the close frames to leave before the process may exit.
  setTimeout(() => send({ type: 'closed' }), 500);
}

process.on('message', (command: ClientCommand) => {
  switch (command.type) {
    case 'connect':
      void connect(command);
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
