import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { copyQueryInto, copyRowsIn, encodeCopyRow } from './bulk-copy.ts';
import { openStore, type Store } from './connect.ts';
import { readOwner } from './store-owner.ts';
import { chooseSocketPath, SOCKET_PORT } from './store-socket.ts';

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('a serving owner and the clients of its socket never interleave', () => {
  let dir: string;
  let owner: Store;
  const clients: pg.Client[] = [];

  async function connectClient(): Promise<pg.Client> {
    const socket = readOwner(path.join(dir, 'data'))!.socket!;
    const client = new pg.Client({
      host: path.dirname(socket),
      port: SOCKET_PORT,
      user: 'postgres',
      database: 'postgres',
    });
    await client.connect();
    clients.push(client);
    return client;
  }
  const order = async () =>
    (await sql<{ who: string }>`select who from interleave order by id`.execute(owner.db)).rows.map((row) => row.who);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-socket-'));
    owner = await openStore(
      { dataDir: path.join(dir, 'data') },
      { serve: true, migrate: false, command: 'node --test' },
    );
    await sql`create table interleave (id serial primary key, who text not null)`.execute(owner.db);
  });
  after(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
    await owner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a client statement waits for the owner transaction to commit instead of landing inside it', async () => {
    await sql`truncate interleave`.execute(owner.db);
    const client = await connectClient();
    let clientDone: Promise<unknown> | undefined;
    await owner.db.transaction().execute(async (trx) => {
      await sql`insert into interleave (who) values ('owner-1')`.execute(trx);
      clientDone = client.query(`insert into interleave (who) values ('client')`);
      await pause(300);
      await sql`insert into interleave (who) values ('owner-2')`.execute(trx);
    });
    await clientDone;
    assert.deepEqual(await order(), ['owner-1', 'owner-2', 'client']);
  });

  test('an owner statement waits for a client transaction, and another client waits too', async () => {
    await sql`truncate interleave`.execute(owner.db);
    const first = await connectClient();
    const second = await connectClient();
    await first.query('begin');
    await first.query(`insert into interleave (who) values ($1)`, ['client-1a']);
    const ownerDone = sql`insert into interleave (who) values ('owner')`.execute(owner.db);
    const secondDone = second.query(`insert into interleave (who) values ($1)`, ['client-2']);
    await pause(300);
    await first.query(`insert into interleave (who) values ($1)`, ['client-1b']);
    await first.query('commit');
    await Promise.all([ownerDone, secondDone]);
    const rows = await order();
    assert.deepEqual(rows.slice(0, 2), ['client-1a', 'client-1b']);
    assert.deepEqual([...rows.slice(2)].sort(), ['client-2', 'owner']);
  });

  test('a client that goes away inside a transaction is rolled back and the owner carries on', async () => {
    await sql`truncate interleave`.execute(owner.db);
    const client = await connectClient();
    await client.query('begin');
    await client.query(`insert into interleave (who) values ('abandoned')`);
    client.on('error', () => {}); // its connection is cut below on purpose
    const ownerDone = sql`insert into interleave (who) values ('owner')`.execute(owner.db);
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await ownerDone;
    assert.deepEqual(await order(), ['owner']);
  });

  test('a client of the socket writes and reads COPY rows like the owner does: escapes, nulls, arrays, json and dates intact', async () => {
    for (const table of ['copied', 'copied_in_process'])
      await sql`create table ${sql.id(table)} (id int, note text, tags text[], extra jsonb, day date)`.execute(
        owner.db,
      );
    const rows = [
      [1, 'tab\there, newline\nthere, backslash \\ and 中文', ['a', 'b c', 'quote"d'], { level: '一般' }, '2026-02-28'],
      [2, null, [], null, null],
    ];
    const columns = ['id', 'note', 'tags', 'extra', 'day'];
    const readAll = async (store: Store, table: string) => {
      const read: string[] = [];
      await copyQueryInto(store, `select * from ${table} order by id`, (chunk) =>
        read.push(Buffer.from(chunk).toString('utf8')),
      );
      return read.join('');
    };
    await copyRowsIn(owner, 'copied_in_process', columns, [rows.map(encodeCopyRow).join('')]);
    const client = await openStore({ dataDir: path.join(dir, 'data') }, { migrate: false });
    try {
      assert.equal(client.raw.engine, 'pglite-socket');
      assert.equal(await copyRowsIn(client, 'copied', columns, [rows.map(encodeCopyRow).join('')]), 2);
      const expected = await readAll(owner, 'copied_in_process');
      assert.match(expected, /^1\ttab\\there, newline\\nthere, backslash \\\\ and 中文\t/);
      assert.equal(await readAll(client, 'copied'), expected);
      assert.equal(await readAll(owner, 'copied'), expected);
    } finally {
      await client.close();
    }
  });

  test('the socket can be used by this operating-system user only', () => {
    const socket = readOwner(path.join(dir, 'data'))!.socket!;
    assert.equal(fs.statSync(socket).mode & 0o777, 0o600);
  });
});

