import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { createTestStore, describeOnEachEngine, engines } from '../../../test/support/stores.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { parseSecretKey, revealPersonal, type ProtectedValue } from '../import/protect-personal.ts';
import { generateDemo, type DemoSummary } from './generate-demo.ts';

const secretKey = parseSecretKey('ab'.repeat(32));
const OPTIONS = { enterprises: 300, seed: 'test', secretKey };

/** Everything the demo decides, with ids and timestamps left out: equal digests mean byte-identical data. */
async function digestStore(db: Kysely<Database>): Promise<string> {
  const result = await sql<{ digest: string }>`
    select encode(sha256(convert_to(
      (select coalesce(string_agg(concat_ws('|', uscc, name, legal_representative, industry_code, region_code, registered_on, status,
        tiers::text, incubator_code, uscc_warning, source), E'\n' order by uscc), '') from enterprises)
      || E'\n--\n' ||
      (select coalesce(string_agg(concat_ws('|', r.kind, r.natural_key, r.version, r.status, r.department_code, r.content_hash, e.uscc,
        r.fields::text), E'\n' order by r.kind, r.natural_key), '') from records r join enterprises e on e.id = r.enterprise_id)
      || E'\n--\n' ||
      (select coalesce(string_agg(concat_ws('|', r.kind, r.natural_key, v.version, v.change, v.content_hash), E'\n'
        order by r.kind, r.natural_key, v.version), '') from record_versions v join records r on r.id = v.record_id),
      'UTF8')), 'hex') as digest`.execute(db);
  return result.rows[0]!.digest;
}

const digests = new Map<string, string>();

describeOnEachEngine('generating the demo district', (store, engine) => {
  let summary: DemoSummary;
  before(async () => {
    summary = await generateDemo(store().db, OPTIONS);
  });

  test('registers the enterprises and writes one batch per department and kind, as operator 演示数据', async () => {
    assert.equal(summary.enterprises, 300);
    const registered = await store()
      .db.selectFrom('enterprises')
      .select(['source', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('source')
      .orderBy('source')
      .execute();
    assert.deepEqual(
      registered.map((row) => [row.source, Number(row.count)]),
      [
        ['import', summary.unregisteredSubjects],
        ['registry', 300],
      ],
    );
    const batches = await store()
      .db.selectFrom('import_batches')
      .select(['format', 'operator', 'status'])
      .distinct()
      .execute();
    assert.deepEqual(batches, [{ format: 'demo', operator: '演示数据', status: 'committed' }]);
    assert.equal(
      summary.records,
      summary.kinds.reduce((sum, kind) => sum + kind.records, 0),
    );
    assert.ok(summary.records > 5000, `${summary.records} records`);
  });

  test('same seed into a second store gives byte-identical enterprises and records', async () => {
    const second = await createTestStore(engine);
    try {
      await generateDemo(second.store.db, OPTIONS);
      const digest = await digestStore(store().db);
      assert.equal(await digestStore(second.store.db), digest);
      digests.set(engine, digest);
    } finally {
      // pg's pool.end() resolves before its sockets close, and drop() then force-drops the database: a backend killed
      // that way surfaces as an unhandled pool 'error' event. Let the sockets close first.
      await second.store.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await second.drop();
    }
  });

  if (engine === 'postgres' && engines().includes('pglite')) {
    test('PostgreSQL holds exactly the same demo data as PGlite', () => {
      assert.ok(digests.has('pglite') && digests.has('postgres'));
      assert.equal(digests.get('postgres'), digests.get('pglite'));
    });
  }

  test('legacy codes are accepted by an operator with a reason before their enterprises are registered', async () => {
    const accepted = await store().db.selectFrom('legacy_uscc_acceptances').selectAll().execute();
    assert.equal(accepted.length, summary.legacyCodes);
    assert.ok(accepted.length > 0);
    for (const row of accepted) {
      assert.equal(row.accepted_by, '演示数据');
      const enterprise = await store()
        .db.selectFrom('enterprises')
        .select('uscc_warning')
        .where('uscc', '=', row.uscc)
        .executeTakeFirstOrThrow();
      assert.match(enterprise.uscc_warning!, /历史代码/);
    }
  });

  test('a corrected penalty is at version 2 with version 1 kept, and repaired and revoked penalties keep their history', async () => {
    const rows = await store()
      .db.selectFrom('records')
      .select(['id', 'version', 'status', 'fields'])
      .where('kind', '=', 'administrative_penalty')
      .where('version', '>', 1)
      .execute();
    const byStatus = (status: string) => rows.filter((row) => row.status === status);
    assert.equal(rows.length, summary.corrected + summary.repaired + summary.revoked);
    assert.ok(summary.corrected > 0 && summary.repaired > 0 && summary.revoked > 0);
    assert.equal(byStatus('repaired').length, summary.repaired);
    for (const row of byStatus('repaired'))
      assert.match(String((row.fields as Record<string, unknown>).repaired_on), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(byStatus('revoked').length, summary.revoked);
    const corrected = byStatus('active');
    assert.equal(corrected.length, summary.corrected);
    for (const row of corrected) {
      const versions = await store()
        .db.selectFrom('record_versions')
        .select(['version', 'change', 'amount'])
        .where('record_id', '=', row.id)
        .orderBy('version')
        .execute();
      assert.deepEqual(
        versions.map((version) => [version.version, version.change]),
        [
          [1, 'created'],
          [2, 'corrected'],
        ],
      );
      assert.notEqual(versions[0]!.amount, versions[1]!.amount);
    }
  });

  test('long-term licences follow the importer: no end date and fields.long_term', async () => {
    const longTerm = await store()
      .db.selectFrom('records')
      .select(['ends_on', 'fields'])
      .where('kind', '=', 'administrative_license')
      .where(sql<boolean>`fields ? 'long_term'`)
      .execute();
    assert.ok(longTerm.length > 0);
    for (const row of longTerm) {
      assert.equal(row.ends_on, null);
      assert.equal((row.fields as Record<string, unknown>).long_term, true);
    }
  });

  test("the legal representative's ID number is stored masked and encrypted, never in clear", async () => {
    const record = await store()
      .db.selectFrom('records')
      .select('fields')
      .where('kind', '=', 'administrative_penalty')
      .limit(1)
      .executeTakeFirstOrThrow();
    const value = (record.fields as Record<string, unknown>).legal_representative_id_number as ProtectedValue;
    assert.match(value.masked, /^\d{4}\*{10}[\dX]{4}$/);
    assert.match(revealPersonal(value, secretKey), /^\d{17}[\dX]$/);
  });

  test('ends with a demo.generated event, and the audit chain verifies', async () => {
    const event = await store()
      .db.selectFrom('audit_events')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    assert.equal(event.action, 'demo.generated');
    assert.deepEqual((event.payload as Record<string, unknown>).seed, 'test');
    const verification = await verifyAuditChain(store().db);
    assert.equal(verification.ok, true, verification.problem?.reason);
  });

  test('refuses a store that already holds enterprises, unless forced', async () => {
    await assert.rejects(generateDemo(store().db, OPTIONS), {
      code: 'PRECONDITION_FAILED',
      userMessage: /已有 \d+ 家企业.*--force/,
    });
    const before = await store()
      .db.selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const again = await generateDemo(store().db, { ...OPTIONS, force: true });
    assert.equal(again.records, Number(before.count));
    assert.equal((await verifyAuditChain(store().db)).ok, true);
  });
});
