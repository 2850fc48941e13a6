import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createTestStore, engines, type TestStore } from '../../../test/support/stores.ts';
import type { Store } from '../../store/connect.ts';
import type { Database } from '../../store/database.ts';
import { PgliteDialect } from '../../store/pglite-dialect.ts';
import { importFile } from '../import/import-file.ts';
import { parseSecretKey } from '../import/protect-personal.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleCsv } from '../import/sample-files.ts';
import { snapshotStore } from '../import/test-helpers.ts';

const secretKey = parseSecretKey('5a'.repeat(32));
const today = '2026-11-01';

/**
 * A query builder on the store's database that openStore did not make: commitBatch cannot reach COPY through it and
 * stages the batch's rows with INSERT statements. (Never destroyed: on PGlite that would close the database.)
 */
function builderWithoutCopy(store: Store): Kysely<Database> {
  const raw = store.raw;
  if (raw.engine === 'pglite') return new Kysely<Database>({ dialect: new PgliteDialect(raw.pglite) });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: raw.pool }) });
}

/** The digest of its versions that each committed batch's audit event carries, in batch order. */
async function versionDigests(store: Store): Promise<string[]> {
  const result = await sql<{ digest: string }>`
    select payload->>'versionsDigest' as digest from audit_events where action = 'import.committed' order by seq`.execute(
    store.db,
  );
  return result.rows.map((row) => row.digest);
}

/** Every record version with the columns the batch digest covers, and each record's current state, as text. */
async function storedHistory(store: Store): Promise<string[]> {
  const result = await sql<{ line: string }>`
    select jsonb_build_array(v.record_id, v.version, v.enterprise_id, v.change, v.status, v.occurred_on, v.amount,
      v.fields, v.content_hash, v.batch_id, v.source_row, r.version)::text as line
    from record_versions v join records r on r.id = v.record_id order by v.record_id, v.version`.execute(store.db);
  return result.rows.map((row) => row.line);
}

