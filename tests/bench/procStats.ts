/**
 * CPU time of another process read from /proc/<pid>/stat, so a server's figure is measured
 * from outside and nothing in the load generator blurs it. Resolution: one clock tick (10 ms).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

export interface CpuTimes {
  /** User and kernel CPU so far, in microseconds. */
  user: number;
  system: number;
}

/** CPU used by `pid` so far. */
export function cpuTimes(pid: number): CpuTimes {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const micros = (field: string | undefined) => (Number(field) * 1_000_000) / TICKS_PER_SECOND;
  return { user: micros(fields[11]), system: micros(fields[12]) };
}

/** User + system CPU of `pid` so far, in microseconds. */
export function cpuMicros(pid: number): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/** CPU busy time of the whole machine so far (all cores, /proc/stat), in microseconds. */
export function machineBusyMicros(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  // cpu user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
  const [user, nice, system, _idle, _iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const ticks = [user, nice, system, irq, softirq, steal].reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return (ticks * 1_000_000) / TICKS_PER_SECOND;
}
