/**
 * Who holds a lock file, and whether that holder still runs. A pid alone is not proof (pids are
 * reused after a crash): on Linux the holder's process start time, read from /proc/<pid>/stat,
 * must match the one it recorded. Elsewhere the lock's age stands in for it.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

export interface LockHolder {
  pid: number;
  /** The process start time (clock ticks since boot, Linux); undefined where unknown. */
  start: string | undefined;
  /** Tells this holder from any other; unique, not secret. */
  token: string;
  /** When the lock was taken (ms since the epoch). */
  at: number;
}

export function newToken(): string {
  return `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
}

/** Field 22 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

export function thisProcessHolder(): LockHolder {
  return { pid: process.pid, start: processStart(process.pid), token: newToken(), at: 0 };
}

export function describeHolder(holder: LockHolder): string {
  return JSON.stringify(holder);
}

/** The holder recorded in a lock file's text; undefined for text no pcsh version wrote whole. */
export function readHolder(text: string, now: number): LockHolder | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder> | number;
    // A bare pid (older lock files) has no token and no start time: trusted only until it is old.
    if (typeof parsed === 'number') return Number.isInteger(parsed) && parsed > 0 ? { pid: parsed, start: undefined, token: '', at: now - 1e12 } : undefined;
    const { pid, start, token, at } = parsed ?? {};
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0 || typeof token !== 'string') return undefined;
    return { pid, start: typeof start === 'string' ? start : undefined, token, at: typeof at === 'number' ? at : 0 };
  } catch {
    return undefined;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the holder still runs: its pid exists and is the same process (start time), or, unverifiable, the lock is young. */
export function holderAlive(holder: LockHolder, now: number, staleMs: number): boolean {
  if (!processExists(holder.pid)) return false;
  const current = holder.start === undefined ? undefined : processStart(holder.pid);
  if (current !== undefined) return current === holder.start;
  return now - holder.at <= staleMs;
}
