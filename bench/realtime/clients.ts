// A client process of the real-time benchmark, forked by bench/realtime/run.ts: it holds its share
// of the socket.io-client connections (websocket only, anonymous, one question room each) and
// records when each socket receives the events being measured. Commands and reports travel over
// the IPC channel (./protocol.ts).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../server/contracts/events';
import { nowMs, type ClientCommand, type ClientMessage, type TrackMode } from './protocol';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Viewer {
  socket: BenchSocket;
  /** votes: the highest score version this socket has received. */
  version: number;
}

const viewers: Viewer[] = [];
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();

let mode: TrackMode = 'none';
let voteTarget = -1;
let answers = new Map<number, number[]>();
let versions = new Map<number, number[]>();
let voteMessages = 0;
let events: Record<string, number> = {};
let droppedSockets = 0;
let closing = false;

function send(message: ClientMessage): void {
  process.send?.(message);
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function listen(viewer: Viewer): void {
  const { socket } = viewer;
  socket.onAny((event: string) => {
    if (mode !== 'none') events[event] = (events[event] ?? 0) + 1;
  });
  socket.on('answer:created', ({ answer }) => {
    if (mode === 'answers') push(answers, answer.id, nowMs());
  });
  socket.on('vote:updated', ({ targetType, targetId, version }) => {
    if (mode !== 'votes' || targetType !== 'answer' || targetId !== voteTarget) return;
    voteMessages += 1;
    if (version <= viewer.version) return;
    const at = nowMs();
    // Coalesced: this one update brings every version up to its own.
    for (let v = viewer.version + 1; v <= version; v += 1) push(versions, v, at);
    viewer.version = version;
  });
  socket.on('disconnect', (reason) => {
    if (!closing && reason !== 'io client disconnect') droppedSockets += 1;
  });
}

/** One connection: websocket handshake, then the room's subscription, acknowledged. */
function open(url: string, room: string, timeoutMs: number): Promise<{ viewer: Viewer; ms: number }> {
  const started = nowMs();
  return new Promise((resolve, reject) => {
    const socket: BenchSocket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: timeoutMs,
    });
    const fail = (error: Error) => {
      socket.disconnect();
      reject(error);
    };
    socket.once('connect_error', fail);
    socket.once('connect', () => {
      socket.off('connect_error', fail);
      const viewer: Viewer = { socket, version: Number.MAX_SAFE_INTEGER };
      listen(viewer);
      socket
        .timeout(timeoutMs)
        .emitWithAck('subscribe', { room })
        .then((ack) => {
          if (ack.ok) resolve({ viewer, ms: nowMs() - started });
          else fail(new Error(`subscribe refused: ${ack.error.code}`));
        }, fail);
    });
  });
}

async function connect(command: Extract<ClientCommand, { type: 'connect' }>): Promise<void> {
  let failed = 0;
  const errors = new Map<string, number>();
  const connectMs: number[] = [];
  for (let done = 0; done < command.count; done += command.batch) {
    const size = Math.min(command.batch, command.count - done);
    const results = await Promise.allSettled(
      Array.from({ length: size }, () => open(command.url, command.room, command.timeoutMs)),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') {
        viewers.push(result.value.viewer);
        connectMs.push(result.value.ms);
      } else {
        failed += 1;
        const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
        errors.set(message, (errors.get(message) ?? 0) + 1);
      }
    }
    send({ type: 'progress', connected: viewers.length, failed });
  }
  send({
    type: 'connected',
    connected: viewers.length,
    failed,
    errors: [...errors].map(([message, n]) => `${n} × ${message}`),
    connectMs,
  });
}

function track(command: Extract<ClientCommand, { type: 'track' }>): void {
  mode = command.mode;
  voteTarget = command.targetId ?? -1;
  answers = new Map();
  versions = new Map();
  voteMessages = 0;
  events = {};
  for (const viewer of viewers) viewer.version = command.fromVersion ?? Number.MAX_SAFE_INTEGER;
  loopDelay.reset();
  send({ type: 'tracking' });
}

function report(): void {
  const memory = process.memoryUsage();
  send({
    type: 'report',
    connected: viewers.filter((viewer) => viewer.socket.connected).length,
    answers: Object.fromEntries(answers),
    versions: Object.fromEntries(versions),
    voteMessages,
    events,
    droppedSockets,
    loopDelayMs: loopDelayOf(loopDelay),
    rssMB: Math.round(memory.rss / 1024 ** 2),
    heapUsedMB: Math.round(memory.heapUsed / 1024 ** 2),
  });
}

function close(): void {
  closing = true;
  mode = 'none';
  for (const viewer of viewers) viewer.socket.disconnect();
  viewers.length = 0;
  // Time for the close frames to leave before the process may exit.
  setTimeout(() => send({ type: 'closed' }), 1_000);
}

process.on('message', (command: ClientCommand) => {
  switch (command.type) {
    case 'connect':
      void connect(command);
      break;
    case 'track':
      track(command);
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
