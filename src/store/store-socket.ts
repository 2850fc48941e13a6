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
 * A client that disconnects holding the session has its transaction rolled back. A client that keeps the session but
 * goes quiet (idle in a transaction, or between Parse and Sync) would block the owner and every other client: after
 * `idleInTransactionMs` it is told why (an ErrorResponse with SQLSTATE 25P03, as PostgreSQL's
 * idle_in_transaction_session_timeout sends), its transaction is rolled back and it is disconnected.
 */

/** How long a socket client may hold the session without sending anything (XINPING_STORE_IDLE_IN_TRANSACTION_MS). */
export const DEFAULT_IDLE_IN_TRANSACTION_MS = 60_000;

export function readIdleInTransactionMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.XINPING_STORE_IDLE_IN_TRANSACTION_MS);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_IDLE_IN_TRANSACTION_MS;
}

/** A FATAL ErrorResponse ('E') as PostgreSQL sends it when it ends an idle-in-transaction session. */
export function encodeIdleTimeoutError(idleMs: number): Uint8Array {
  const message = `连接在事务中空闲超过 ${idleMs / 1000} 秒，占用了内嵌数据库（其他 xinping 命令和服务在此期间都须等待），已被数据库所有者断开，未提交的事务已回滚；请重新执行该命令`;
  const fields = [
    ['S', 'FATAL'],
    ['V', 'FATAL'],
    ['C', '25P03'],
    ['M', message],
  ].map(([code, text]) => Buffer.concat([Buffer.from(code!), Buffer.from(text!, 'utf8'), Buffer.from([0])]));
  const body = Buffer.concat([...fields, Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return new Uint8Array(Buffer.concat([header, body]));
}

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
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pglite: PGlite,
    private readonly lock: ConnectionLock,
    private readonly idleInTransactionMs: number,
    /** Disconnects a client (its handler's detach, which rolls back through clearTransactionIfNeeded). */
    private readonly disconnect: (handlerId: number) => void,
  ) {}

  async enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (this.holder?.handlerId === handlerId) this.stopIdleTimer();
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
      else if (this.holder?.handlerId === handlerId) this.startIdleTimer(handlerId, onData);
    }
    return size;
  }

  /** The holder keeps the session until its next message: cut it off if that does not come in time. */
  private startIdleTimer(handlerId: number, onData: (data: Uint8Array) => void): void {
    this.stopIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.holder?.handlerId !== handlerId) return;
      onData(encodeIdleTimeoutError(this.idleInTransactionMs));
      this.disconnect(handlerId);
    }, this.idleInTransactionMs);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
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
    this.stopIdleTimer();
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
export async function serveStoreSocket(
  pglite: PGlite,
  lock: ConnectionLock,
  socketPath: string,
  idleInTransactionMs = readIdleInTransactionMs(),
): Promise<StoreSocket> {
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  fs.rmSync(socketPath, { force: true });
  const handlers = new Set<PGLiteSocketHandler>();
  const disconnect = (handlerId: number) => {
    for (const handler of handlers) if (handler.handlerId === handlerId) void handler.detach(true);
  };
  const queryQueue = new LockedSessionQueue(
    pglite,
    lock,
    idleInTransactionMs,
    disconnect,
  ) as unknown as PGLiteSocketHandlerOptions['queryQueue'];
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
