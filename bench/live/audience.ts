// An audience process of the live-session benchmark, forked by bench/live/run.ts: it holds its
// share of the audience, anonymous socket.io-client connections (websocket only) subscribed to
// `session:{id}`, as a visitor's screen is, and records when each socket receives each question's
// approval (`session:question`, liveState approved) and each new score (`scores:updated`, or
// `vote:updated` with BENCH_LIVE_SCORES=per-target). At the
// end the benchmark sends it the requests' times and it counts the delays where the receipts are,
// into histograms (./histogram.ts): millions of deliveries never cross the IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, VoteUpdate } from '../../server/contracts/events';
import { LOOP_RESOLUTION_MS, loopDelayOf } from '../lib/loopDelay';
import { nowMs } from '../realtime/protocol';
import { Histogram } from './histogram';
import type { AudienceCommand, AudienceMessage, Deliveries, FanoutTiming, Reach, ScoreMode } from './protocol';

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const sockets: BenchSocket[] = [];
const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
loopDelay.enable();

/** Per approved question: which sockets have it, and when each first received it. */
const approvals = new Map<number, { seen: Uint8Array; times: number[] }>();
/**
 * Per question voted on: the score each socket holds, and for each score s the times at which
 * sockets first held s or more. Updates are coalesced: one update brings a socket from the score
 * it held to the one it carries, through every score in between.
 */
const scores = new Map<number, { held: Int32Array; levels: number[][] }>();
let tracking = false;
let voteMessages = 0;
let events: Record<string, number> = {};
let droppedSockets = 0;
let closing = false;

function send(message: AudienceMessage): void {
  process.send?.(message);
}

function listen(socket: BenchSocket, index: number): void {
  socket.onAny((event: string) => {
    if (tracking) events[event] = (events[event] ?? 0) + 1;
  });
  socket.on('session:question', ({ question }) => {
    if (!tracking || question.liveState !== 'approved') return;
    const at = nowMs();
    let entry = approvals.get(question.id);
    if (!entry) approvals.set(question.id, (entry = { seen: new Uint8Array(sockets.length), times: [] }));
    if (entry.seen[index]) return;
    entry.seen[index] = 1;
    entry.times.push(at);
  });
  const received = (at: number, { targetType, targetId, score }: VoteUpdate) => {
    if (targetType !== 'question') return;
    let entry = scores.get(targetId);
    if (!entry) scores.set(targetId, (entry = { held: new Int32Array(sockets.length), levels: [] }));
    const held = entry.held[index]!;
    if (score <= held) return;
    for (let s = held + 1; s <= score; s += 1) (entry.levels[s] ??= []).push(at);
    entry.held[index] = score;
  };
  socket.on('vote:updated', (update) => {
    if (!tracking || update.targetType !== 'question') return;
    voteMessages += 1;
    received(nowMs(), update);
  });
  socket.on('scores:updated', ({ updates }) => {
    if (!tracking || !updates.some((update) => update.targetType === 'question')) return;
    const at = nowMs();
    voteMessages += 1;
    for (const update of updates) received(at, update);
  });
  socket.on('disconnect', (reason) => {
    if (!closing && reason !== 'io client disconnect') droppedSockets += 1;
  });
}

/** One connection: websocket handshake, then the session room's subscription, acknowledged. */
function open(
  url: string,
  room: string,
  scores: ScoreMode,
  timeoutMs: number,
): Promise<{ socket: BenchSocket; ms: number }> {
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
      socket
        .timeout(timeoutMs)
        .emitWithAck('subscribe', scores === 'batched' ? { room, scores } : { room })
        .then((ack) => {
          if (ack.ok) resolve({ socket, ms: nowMs() - started });
          else fail(new Error(`subscribe refused: ${ack.error.code}`));
        }, fail);
    });
  });
}

async function connect(command: Extract<AudienceCommand, { type: 'connect' }>): Promise<void> {
  let failed = 0;
  const errors = new Map<string, number>();
  const connectMs: number[] = [];
  for (let done = 0; done < command.count; done += command.batch) {
    const size = Math.min(command.batch, command.count - done);
    const results = await Promise.allSettled(
      Array.from({ length: size }, () => open(command.url, command.room, command.scores, command.timeoutMs)),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') {
        listen(result.value.socket, sockets.length);
        sockets.push(result.value.socket);
        connectMs.push(result.value.ms);
      } else {
        failed += 1;
        const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
        errors.set(message, (errors.get(message) ?? 0) + 1);
      }
    }
    send({ type: 'progress', connected: sockets.length, failed });
  }
  send({
    type: 'connected',
    connected: sockets.length,
    failed,
    errors: [...errors].map(([message, n]) => `${n} × ${message}`),
    connectMs,
  });
}

function track(): void {
  tracking = true;
  approvals.clear();
  scores.clear();
  voteMessages = 0;
  events = {};
  loopDelay.reset();
  send({ type: 'tracking' });
}

/** The delays of one kind of event, each from its request, its response and the server's write. */
function deliveries(
  timings: ({ startedAt: number; respondedAt: number } & FanoutTiming)[],
  receipts: (i: number) => number[],
): Deliveries {
  const fromRequest = new Histogram();
  const fromResponse = new Histogram();
  const fromFanoutStart = new Histogram();
  const fromFanoutEnd = new Histogram();
  const reach: Reach[] = timings.map((timing, i) => {
    const times = receipts(i);
    let first: number | null = null;
    let last: number | null = null;
    for (const at of times) {
      fromRequest.add(at - timing.startedAt);
      fromResponse.add(at - timing.respondedAt);
      if (timing.fanoutStart !== null) fromFanoutStart.add(at - timing.fanoutStart);
      if (timing.fanoutEnd !== null) fromFanoutEnd.add(at - timing.fanoutEnd);
      if (first === null || at < first) first = at;
      if (last === null || at > last) last = at;
    }
    return { count: times.length, first, last };
  });
  return {
    fromRequest: fromRequest.toPairs(),
    fromResponse: fromResponse.toPairs(),
    fromFanoutStart: fromFanoutStart.toPairs(),
    fromFanoutEnd: fromFanoutEnd.toPairs(),
    reach,
  };
}

function results(command: Extract<AudienceCommand, { type: 'results' }>): void {
  tracking = false;
  const memory = process.memoryUsage();
  send({
    type: 'results',
    sockets: sockets.length,
    connected: sockets.filter((socket) => socket.connected).length,
    approvals: deliveries(command.approvals, (i) => approvals.get(command.approvals[i]!.questionId)?.times ?? []),
    votes: deliveries(command.votes, (i) => {
      const vote = command.votes[i]!;
      return scores.get(vote.targetId)?.levels[vote.score] ?? [];
    }),
    voteMessages,
    events,
    droppedSockets,
    loopDelayMs: loopDelayOf(loopDelay),
    rssMB: Math.round(memory.rss / 1024 ** 2),
  });
}

function close(): void {
  closing = true;
  tracking = false;
  for (const socket of sockets) socket.disconnect();
  sockets.length = 0;
  // Time for the close frames to leave before the process may exit.
  setTimeout(() => send({ type: 'closed' }), 1_000);
}

process.on('message', (command: AudienceCommand) => {
  switch (command.type) {
    case 'connect':
      void connect(command);
      break;
    case 'track':
      track();
      break;
    case 'results':
      results(command);
      break;
    case 'report':
      send({ type: 'report' });
      break;
    case 'close':
      close();
      break;
  }
});
// The benchmark stopped (or crashed): nothing is left holding connections.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
