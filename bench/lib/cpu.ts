// CPU time of the processes under test and of the machine, read from Linux /proc: the reputation
// and moderation benchmarks report it the same way, so they share this reading.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { round } from './report';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of one process, or null when it is gone (or not Linux). */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function pidsNamed(name: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** Busy and total CPU seconds of the whole machine, all cores (idle and iowait are not busy). */
function machineCpuSeconds(): { busy: number; total: number } | null {
  try {
    const values = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = values.reduce((sum, v) => sum + v, 0);
    return { busy: (total - values[3]! - values[4]!) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export interface CpuSnapshot {
  at: number;
  perPid: Map<number, number>;
  groups: Record<string, number[]>;
  machine: { busy: number; total: number } | null;
}

/**
 * CPU seconds of named groups of processes (`server: [pid]`…); the PostgreSQL and Redis servers
 * are found by process name, so they include whatever else uses them on the machine (the test
 * suite, another benchmark).
 */
export function cpuSnapshot(groups: Record<string, number[]>): CpuSnapshot {
  const all: Record<string, number[]> = {
    ...groups,
    postgres: pidsNamed('postgres'),
    redis: pidsNamed('redis-server'),
  };
  const perPid = new Map<number, number>();
  for (const pids of Object.values(all)) {
    for (const pid of pids) {
      const seconds = processCpuSeconds(pid);
      if (seconds !== null) perPid.set(pid, seconds);
    }
  }
  return { at: performance.now(), perPid, groups: all, machine: machineCpuSeconds() };
}

/**
 * Each group's CPU between two snapshots, in percent of one core; and the machine's, of all cores.
 * A process that started in between counts from zero; one that ended in between is missing
 * (PostgreSQL backends come and go with the connection pools, which keep theirs while busy).
 */
export function cpuPercent(start: CpuSnapshot, end: CpuSnapshot): Record<string, number> {
  const seconds = (end.at - start.at) / 1_000;
  const result: Record<string, number> = {};
  for (const [group, pids] of Object.entries(end.groups)) {
    let used = 0;
    for (const pid of pids) {
      const after = end.perPid.get(pid);
      if (after !== undefined) used += after - (start.perPid.get(pid) ?? 0);
    }
    result[group] = round((used / seconds) * 100);
  }
  if (start.machine && end.machine) {
    const total = end.machine.total - start.machine.total;
    result.machineBusyOfAllCores = round(((end.machine.busy - start.machine.busy) / total) * 100);
  }
  return result;
}