for (const engine of engines()) {
  describe(`a batch written through the staging table [${engine}]`, () => {
    let staged: TestStore;
    let byInsert: TestStore;
    let grouped: TestStore;
    let withoutCopy: Kysely<Database>;
    let dir: string;
    before(async () => {
      staged = await createTestStore(engine);
      byInsert = await createTestStore(engine);
      grouped = await createTestStore(engine);
      withoutCopy = builderWithoutCopy(byInsert.store);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-commit-batch-'));
    });
    after(async () => {
      await staged?.drop();
      await byInsert?.drop();
      await grouped?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const importWith = (db: Kysely<Database>, file: string, mergeGroupRows?: number) =>
      importFile(db, {
        file,
        department: '区市场监管局',
        mode: 'all-or-nothing',
        operator: '测试员',
        secretKey,
        today,
        chunkSize: 7,
        commit: { mergeGroupRows },
      });
    const importBoth = async (name: string, rows: ReturnType<typeof samplePenaltyRow>[]) => {
      const file = path.join(dir, name);
      writeSampleCsv(file, PENALTY_HEADERS, rows);
      return {
        staged: await importWith(staged.store.db, file),
        byInsert: await importWith(withoutCopy, file),
      };
    };

    test('staged by COPY or by INSERT, the same files give the same records, history and audit digest', async () => {
      const first = await importBoth(
        'first.csv',
        Array.from({ length: 30 }, (_, n) => samplePenaltyRow(n)),
      );
      assert.equal(first.staged.status, 'committed');
      assert.equal(first.staged.created, 30);
      assert.deepEqual(
        { created: first.staged.created, updated: first.staged.updated, unchanged: first.staged.unchanged },
        { created: first.byInsert.created, updated: first.byInsert.updated, unchanged: first.byInsert.unchanged },
      );

      // A second file corrects three decisions, repeats the others and adds five new ones.
      const second = await importBoth(
        'second.csv',
        Array.from({ length: 35 }, (_, n) => samplePenaltyRow(n, n < 3 ? { 备注: `第${n}条已更正` } : {})),
      );
      assert.deepEqual(
        { created: second.staged.created, updated: second.staged.updated, unchanged: second.staged.unchanged },
        { created: 5, updated: 3, unchanged: 27 },
      );
      assert.deepEqual(
        { created: second.byInsert.created, updated: second.byInsert.updated, unchanged: second.byInsert.unchanged },
        { created: 5, updated: 3, unchanged: 27 },
      );

      const digests = await versionDigests(staged.store);
      assert.equal(digests.length, 2);
      assert.match(digests[0], /^[0-9a-f]{64}$/);
      assert.deepEqual(digests, await versionDigests(byInsert.store));
      const history = await storedHistory(staged.store);
      assert.equal(history.length, 38);
      assert.deepEqual(history, await storedHistory(byInsert.store));
    });

    test('merged in groups of 11 rows, the same files give the same records, history and digests as merged at once', async () => {
      // Rows in groups of 11 (chunks of 7 make groups of 14): the batch is staged and merged three times.
      const counts = [];
      for (const name of ['first.csv', 'second.csv']) {
        const { created, updated, unchanged } = await importWith(grouped.store.db, path.join(dir, name), 11);
        counts.push({ created, updated, unchanged });
      }
      assert.deepEqual(counts, [
        { created: 30, updated: 0, unchanged: 0 },
        { created: 5, updated: 3, unchanged: 27 },
      ]);
      assert.deepEqual(await versionDigests(grouped.store), await versionDigests(staged.store));
      assert.deepEqual(await storedHistory(grouped.store), await storedHistory(staged.store));
      const enterprises = async (store: Store) =>
        (
          await sql<{
            line: string;
          }>`select id || ' ' || uscc || ' ' || name as line from enterprises order by id`.execute(store.db)
        ).rows.map((row) => row.line);
      assert.deepEqual(await enterprises(grouped.store), await enterprises(staged.store));
    });

    test('a subject named differently in two groups of one batch keeps the name of its first row', async () => {
      const rows = Array.from({ length: 30 }, (_, n) =>
        samplePenaltyRow(100 + n, {
          '行政相对人代码_1(统一社会信用代码)': samplePenaltyRow(100)['行政相对人代码_1(统一社会信用代码)'],
          行政相对人名称: n === 0 ? '鄂州首名科技有限公司' : '鄂州后名科技有限公司',
        }),
      );
      const file = path.join(dir, 'renamed.csv');
      writeSampleCsv(file, PENALTY_HEADERS, rows);
      for (const [store, groupRows] of [
        [grouped, 11],
        [staged, undefined],
      ] as const) {
        const result = await importWith(store.store.db, file, groupRows);
        assert.equal(result.created, 30);
        const named = await sql<{ name: string; records: number }>`
          select e.name, count(r.id)::integer as records from enterprises e join records r on r.enterprise_id = e.id
          where e.uscc = ${samplePenaltyRow(100)['行政相对人代码_1(统一社会信用代码)']} group by e.name`.execute(
          store.store.db,
        );
        assert.deepEqual(named.rows, [{ name: '鄂州首名科技有限公司', records: 30 }]);
      }
    });

    test('re-importing the same file changes no record and no version', async () => {
      const file = path.join(dir, 'second.csv');
      const before = await snapshotStore(staged.store.db);
      const again = await importWith(staged.store.db, file);
      assert.equal(again.status, 'committed');
      assert.deepEqual(
        { created: again.created, updated: again.updated, unchanged: again.unchanged },
        {
          created: 0,
          updated: 0,
          unchanged: 35,
        },
      );
      const after = await snapshotStore(staged.store.db);
      assert.equal(after.digest.records, before.digest.records);
      assert.equal(after.digest.record_versions, before.digest.record_versions);
      assert.equal(after.counts.enterprises, before.counts.enterprises);
    });
  });
}
