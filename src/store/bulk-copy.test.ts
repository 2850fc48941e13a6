import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { appendAuditEvent } from '../services/audit/append-audit-event.ts';
import {
  COPY_NULL_INT32,
  CopyColumnReader,
  copyQueryInto,
  copyQueryOut,
  copyRowsIn,
  daysFromCivil,
  encodeCopyRow,
  encodeCopyValue,
  withCopySession,
} from './bulk-copy.ts';

const AWKWARD_TEXTS = [
  'tab\there',
  'line\nbreak and carriage\rreturn',
  'back\\slash and \\N and \\.',
  '华容区市场监督管理局 罚款 0.5 万元',
  '',
  'ends with a backslash\\',
  '"quotes" {braces} ,commas,',
];

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

describe('encodeCopyValue', () => {
  test('null and undefined become \\N, and text that merely looks like it is escaped', () => {
    assert.equal(encodeCopyValue(null), '\\N');
    assert.equal(encodeCopyValue(undefined), '\\N');
    assert.equal(encodeCopyValue('\\N'), '\\\\N');
  });

  test('tabs, newlines, carriage returns and backslashes are escaped so a row stays one line', () => {
    assert.equal(encodeCopyValue('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e');
    assert.equal(encodeCopyRow(['x', 1, null, true]), 'x\t1\t\\N\tt\n');
  });

  test('arrays become PostgreSQL array literals and objects become JSON', () => {
    assert.equal(encodeCopyValue(['high_tech', 'a "b"']), '{"high_tech","a \\\\"b\\\\""}');
    assert.equal(encodeCopyValue({ 法律状态: '有效' }), '{"法律状态":"有效"}');
  });
});

describe('CopyColumnReader', () => {
  test('a row split across chunks at any byte is read the same as in one piece', () => {
    const text = Buffer.from(
      '1\t2024-02-29\t12.3400\tpatent\n-7\t\\N\t\\N\t\\N\n2147483647\t1970-01-01\t-0.5\thonor\n',
    );
    for (let cut = 0; cut <= text.length; cut += 1) {
      const reader = new CopyColumnReader({
        id: 'int32',
        on: 'date',
        amount: 'float64',
        kind: { enum: ['honor', 'patent'] },
      });
      reader.push(text.subarray(0, cut));
      reader.push(text.subarray(cut));
      const { rowCount, columns } = reader.finish();
      assert.equal(rowCount, 3);
      assert.deepEqual([...columns.id], [1, -7, 2147483647]);
      assert.deepEqual([...columns.on], [daysFromCivil(2024, 2, 29), COPY_NULL_INT32, 0]);
      assert.deepEqual([...columns.amount], [12.34, NaN, -0.5]);
      assert.deepEqual([...columns.kind], [1, COPY_NULL_INT32, 0]);
    }
  });

  test('day numbers agree with the calendar on both sides of leap days and centuries', () => {
    for (const date of [
      '1970-01-01',
      '1999-12-31',
      '2000-02-29',
      '2000-03-01',
      '2024-02-29',
      '2100-03-01',
      '2099-12-31',
    ]) {
      const reader = new CopyColumnReader({ on: 'date' });
      reader.push(Buffer.from(`${date}\n`));
      assert.equal(reader.finish().columns.on[0], Date.parse(`${date}T00:00:00Z`) / 86_400_000, date);
    }
  });

  test('an unknown enum value reads as −1 and a skipped column is not kept', () => {
    const reader = new CopyColumnReader({ level: { enum: ['轻微', '一般', '严重'] }, name: 'skip', id: 'int32' });
    reader.push(Buffer.from('严重\t任何\\t文本\t5\n很重\t\\N\t6\n'));
    const { columns } = reader.finish();
    assert.deepEqual([...columns.level], [2, -1]);
    assert.equal(columns.name, undefined);
    assert.deepEqual([...columns.id], [5, 6]);
  });

  test('columns grow past the initial capacity without losing rows', () => {
    const reader = new CopyColumnReader({ id: 'int32', amount: 'float64' }, { capacity: 1 });
    const rows = Array.from({ length: 5000 }, (_, index) => `${index}\t${index}.25\n`).join('');
    reader.push(Buffer.from(rows));
    const { rowCount, columns } = reader.finish();
    assert.equal(rowCount, 5000);
    assert.equal(columns.id[4999], 4999);
    assert.equal(columns.amount[4999], 4999.25);
  });

  test('a field of the wrong type names the row and the column', () => {
    const reader = new CopyColumnReader({ id: 'int32', on: 'date' });
    assert.throws(() => reader.push(Buffer.from('1\t2024-01-01\nx\t2024-01-02\n')), /row 2: column id/);
  });

  test('output that stops in the middle of a row is refused at the end', () => {
    const reader = new CopyColumnReader({ id: 'int32' });
    reader.push(Buffer.from('1\n2'));
    assert.throws(() => reader.finish(), /ends inside a row/);
  });
});

describeOnEachEngine('bulk COPY', (store, engine, owner) => {
  // Probe tables are made by the tables' owner (the platform's PostgreSQL role may not create tables) and opened to it.
  const createProbeTable = async (definition: string) => {
    await sql.raw(`create table ${definition}`).execute(owner().db);
    await sql.raw(`grant all on ${definition.split(' ')[0]} to public`).execute(owner().db);
  };
  test('text with tabs, newlines, backslashes, Chinese and nulls round-trips through COPY in and out', async () => {
    await createProbeTable('copy_probe (id integer, label text, note text, tags text[], extra jsonb)');
    const rows = AWKWARD_TEXTS.map((text, index) => [
      index,
      text,
      index % 2 ? null : `${text}!`,
      ['a\tb', '中文', 'q"uote'],
      { text },
    ]);
    const written = await copyRowsIn(
      store(),
      'copy_probe',
      ['id', 'label', 'note', 'tags', 'extra'],
      (function* () {
        for (const row of rows) yield encodeCopyRow(row);
      })(),
    );
    assert.equal(written, rows.length);

    const stored = await sql<{
      id: number;
      label: string;
      note: string | null;
      tags: string[];
      extra: { text: string };
    }>`
      select id, label, note, tags, extra from copy_probe order by id`.execute(store().db);
    assert.deepEqual(
      stored.rows.map((row) => [row.id, row.label, row.note, row.tags, row.extra]),
      rows,
    );

    const output = await collect(copyQueryOut(store(), 'select id, label, note from copy_probe order by id'));
    const expected = rows.map((row) => encodeCopyRow(row.slice(0, 3))).join('');
    assert.equal(output.toString('utf8'), expected);
  });

  test('a query over several ranges parses into the right typed columns', async () => {
    await createProbeTable('copy_numbers (id integer, on_day date, amount numeric(18, 4), level text)');
    const levels = ['轻微', '一般', '严重'];
    const lines = Array.from({ length: 3000 }, (_, index) =>
      encodeCopyRow([
        index + 1,
        index % 7 === 0 ? null : `2020-01-${String((index % 28) + 1).padStart(2, '0')}`,
        index % 5 === 0 ? null : index / 4,
        index % 4 === 3 ? null : levels[index % 4],
      ]),
    );
    assert.equal(await copyRowsIn(store(), 'copy_numbers', ['id', 'on_day', 'amount', 'level'], lines), 3000);

    const ranges = [0, 1000, 2000].map(
      (from) =>
        `select id, on_day, amount, level from copy_numbers where id > ${from} and id <= ${from + 1000} order by id`,
    );
    const reader = new CopyColumnReader({ id: 'int32', onDay: 'date', amount: 'float64', level: { enum: levels } });
    for await (const chunk of copyQueryOut(store(), ranges)) reader.push(chunk);
    const { rowCount, columns } = reader.finish();
    assert.equal(rowCount, 3000);
    for (const index of [0, 1, 4, 5, 6, 7, 1234, 2999]) {
      assert.equal(columns.id[index], index + 1);
      assert.equal(columns.onDay[index], index % 7 === 0 ? COPY_NULL_INT32 : daysFromCivil(2020, 1, (index % 28) + 1));
      assert.deepEqual(columns.amount[index], index % 5 === 0 ? NaN : index / 4);
      assert.equal(columns.level[index], index % 4 === 3 ? COPY_NULL_INT32 : index % 4);
    }
  });

  test("copyQueryInto streams the same bytes as copyQueryOut, and reports a bad query with the server's message", async () => {
    await createProbeTable('copy_stream (id integer, label text)');
    const lines = Array.from({ length: 20_000 }, (_, index) => encodeCopyRow([index, `第${index}行\t含制表符`]));
    await copyRowsIn(store(), 'copy_stream', ['id', 'label'], [lines.join('')]);
    const pieces: Buffer[] = [];
    await copyQueryInto(store(), 'select id, label from copy_stream order by id', (chunk) =>
      pieces.push(Buffer.from(chunk)),
    );
    assert.equal(Buffer.concat(pieces).toString('utf8'), lines.join(''));
    const reader = new CopyColumnReader({ id: 'int32', label: 'skip' });
    await copyQueryInto(
      store(),
      ['select id, label from copy_stream where id < 10000', 'select id, label from copy_stream where id >= 10000'],
      (chunk) => reader.push(chunk),
    );
    assert.equal(reader.finish().rowCount, 20_000);
    await assert.rejects(
      copyQueryInto(store(), 'select no_such_column from copy_stream', () => {}),
      /no_such_column/,
    );
    await assert.rejects(
      copyQueryInto(store(), 'select id, label from copy_stream', () => {
        throw new Error('consumer gave up');
      }),
      /consumer gave up/,
    );
    // The connection is still usable.
    const count = await sql<{ count: number }>`select count(*)::int as count from copy_stream`.execute(store().db);
    assert.equal(count.rows[0].count, 20_000);
  });

  test('a failed copy leaves no rows behind', async () => {
    await createProbeTable('copy_atomic (id integer not null)');
    await assert.rejects(copyRowsIn(store(), 'copy_atomic', ['id'], ['1\n2\n', 'not a number\n']));
    const count = await sql<{ count: number }>`select count(*)::int as count from copy_atomic`.execute(store().db);
    assert.equal(count.rows[0].count, 0);
    // The store is still usable afterwards.
    assert.equal(await copyRowsIn(store(), 'copy_atomic', ['id'], ['3\n']), 1);
  });

  test('a session commits COPY and ordinary queries together, or rolls both back', async () => {
    await createProbeTable('copy_session (id integer)');
    await withCopySession(store(), async (session) => {
      await copyRowsIn(session, 'copy_session', ['id'], ['1\n2\n']);
      await appendAuditEvent(session.trx, {
        actor: 'bench',
        action: 'import.committed',
        subjectType: 'table',
        subjectId: 'copy_session',
        payload: { rows: 2 },
      });
      const seen = await collect(copyQueryOut(session, 'select count(*) from copy_session'));
      assert.equal(seen.toString(), '2\n');
    });
    await assert.rejects(
      withCopySession(store(), async (session) => {
        await copyRowsIn(session, 'copy_session', ['id'], ['3\n']);
        throw new Error('abandon');
      }),
      /abandon/,
    );
    const ids = await sql<{ id: number }>`select id from copy_session order by id`.execute(store().db);
    assert.deepEqual(
      ids.rows.map((row) => row.id),
      [1, 2],
    );
    const audit = await sql<{
      count: number;
    }>`select count(*)::int as count from audit_events where subject_id = 'copy_session'`.execute(store().db);
    assert.equal(audit.rows[0].count, 1);
  });

  // PGlite has one connection: a query from elsewhere must not land inside the session's transaction. (On PostgreSQL
  // it simply runs on another connection.)
  if (engine === 'pglite')
    test('Kysely queries issued during a session wait for it instead of slipping inside it', async () => {
      await createProbeTable('copy_exclusive (id integer)');
      let outside: Promise<unknown> | undefined;
      await assert.rejects(
        withCopySession(store(), async (session) => {
          await copyRowsIn(session, 'copy_exclusive', ['id'], ['1\n']);
          outside = sql`insert into copy_exclusive values (2)`.execute(store().db);
          await new Promise((resolve) => setTimeout(resolve, 50));
          throw new Error('roll back');
        }),
      );
      await outside;
      const ids = await sql<{ id: number }>`select id from copy_exclusive order by id`.execute(store().db);
      assert.deepEqual(
        ids.rows.map((row) => row.id),
        [2],
      );
    });
});
