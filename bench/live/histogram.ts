// Durations kept as a histogram of 0.1 ms buckets: 2 000 sockets × thousands of events are
// millions of deliveries, which the audience processes count where they happen and send as a few
// thousand [bucket, count] pairs. Percentiles are nearest-rank, as bench/lib/stats.ts computes
// them from lists, exact to 0.1 ms.
import type { HistogramPairs } from './protocol';

export interface HistogramStats {
  count: number;
  mean: number;
  min: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export class Histogram {
  private readonly counts = new Map<number, number>();
  private total = 0;
  private sum = 0;

  add(ms: number): void {
    const bucket = Math.round(ms * 10);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.total += 1;
    this.sum += ms;
  }

  merge(pairs: HistogramPairs): void {
    for (const [bucket, count] of pairs) {
      this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + count);
      this.total += count;
      this.sum += (bucket / 10) * count;
    }
  }

  get count(): number {
    return this.total;
  }

  toPairs(): HistogramPairs {
    return [...this.counts];
  }

  /** The share of values ≤ `ms`, in percent. */
  shareAtMost(ms: number): number | null {
    if (this.total === 0) return null;
    const limit = Math.round(ms * 10);
    let under = 0;
    for (const [bucket, count] of this.counts) if (bucket <= limit) under += count;
    return Math.round((1_000 * under) / this.total) / 10;
  }

  stats(): HistogramStats | null {
    if (this.total === 0) return null;
    const buckets = [...this.counts].sort((a, b) => a[0] - b[0]);
    const rank = (q: number) => {
      const wanted = Math.max(1, Math.ceil((q / 100) * this.total));
      let seen = 0;
      for (const [bucket, count] of buckets) {
        seen += count;
        if (seen >= wanted) return bucket / 10;
      }
      return buckets[buckets.length - 1]![0] / 10;
    };
    return {
      count: this.total,
      mean: round1(this.sum / this.total),
      min: buckets[0]![0] / 10,
      p50: rank(50),
      p90: rank(90),
      p95: rank(95),
      p99: rank(99),
      max: buckets[buckets.length - 1]![0] / 10,
    };
  }
}

export function histogramOf(values: Iterable<number>): Histogram {
  const histogram = new Histogram();
  for (const value of values) histogram.add(value);
  return histogram;
}
