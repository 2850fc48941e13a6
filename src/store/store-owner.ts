import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../domain/app-error.ts';

/**
 * Who holds an embedded data directory. Exactly one process opens the PGlite files; it records itself in
 * `<dataDir>/xinping.lock`. A serving owner (`xinping serve` / `start`) also records the socket on which it serves the
 * database to other `xinping` processes; any other owner holds the directory alone until it exits.
 */
export interface StoreOwner {
  pid: number;
  /** Process start time from /proc (clock ticks since boot), so a reused pid is not mistaken for the owner. */
  startTime: string | null;
  hostname: string;
  /** The command line, for the message a refused process prints. */
  command: string;
  /** Unix socket path of a serving owner, else null. */
  socket: string | null;
}

export const LOCK_FILE = 'xinping.lock';
const TAKEOVER_FILE = 'xinping.lock.takeover';
/** A takeover file older than this was left by a process killed while clearing a stale lock. */
const TAKEOVER_STALE_MS = 10_000;

/** Start time of a process (field 22 of /proc/PID/stat), or null where /proc is not available. */
export function readProcessStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded owner still runs. An owner on another host cannot be checked and counts as alive. */
export function isOwnerAlive(owner: StoreOwner): boolean {
  if (owner.hostname !== os.hostname()) return true;
  if (!isProcessAlive(owner.pid)) return false;
  const startTime = readProcessStartTime(owner.pid);
  return owner.startTime === null || startTime === null || startTime === owner.startTime;
}

export function readOwner(dataDir: string): StoreOwner | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as StoreOwner;
  } catch {
    // The file is written whole before it is linked into place (claimStore), so this is damage, not a race.
    throw new AppError(
      'INTERNAL',
      `锁文件 ${path.join(dataDir, LOCK_FILE)} 内容无法识别；确认没有 xinping 进程在使用该数据目录后删除此文件再试。`,
    );
  }
}

/** Describes the owner for messages: “进程 1234(xinping start)”. */
export function describeOwner(owner: StoreOwner): string {
  const where = owner.hostname === os.hostname() ? '' : `，主机 ${owner.hostname}`;
  return `进程 ${owner.pid}（${owner.command}${where}）`;
}

/**
 * Makes this process the owner of `dataDir`, or returns the live owner that holds it. A lock left by a process that is
 * gone is cleared first. The lock file appears atomically with its full content (written aside, then hard-linked).
 */
export function claimStore(
  dataDir: string,
  command: string,
  socket: string | null,
): { claimed: true; release(): void } | { claimed: false; owner: StoreOwner } {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE);
  const me: StoreOwner = {
    pid: process.pid,
    startTime: readProcessStartTime(process.pid),
    hostname: os.hostname(),
    command,
    socket,
  };
  const draft = `${lockPath}.${process.pid}`;
  fs.writeFileSync(draft, `${JSON.stringify(me)}\n`, { mode: 0o600 });
  try {
    for (;;) {
      try {
        fs.linkSync(draft, lockPath);
        return { claimed: true, release: () => releaseIfMine(lockPath, me) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(dataDir);
      if (owner && isOwnerAlive(owner)) return { claimed: false, owner };
      if (owner) clearStaleLock(dataDir, owner);
    }
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function releaseIfMine(lockPath: string, me: StoreOwner): void {
  const owner = readOwner(path.dirname(lockPath));
  if (owner?.pid === me.pid && owner.startTime === me.startTime) fs.rmSync(lockPath, { force: true });
}

/**
 * Removes a dead owner's lock. Two processes may find the same stale lock: a takeover file taken with O_EXCL lets only
 * one of them remove it, after checking that the lock is still that dead owner's (not a newcomer's).
 */
function clearStaleLock(dataDir: string, stale: StoreOwner): void {
  const takeoverPath = path.join(dataDir, TAKEOVER_FILE);
  let descriptor: number;
  try {
    descriptor = fs.openSync(takeoverPath, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - (fs.statSync(takeoverPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_STALE_MS) fs.rmSync(takeoverPath, { force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    return;
  }
  try {
    const current = readOwner(dataDir);
    if (current && current.pid === stale.pid && current.startTime === stale.startTime && !isOwnerAlive(current)) {
      fs.rmSync(path.join(dataDir, LOCK_FILE), { force: true });
    }
  } finally {
    fs.closeSync(descriptor);
    fs.rmSync(takeoverPath, { force: true });
  }
}
