/** The machine a run happened on: core count, CPU model, memory, Node version, date. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { MachineInfo } from './results.js';

function cpuModel(): string {
  const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
}

/** Reads the machine description for the report. */
export function describeMachine(): MachineInfo {
  return {
    cpus: Number(execFileSync('nproc').toString().trim()),
    cpuModel: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}
