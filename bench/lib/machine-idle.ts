/**
 * How idle the machine is (Linux /proc/stat): the benches print it next to their figures,
 * which are only comparable on an otherwise idle machine.
 */
import { readFileSync } from 'node:fs';

function cpuTimes(): { idle: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { idle: fields[3]! + (fields[4] ?? 0), total: fields.reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

/** Share of CPU time that was idle during the next `ms` milliseconds (0–1), or null off Linux */
export async function idleShare(ms = 1000): Promise<number | null> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTimes();
  return before && after ? (after.idle - before.idle) / Math.max(1, after.total - before.total) : null;
}

export const idleText = (share: number | null) => (share == null ? '?' : `${(share * 100).toFixed(0)} %`);
