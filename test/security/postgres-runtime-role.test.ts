import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { appendAuditEvent } from '../../src/services/audit/append-audit-event.ts';
import { verifyAuditChain } from '../../src/services/audit/verify-audit-chain.ts';
import { createTestStore, engines, type TestStore } from '../support/stores.ts';

/** SQLSTATE 42501: what PostgreSQL answers a role lacking a privilege. */
const INSUFFICIENT_PRIVILEGE = '42501';

// PGlite has a single superuser: the two roles exist on PostgreSQL only.
for (const engine of engines().filter((name) => name === 'postgres')) {
  describe(`the platform's PostgreSQL role cannot undo the audit trail [${engine}]`, () => {
    let handle: TestStore;
    before(async () => {
      handle = await createTestStore(engine);
      await handle.store.db.transaction().execute((trx) =>
        appendAuditEvent(trx, {
          actor: '王科员',
          action: 'enterprise.updated',
          subjectType: 'enterprise',
          subjectId: '1',
          payload: {},
        }),
      );
      await handle.store.db.transaction().execute((trx) =>
        appendAuditEvent(trx, {
          actor: '王科员',
          action: 'enterprise.updated',
          subjectType: 'enterprise',
          subjectId: '2',
          payload: {},
        }),
      );
    });
    after(async () => handle?.drop());

    test('runs as a role that does not own the tables', async () => {
      const result = await sql<{
        role: string;
        owner: string;
      }>`select current_user as role, tableowner as owner from pg_tables where tablename = 'audit_events'`.execute(
        handle.store.db,
      );
      assert.deepEqual(result.rows[0], { role: 'xinping_runtime', owner: 'xinping_owner' });
    });

    test('cannot switch the append-only triggers off', async () => {
      for (const table of ['audit_events', 'audit_heads', 'record_versions', 'audit_checkpoints']) {
        await assert.rejects(sql`alter table ${sql.table(table)} disable trigger user`.execute(handle.store.db), {
          message: new RegExp(`must be owner of table ${table}`),
        });
      }
    });

    test('cannot delete, rewrite or truncate an audit event', async () => {
      await assert.rejects(sql`delete from audit_events where seq = 2`.execute(handle.store.db), {
        code: INSUFFICIENT_PRIVILEGE,
      });
      await assert.rejects(sql`update audit_events set actor = '冒名' where seq = 1`.execute(handle.store.db), {
        code: INSUFFICIENT_PRIVILEGE,
      });
      await assert.rejects(sql`truncate audit_events`.execute(handle.store.db), { code: INSUFFICIENT_PRIVILEGE });
      await assert.rejects(sql`delete from audit_checkpoints`.execute(handle.store.db), {
        code: INSUFFICIENT_PRIVILEGE,
      });
    });

    test('cannot roll the chain head back or delete it', async () => {
      await assert.rejects(
        sql`update audit_heads set seq = 1, hash = (select hash from audit_events where seq = 1)`.execute(
          handle.store.db,
        ),
        { message: /audit head must advance by exactly one event \(from 2 to 1\)/ },
      );
      await assert.rejects(sql`delete from audit_heads`.execute(handle.store.db), { code: INSUFFICIENT_PRIVILEGE });
      const verification = await verifyAuditChain(handle.store.db);
      assert.deepEqual([verification.ok, verification.head?.seq], [true, 2]);
    });
  });
}
