import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { createTestStore, engines } from '../../../test/support/stores.ts';
import { commitBatch } from '../records/commit-batch.ts';
import type { HashAlgorithm } from '../crypto/crypto-suite.ts';
import { findRecordForWorkflow, writeRecordVersion } from '../workflows/rewrite-record-status.ts';
import { appendAuditEvent, hashAuditEvent } from './append-audit-event.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

function penalty(number: number, amount: number): NormalizedRecord {
  return {
    sourceRow: number + 1,
    subjectUscc: '91420703MA4F1B2C3D',
    subjectName: '鄂州华容测试科技有限公司',
    kind: 'administrative_penalty',
    naturalKey: `华市监罚〔2025〕${number}号|11420703MB1234567X`,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: '2025-03-01',
    endsOn: null,
    level: '一般',
    subtype: '罚款',
    grade: null,
    amount,
    quantity: null,
    fields: { fine_amount: amount },
  };
}

/** Builds a trail of five events: import batch 1 (seq 1), a registration (2), batch 2 (3), batch 3 (4), a demo event (5). */
async function buildTrail(db: Kysely<Database>): Promise<void> {
  const batch = (records: NormalizedRecord[]) =>
    commitBatch(
      db,
      {
        departmentCode: 'scjg',
        kind: 'administrative_penalty',
        fileName: 'p.xlsx',
        fileHash: 'h',
        format: 'xlsx',
        mode: 'all-or-nothing',
        operator: '张三',
      },
      [records],
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );
  await batch([penalty(1, 1), penalty(2, 2)]);
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: '李四',
      action: 'enterprise.registered',
      subjectType: 'enterprise',
      subjectId: '1',
      payload: { uscc: '91420703MA4F1B2C3D' },
    }),
  );
  await batch([penalty(3, 3)]);
  await batch([penalty(1, 1.5)]);
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: '演示数据',
      action: 'demo.generated',
      subjectType: 'demo',
      subjectId: '1',
      payload: { enterprises: 1 },
    }),
  );
}

/** Changes protected history the way someone with direct database access would: triggers off, change, triggers on. */
async function tamper(
  db: Kysely<Database>,
  table: 'audit_events' | 'record_versions' | 'audit_heads',
  change: string,
): Promise<void> {
  await sql`alter table ${sql.table(table)} disable trigger user`.execute(db);
  await sql.raw(change).execute(db);
  await sql`alter table ${sql.table(table)} enable trigger user`.execute(db);
}

