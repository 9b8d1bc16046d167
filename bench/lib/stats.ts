// Nearest-rank percentiles of a list of durations, as the reputation and moderation benchmarks
// report them: shared so that both compute their figures the same way.
import { round } from './report';

export interface Stats {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, rounded to 0.1. */
export function stats(values: number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = (q: number) => sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)]!;
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    mean: round(sum / sorted.length),
    min: round(sorted[0]!),
    p50: round(rank(50)),
    p90: round(rank(90)),
    p99: round(rank(99)),
    max: round(sorted[sorted.length - 1]!),
  };
}