test('a data directory too long for a Unix socket gets its socket in the temporary directory', () => {
  const long = path.join(os.tmpdir(), 'x'.repeat(120));
  const socket = chooseSocketPath(long);
  assert.ok(socket.startsWith(os.tmpdir()));
  assert.ok(Buffer.byteLength(socket) <= 103);
  assert.equal(chooseSocketPath(long), socket, 'every process finds the same path for the same directory');
});

describe('a socket client idle inside a transaction', () => {
  const IDLE_MS = 700;
  let dir: string;
  let owner: Store;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-socket-idle-'));
    process.env.XINPING_STORE_IDLE_IN_TRANSACTION_MS = String(IDLE_MS);
    try {
      owner = await openStore(
        { dataDir: path.join(dir, 'data') },
        { serve: true, migrate: false, command: 'node --test' },
      );
    } finally {
      delete process.env.XINPING_STORE_IDLE_IN_TRANSACTION_MS;
    }
    await sql`create table idle_writes (id serial primary key, who text not null)`.execute(owner.db);
  });
  after(async () => {
    await owner.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('is cut off with a Chinese message saying why, its transaction rolled back, and the owner and other clients carry on', async () => {
    const socket = readOwner(path.join(dir, 'data'))!.socket!;
    const connect = async () => {
      const client = new pg.Client({
        host: path.dirname(socket),
        port: SOCKET_PORT,
        user: 'postgres',
        database: 'postgres',
      });
      await client.connect();
      return client;
    };
    const idle = await connect();
    const told = new Promise<Error>((resolve) => idle.on('error', resolve));
    await idle.query('begin');
    await idle.query(`insert into idle_writes (who) values ('idle client')`);
    const started = performance.now();
    // The owner waits behind the idle transaction until the client is cut off, not forever.
    await sql`insert into idle_writes (who) values ('owner')`.execute(owner.db);
    const waited = performance.now() - started;
    assert.ok(waited >= IDLE_MS * 0.8 && waited < IDLE_MS + 5_000, `the owner waited ${waited.toFixed(0)} ms`);
    const error = (await told) as Error & { code?: string };
    assert.equal(error.code, '25P03');
    assert.match(
      error.message,
      /^连接在事务中空闲超过 0\.7 秒，占用了内嵌数据库.*未提交的事务已回滚；请重新执行该命令$/,
    );
    await assert.rejects(idle.query('commit'), 'the cut-off connection is closed');
    const other = await connect();
    try {
      assert.deepEqual((await other.query('select who from idle_writes order by id')).rows, [{ who: 'owner' }]);
    } finally {
      await other.end();
    }
  });

  test('a client that keeps sending inside a long transaction is not cut off', async () => {
    const socket = readOwner(path.join(dir, 'data'))!.socket!;
    const client = new pg.Client({
      host: path.dirname(socket),
      port: SOCKET_PORT,
      user: 'postgres',
      database: 'postgres',
    });
    await client.connect();
    try {
      await client.query('begin');
      for (let step = 0; step < 4; step += 1) {
        await client.query(`insert into idle_writes (who) values ($1)`, [`busy ${step}`]);
        await pause(IDLE_MS / 2);
      }
      await client.query('commit');
      assert.equal(
        (
          await sql<{ count: number }>`select count(*)::int as count from idle_writes where who like 'busy %'`.execute(
            owner.db,
          )
        ).rows[0]!.count,
        4,
      );
    } finally {
      await client.end();
    }
  });
});
