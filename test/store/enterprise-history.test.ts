import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { before, test } from 'node:test';
import { todayInDistrict } from '../../src/domain/district-date.ts';
import { makeOrganizationCode, makeUscc } from '../../src/domain/uscc.ts';
import { registerEnterprises } from '../../src/services/enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../../src/services/evaluation/ensure-published-model.ts';
import { evaluateEnterprise } from '../../src/services/evaluation/evaluate-enterprise.ts';
import { requirePublishedModel } from '../../src/services/evaluation/published-model.ts';
import { resolveAsOf } from '../../src/services/evaluation/as-of.ts';
import { readEvaluationBatch } from '../../src/services/evaluation/read-evaluation-batch.ts';
import { describeOnEachEngine } from '../support/stores.ts';

/**
 * An evaluation as of a past date uses the enterprise's attributes (tiers, status …) as they were on that
 * date, as it uses the record versions in force then; their history is kept whenever a registration changes them.
 */
describeOnEachEngine('enterprise attributes as of a date', (store, _engine, owner) => {
  const uscc = makeUscc(`91420703${makeOrganizationCode('MA4H0001')}`);
  const AS_OF_BEFORE = '2026-07-01';
  let enterpriseId: number;

  before(async () => {
    await ensurePublishedModel(store());
    await registerEnterprises(
      store().db,
      '测试',
      [
        {
          uscc,
          name: '鄂州戊科技有限公司',
          status: '存续',
          industryCode: 'I65',
          registeredOn: '2018-03-01',
          tiers: [],
        },
      ],
      { today: '2026-03-01' },
    );
    enterpriseId = (
      await store().db.selectFrom('enterprises').select('id').where('uscc', '=', uscc).executeTakeFirstOrThrow()
    ).id;
    // The registration happened on 2026-03-01: its version is dated so (the table's owner, as an administrator would).
    await sql`update enterprise_versions set recorded_at = '2026-03-01T02:00:00Z' where enterprise_id = ${enterpriseId}`.execute(
      owner().db,
    );
    // Today the enterprise is recognised as 高新技术企业 as well.
    await registerEnterprises(store().db, '测试', [{ uscc, tiers: ['high_tech'] }]);
  });

  test('each registration that changes the attributes keeps a version; one that changes nothing keeps none', async () => {
    await registerEnterprises(store().db, '测试', [{ uscc, tiers: ['high_tech'] }]);
    const versions = await store()
      .db.selectFrom('enterprise_versions')
      .select(['tiers', 'status'])
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      versions.map((row) => [...row.tiers].sort()),
      [[], ['high_tech']],
    );
  });

  test('the evaluation as of a date before the change reads the old tiers, today’s the new ones', async () => {
    const { compiled } = await requirePublishedModel(store().db);
    const tiersOn = async (asOf: string) => {
      const { batch } = await readEvaluationBatch(store().db, compiled, [enterpriseId], resolveAsOf(asOf));
      return [...batch.enterprises[0]!.tiers].sort();
    };
    assert.deepEqual(await tiersOn(AS_OF_BEFORE), []);
    assert.deepEqual(await tiersOn(todayInDistrict()), ['high_tech']);
  });

  test('the as-of evaluation scores the tier it had then, and its fingerprint differs from today’s', async () => {
    const before = await evaluateEnterprise(store().db, uscc, { asOf: AS_OF_BEFORE });
    const today = await evaluateEnterprise(store().db, uscc);
    const tierIndicator = (result: typeof before) =>
      result.indicators.find((indicator) => indicator.id.includes('tier'));
    const indicatorBefore = tierIndicator(before);
    assert.ok(indicatorBefore, 'the model reads the enterprise tiers');
    assert.notDeepEqual(indicatorBefore.value, tierIndicator(today)!.value);
    assert.notEqual(before.fingerprint, today.fingerprint);
  });
});
