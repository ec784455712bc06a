/**
 * Resident memory of another process, from /proc (Linux only): VmRSS now, VmHWM the peak
 * since the process started or since `resetPeak`. A sampler keeps the highest VmRSS seen,
 * in case the kernel refuses to reset the peak.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface MemoryReading {
  rssKb: number;
  peakKb: number;
}

export function readMemory(pid: number): MemoryReading {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), peakKb: kb('VmHWM') };
}

/** Resets VmHWM to the current RSS (`echo 5 > /proc/PID/clear_refs`); false when not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS every `intervalMs` until stopped; answers the highest value seen. */
export function sampleRss(pid: number, intervalMs = 10): { stop: () => number } {
  let highest = readMemory(pid).rssKb;
  const timer = setInterval(() => {
    try {
      highest = Math.max(highest, readMemory(pid).rssKb);
    } catch {
      // the process is gone: keep what we saw
    }
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return highest;
    },
  };
}

export const megabytes = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