for (const engine of engines()) {
  describe(`verifying the audit chain [${engine}]`, () => {
    // Every test tampers with its own store: each gets a fresh trail.
    async function withTrail(check: (db: Kysely<Database>, owner: Kysely<Database>) => Promise<void>): Promise<void> {
      const handle = await createTestStore(engine);
      try {
        await buildTrail(handle.store.db);
        await check(handle.store.db, handle.owner.db);
      } finally {
        await handle.drop();
      }
    }

    test('an empty trail verifies', async () => {
      const handle = await createTestStore(engine);
      try {
        const result = await verifyAuditChain(handle.store.db);
        assert.deepEqual(result, { ok: true, eventsChecked: 0, head: { seq: 0, hash: '0'.repeat(64) } });
      } finally {
        await handle.drop();
      }
    });

    test('an intact chain verifies and every event is checked, also when read in small pages', async () => {
      await withTrail(async (db, owner) => {
        const result = await verifyAuditChain(db, { pageSize: 2 });
        assert.equal(result.ok, true);
        assert.equal(result.eventsChecked, 5);
        assert.equal(result.head?.seq, 5);
        assert.equal(result.problem, undefined);
      });
    });

    test("an event whose payload was altered is reported as altered at that event's seq", async () => {
      await withTrail(async (db, owner) => {
        await tamper(
          owner,
          'audit_events',
          `update audit_events set payload = jsonb_set(payload, '{uscc}', '"91420703000000000X"') where seq = 2`,
        );
        const result = await verifyAuditChain(db);
        assert.equal(result.ok, false);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 2, kind: 'altered' });
        assert.match(result.problem!.reason, /序号 2 的事件被篡改/);
        assert.equal(result.eventsChecked, 2);
      });
    });

    test('an event rewritten with a recomputed hash breaks the link of the event after it', async () => {
      await withTrail(async (db, owner) => {
        const row = await db.selectFrom('audit_events').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
        const rehashed = hashAuditEvent(
          row.prev_hash,
          {
            seq: 2,
            occurredAt: new Date(row.occurred_at).toISOString(),
            actor: '王五',
            action: 'enterprise.registered',
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            payload: row.payload as Record<string, unknown>,
          },
          row.hash_algorithm as HashAlgorithm,
        );
        await tamper(
          owner,
          'audit_events',
          `update audit_events set actor = '王五', hash = '${rehashed}' where seq = 2`,
        );
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 3, kind: 'broken-link' });
      });
    });

    test('an event deleted in the middle is reported as removed at its seq', async () => {
      await withTrail(async (db, owner) => {
        await tamper(owner, 'audit_events', 'delete from audit_events where seq = 3');
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 3, kind: 'removed' });
        assert.match(result.problem!.reason, /序号 4 之前有事件被删除/);
      });
    });

    test('the first event deleted is reported as removed at seq 1', async () => {
      await withTrail(async (db, owner) => {
        await tamper(owner, 'audit_events', 'delete from audit_events where seq = 1');
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 1, kind: 'removed' });
      });
    });

    test('the last event deleted is caught by the chain head and reported as removed at its seq', async () => {
      await withTrail(async (db, owner) => {
        await tamper(owner, 'audit_events', 'delete from audit_events where seq = 5');
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 5, kind: 'removed' });
        assert.match(result.problem!.reason, /末尾有事件被删除/);
        assert.equal(result.eventsChecked, 4);
      });
    });

    test('after the last event was deleted, new events keep linking to it, so the gap stays visible', async () => {
      await withTrail(async (db, owner) => {
        await tamper(owner, 'audit_events', 'delete from audit_events where seq = 5');
        await db.transaction().execute((trx) =>
          appendAuditEvent(trx, {
            actor: '李四',
            action: 'enterprise.updated',
            subjectType: 'enterprise',
            subjectId: '1',
            payload: {},
          }),
        );
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 5, kind: 'removed' });
        assert.match(result.problem!.reason, /序号 6 之前有事件被删除/);
      });
    });

    test('the chain head cannot be moved back or deleted without switching its trigger off', async () => {
      await withTrail(async (db, owner) => {
        await assert.rejects(db.updateTable('audit_heads').set({ seq: 4 }).execute(), /advance by exactly one/);
        // The platform's role may not delete it at all (test/security); the trigger refuses even the tables' owner.
        await assert.rejects(owner.deleteFrom('audit_heads').execute(), /cannot be deleted/);
      });
    });

    test('a record version edited behind the platform is reported at the event of the batch that wrote it', async () => {
      await withTrail(async (db, owner) => {
        const batch = await db
          .selectFrom('import_batches')
          .select('id')
          .orderBy('id')
          .offset(1)
          .limit(1)
          .executeTakeFirstOrThrow();
        await tamper(
          owner,
          'record_versions',
          `update record_versions set amount = 0.1, content_hash = repeat('b', 64) where batch_id = ${batch.id}`,
        );
        const result = await verifyAuditChain(db);
        assert.deepEqual(
          { seq: result.problem?.seq, kind: result.problem?.kind, batchId: result.problem?.batchId },
          { seq: 3, kind: 'records-altered', batchId: batch.id },
        );
        assert.match(result.problem!.reason, new RegExp(`批次 ${batch.id} 的记录被改动`));
      });
    });

    test('a record version whose amount was edited but whose content hash was left as it was is still caught', async () => {
      await withTrail(async (db, owner) => {
        const batch = await db
          .selectFrom('import_batches')
          .select('id')
          .orderBy('id')
          .offset(1)
          .limit(1)
          .executeTakeFirstOrThrow();
        await tamper(owner, 'record_versions', `update record_versions set amount = 0.1 where batch_id = ${batch.id}`);
        const result = await verifyAuditChain(db);
        assert.deepEqual(
          { kind: result.problem?.kind, batchId: result.problem?.batchId },
          { kind: 'records-altered', batchId: batch.id },
        );
      });
    });

    test("a record's current state edited in place is reported at the event of the batch that wrote its current version", async () => {
      await withTrail(async (db, owner) => {
        // Penalty 1 was corrected by the third batch (seq 4); its current row is what evaluation reads.
        await sql`update records set amount = 0.01 where natural_key like '%〔2025〕1号%'`.execute(db);
        const third = await db
          .selectFrom('import_batches')
          .select('id')
          .orderBy('id')
          .offset(2)
          .limit(1)
          .executeTakeFirstOrThrow();
        const result = await verifyAuditChain(db);
        assert.deepEqual(
          { seq: result.problem?.seq, kind: result.problem?.kind, batchId: result.problem?.batchId },
          { seq: 4, kind: 'records-altered', batchId: third.id },
        );
        assert.match(result.problem!.reason, /当前内容与其第 2 版历史不符/);
      });
    });

    test('a record version deleted behind the platform is reported at the event of the batch that wrote it', async () => {
      await withTrail(async (db, owner) => {
        const batch = await db
          .selectFrom('import_batches')
          .select('id')
          .orderBy('id')
          .limit(1)
          .executeTakeFirstOrThrow();
        await tamper(
          owner,
          'record_versions',
          `delete from record_versions where batch_id = ${batch.id} and version = 1 and record_id = (select min(record_id) from record_versions where batch_id = ${batch.id})`,
        );
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq: 1, kind: 'records-altered' });
      });
    });
    /** A repair as the workflows write it: a new version outside any batch, and the event describing it. */
    async function markRepaired(db: Kysely<Database>): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx.selectFrom('records').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
        await writeRecordVersion(trx, await findRecordForWorkflow(trx, id), '审核员', { status: 'repaired' });
        const event = await appendAuditEvent(trx, {
          actor: '审核员',
          action: 'repair.approved',
          subjectType: 'record',
          subjectId: String(id),
          payload: {},
        });
        return event.seq;
      });
    }

    test('a record version written outside a batch is listed with its digest by the event of the same transaction', async () => {
      await withTrail(async (db) => {
        const seq = await markRepaired(db);
        const event = await db
          .selectFrom('audit_events')
          .select(['payload', 'hash_algorithm'])
          .where('seq', '=', seq)
          .executeTakeFirstOrThrow();
        const payload = event.payload as { recordVersions: [number, number][]; recordVersionsDigest: string };
        assert.equal(payload.recordVersions.length, 1);
        assert.match(payload.recordVersionsDigest, /^[0-9a-f]{64}$/);
        assert.equal(event.hash_algorithm, 'sm3');
        assert.equal((await verifyAuditChain(db)).ok, true);
      });
    });

    test('a repaired version edited behind the platform is reported at the event that wrote it', async () => {
      await withTrail(async (db, owner) => {
        const seq = await markRepaired(db);
        await tamper(owner, 'record_versions', `update record_versions set status = 'revoked' where batch_id is null`);
        const result = await verifyAuditChain(db);
        assert.deepEqual({ seq: result.problem?.seq, kind: result.problem?.kind }, { seq, kind: 'records-altered' });
      });
    });

    test('a record version inserted without any event is reported', async () => {
      await withTrail(async (db, owner) => {
        await sql`insert into record_versions (record_id, version, enterprise_id, change, status, fields, content_hash, operator)
          select id, version + 1, enterprise_id, 'corrected', 'revoked', fields, content_hash, 'x' from records order by id limit 1`.execute(
          owner,
        );
        const result = await verifyAuditChain(db);
        assert.equal(result.problem?.kind, 'records-altered');
        assert.match(result.problem!.reason, /记录 #\d+ 的第 \d+ 版没有任何审计事件记载/);
      });
    });
  });
}
