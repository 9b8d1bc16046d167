// An event loop's delay as the reputation and moderation benchmarks report it, for their own
// process and for their client process alike. Kept apart from ./report.ts so that the client
// processes, whose memory is reported, load nothing more than before.
import type { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LoopDelay } from '../realtime/protocol';

/** The histogram's sampling interval, which every delay it records includes. */
export const LOOP_RESOLUTION_MS = 10;

/** The delays beyond the sampling interval, in milliseconds rounded to 0.1. */
export function loopDelayOf(histogram: ReturnType<typeof monitorEventLoopDelay>): LoopDelay {
  const ms = (ns: number) => Math.round(Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS) * 10) / 10;
  return {
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    mean: ms(histogram.mean),
  };
}
