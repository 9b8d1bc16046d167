// Preloaded into the server under test by bench/live/run.ts (`node --import tsx --import
// ./bench/live/server-probe.ts server/index.ts`), never by the application itself. It changes no
// behaviour; it only watches two things, so that the benchmark can tell where the audience's wait
// goes:
// - each local broadcast of the events the benchmark measures (`session:question`, `vote:updated`,
//   `scores:updated`, `session:updated`, `presence`): when the server began writing it to its sockets and when it had
//   written it to all of them (socket.io-adapter's in-memory `broadcast`, which every adapter,
//   the Redis streams one included, ends with), on the machine's monotonic clock that the
//   audience processes share, and to how many sockets;
// - the event loop's delay, second by second.
// On SIGUSR2 it writes both to LIVE_BENCH_PROBE_FILE and prints a marker line.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';

type Packet = { data?: unknown[] };
type BroadcastOptions = { rooms?: Set<string> };
interface InMemoryAdapter {
  rooms: Map<string, Set<string>>;
  broadcast(packet: Packet, options: BroadcastOptions): void;
}

/**
 * [event, id, state or score, fan-out start, fan-out end, sockets]: ids are question ids (answers
 * negative). A `scores:updated` carries its questions' scores as `id=score` pairs, comma-separated.
 */
export type ProbeBroadcast = [
  event: string,
  id: number,
  detail: string | number,
  start: number,
  end: number,
  sockets: number,
];
/** [second's end, p50, p99, max] of the event loop's delay in milliseconds, sampling interval included. */
export type ProbeLoopSample = [at: number, p50: number, p99: number, max: number];

const WATCHED = new Set(['session:question', 'vote:updated', 'scores:updated', 'session:updated', 'presence']);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

const require = createRequire(import.meta.url);
const { Adapter } = require('socket.io-adapter') as { Adapter: { prototype: InMemoryAdapter } };
const broadcasts: ProbeBroadcast[] = [];
const original = Adapter.prototype.broadcast;

Adapter.prototype.broadcast = function broadcast(this: InMemoryAdapter, packet: Packet, options: BroadcastOptions) {
  const event = packet.data?.[0];
  if (typeof event !== 'string' || !WATCHED.has(event)) return original.call(this, packet, options);
  const start = nowMs();
  original.call(this, packet, options);
  const end = nowMs();
  let sockets = 0;
  for (const room of options.rooms ?? []) sockets += this.rooms.get(room)?.size ?? 0;
  const payload = packet.data?.[1] as Record<string, any> | undefined;
  let id = 0;
  let detail: string | number;
  if (event === 'session:question') {
    id = Number(payload?.question?.id ?? 0);
    detail = String(payload?.question?.liveState ?? '');
  } else if (event === 'vote:updated') {
    id = payload?.targetType === 'answer' ? -Number(payload.targetId) : Number(payload?.targetId ?? 0);
    detail = Number(payload?.score ?? 0);
  } else if (event === 'scores:updated') {
    const updates = (payload?.updates ?? []) as { targetType: string; targetId: number; score: number }[];
    detail = updates
      .filter((u) => u.targetType === 'question')
      .map((u) => `${u.targetId}=${u.score}`)
      .join(',');
  } else if (event === 'session:updated') {
    id = Number(payload?.session?.id ?? 0);
    detail = Number(payload?.session?.questionCount ?? 0);
  } else {
    detail = Number(payload?.count ?? 0);
  }
  broadcasts.push([event, id, detail, start, end, sockets]);
};

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const loopSamples: ProbeLoopSample[] = [];
setInterval(() => {
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  loopSamples.push([nowMs(), ms(loop.percentile(50)), ms(loop.percentile(99)), ms(loop.max)]);
  loop.reset();
}, 1_000).unref();

process.on('SIGUSR2', () => {
  const file = process.env.LIVE_BENCH_PROBE_FILE;
  if (file) writeFileSync(file, JSON.stringify({ broadcasts, loopSamples }));
  process.stdout.write(
    `${JSON.stringify({ liveProbe: file ? 'written' : 'no file', broadcasts: broadcasts.length })}\n`,
  );
});
