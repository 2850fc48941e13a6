import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { AppError } from '../domain/app-error.ts';
import type { ConnectionLock } from './pglite-dialect.ts';

/**
 * The serving owner of an embedded store hands its PGlite to other `xinping` processes over a Unix socket, speaking
 * the PostgreSQL protocol (pglite-socket's per-connection handler); they connect with the ordinary `pg` client.
 *
 * PGlite has one session. A client holds it, through the same `ConnectionLock` as the owner's own Kysely, from its
 * first message until a message that ends a protocol exchange (Sync, a simple Query, Terminate, the startup packet)
 * leaves the session outside a transaction. So no statement of the owner or of another client can land inside a
 * client's transaction or between its Parse and Sync, and the owner's transactions are just as safe from clients.
 * A client that disconnects holding the session has its transaction rolled back.
 */

/** `pg` connects to `<host directory>/.s.PGSQL.<port>`; the port is only part of the file name here. */
export const SOCKET_PORT = 5432;
const SOCKET_NAME = `.s.PGSQL.${SOCKET_PORT}`;
/** sun_path holds 108 bytes on Linux (104 on macOS) including the final NUL. */
const MAX_SOCKET_PATH_BYTES = 103;

/** Where the owner of `dataDir` listens: inside it when the path fits, else in a per-directory folder under the temp dir. */
export function chooseSocketPath(dataDir: string): string {
  const inside = path.join(dataDir, SOCKET_NAME);
  if (Buffer.byteLength(inside) <= MAX_SOCKET_PATH_BYTES) return inside;
  const digest = crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const aside = path.join(os.tmpdir(), `xinping-${digest}`, SOCKET_NAME);
  if (Buffer.byteLength(aside) <= MAX_SOCKET_PATH_BYTES) return aside;
  throw new AppError(
    'INVALID_INPUT',
    `数据目录路径过长（${Buffer.byteLength(inside)} 字节），临时目录 ${os.tmpdir()} 也过长，无法创建供其他 xinping 命令连接的本地套接字（上限 ${MAX_SOCKET_PATH_BYTES} 字节）；请用较短的 XINPING_DATA_DIR 或 TMPDIR。`,
  );
}

const FIRST_BYTE_STARTUP = 0; // the startup packet has no type byte; its length's first byte is 0
const MESSAGE_SYNC = 0x53; // 'S'
const MESSAGE_QUERY = 0x51; // 'Q'
const MESSAGE_TERMINATE = 0x58; // 'X'

function endsExchange(message: Uint8Array): boolean {
  const type = message[0];
  return type === FIRST_BYTE_STARTUP || type === MESSAGE_SYNC || type === MESSAGE_QUERY || type === MESSAGE_TERMINATE;
}

/** The queue pglite-socket's handler sends each client message to (its `queryQueue` option), holding the shared lock. */
class LockedSessionQueue {
  private holder: { handlerId: number; release: () => void } | undefined;
  private readonly disconnected = new Set<number>();

  constructor(
    private readonly pglite: PGlite,
    private readonly lock: ConnectionLock,
  ) {}

  async enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (this.holder?.handlerId !== handlerId) {
      const release = await this.lock.acquire();
      if (this.disconnected.delete(handlerId)) {
        release();
        throw new Error('Handler disconnected');
      }
      this.holder = { handlerId, release };
    }
    let size = 0;
    try {
      await this.pglite.runExclusive(() =>
        this.pglite.execProtocolRawStream(message, {
          onRawData: (data) => {
            size += data.length;
            onData(data);
          },
        }),
      );
    } finally {
      if (endsExchange(message) && !this.pglite.isInTransaction()) this.releaseHolder();
    }
    return size;
  }

  /** The handler calls this when its client goes; a message of it still waiting for the lock gives up. */
  clearQueueForHandler(handlerId: number): void {
    if (this.holder?.handlerId !== handlerId) this.disconnected.add(handlerId);
  }

  /** The handler calls this when its client goes: roll back what it left open and hand the session on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.holder?.handlerId !== handlerId) return;
    try {
      if (this.pglite.isInTransaction()) await this.pglite.exec('rollback');
    } finally {
      this.releaseHolder();
    }
  }

  private releaseHolder(): void {
    const holder = this.holder;
    this.holder = undefined;
    holder?.release();
  }
}

export interface StoreSocket {
  readonly path: string;
  /** Stops accepting clients and disconnects the connected ones (rolling back what they left open). */
  close(): Promise<void>;
}

/** Listens on `socketPath` (removing a dead owner's socket file first; the caller holds the lock file). */
export async function serveStoreSocket(pglite: PGlite, lock: ConnectionLock, socketPath: string): Promise<StoreSocket> {
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  fs.rmSync(socketPath, { force: true });
  const queryQueue = new LockedSessionQueue(pglite, lock) as unknown as PGLiteSocketHandlerOptions['queryQueue'];
  const handlers = new Set<PGLiteSocketHandler>();
  const server = net.createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true });
    handlers.add(handler);
    handler.addEventListener('close', () => handlers.delete(handler));
    handler.addEventListener('error', () => handlers.delete(handler));
    void handler.attach(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Only this operating-system user may connect: the socket has no password of its own. The socket file is created
    // synchronously inside listen(), so the narrowed umask applies to it alone.
    const previousMask = process.umask(0o177);
    try {
      server.listen(socketPath, () => {
        server.off('error', reject);
        resolve();
      });
    } finally {
      process.umask(previousMask);
    }
  });
  return {
    path: socketPath,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      await closed;
      fs.rmSync(socketPath, { force: true });
    },
  };
}
