import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { listEnterprises } from '../enterprises/list-enterprises.ts';
import { findEnterprisePolicies } from '../policy-matching/find-enterprise-policies.ts';
import { matchPolicies } from '../policy-matching/match-policies.ts';
import type { Policy } from '../policy-matching/policy.ts';
import { DISTRICT_AS_OF, seedPolicyDistrict, type PolicyDistrict } from '../policy-matching/policy-test-district.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { listProfileTags } from './list-profile-tags.ts';
import { refreshProfileTags } from './refresh-profile-tags.ts';
import { showEnterpriseProfile } from './show-enterprise-profile.ts';

/** Commits records of one kind as a department's batch would (the district's own helper is not exported). */
async function commitRecords(
  db: Kysely<Database>,
  department: string,
  kind: string,
  rows: Array<Partial<NormalizedRecord> & { subjectUscc: string; naturalKey: string; occurredOn: string }>,
): Promise<void> {
  const records: NormalizedRecord[] = rows.map((row, index) => ({
    sourceRow: index + 2,
    subjectName: '测试企业',
    kind,
    departmentCode: department,
    status: 'active',
    endsOn: null,
    level: null,
    subtype: null,
    grade: null,
    amount: null,
    quantity: null,
    fields: { subject_uscc: row.subjectUscc },
    ...row,
  }));
  await commitBatch(
    db,
    {
      departmentCode: department,
      kind,
      fileName: `${kind}-profile.json`,
      fileHash: `${kind}-profile-${rows[0]!.naturalKey}`,
      format: 'json',
      mode: 'all-or-nothing',
      operator: '测试',
    },
    [records],
    () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
  );
}

/** A policy written for the test: only the tag condition, so the tag alone decides. */
function policyRequiring(conditions: Policy['conditions']): Policy {
  return {
    code: 'tag_test_policy',
    name: '标签条件测试政策',
    departmentCode: 'kjj',
    reference: '测试',
    isLocalExample: true,
    basis: '测试',
    mode: 'exempt_application',
    validFrom: '2025-01-01',
    validTo: null,
    benefit: '测试',
    conditions,
  };
}

describeOnEachEngine('信用画像 tags', (store) => {
  let district: PolicyDistrict;
  before(async () => {
    district = await seedPolicyDistrict(store().db);
    const { a } = district;
    // 甲 reports two years of R&D (revenue 4,000 → 5,000 万元, +25%; R&D 400 万元 = 8%) and a third invention patent.
    await commitRecords(store().db, 'kjj', 'rnd_investment', [
      { subjectUscc: a, naturalKey: `${a}|2024`, occurredOn: '2025-03-01', amount: 280, quantity: 4000 },
      { subjectUscc: a, naturalKey: `${a}|2025`, occurredOn: '2026-03-01', amount: 400, quantity: 5000 },
    ]);
    await commitRecords(store().db, 'scjg', 'patent', [
      {
        subjectUscc: a,
        naturalKey: `ZL4-${a}`,
        occurredOn: '2025-06-01',
        endsOn: '2045-05-31',
        subtype: '发明',
        fields: { subject_uscc: a, legal_status: '有效' },
      },
    ]);
  });

  test('an enterprise with the facts carries each tag with its explanation and the records and figures behind it; one without carries none', async () => {
    const profile = await showEnterpriseProfile(store().db, { uscc: district.a, asOf: DISTRICT_AS_OF });
    assert.deepEqual(
      profile.tags.map((tag) => tag.name),
      ['高成长', '研发强度高', '知识产权密集', '守信典型'],
    );
    const rnd = profile.tags.find((tag) => tag.code === 'rnd_intensive')!;
    assert.equal(rnd.explanation, '最近一次报送的研发费用占营业收入的比例达到高新技术企业认定的研发投入要求。');
    assert.match(rnd.reference, /国科发火〔2016〕32号/);
    assert.deepEqual(rnd.facts, [
      '2026-03-01 报送：研发费用 400 万元，营业收入 5000 万元，研发强度 8%（营业收入 5000 万至 20000 万元的企业要求不低于 4%）',
    ]);
    assert.deepEqual(profile.tags.find((tag) => tag.code === 'high_growth')!.facts, [
      '营业收入 4000 万元（2025-03-01 报送）→ 5000 万元（2026-03-01 报送），增长 25%（要求不低于 20%）',
    ]);
    assert.deepEqual(profile.tags.find((tag) => tag.code === 'ip_intensive')!.facts, [
      '专利记录 3 条：最近一条 2025-06-01，有效期至 2045-05-31（要求专利类型为发明，法律状态为有效或质押，尚未到期）',
    ]);

    const listed = await showEnterpriseProfile(store().db, { uscc: district.b, asOf: DISTRICT_AS_OF });
    assert.deepEqual(
      listed.tags.map((tag) => [tag.name, tag.tone, tag.facts]),
      [['经营异常风险', 'negative', ['经营异常名录记录 1 条：最近一条 2026-02-01（要求尚未到期）']]],
      '乙 is still on the 经营异常名录; its repaired penalty is not 近期失信 (001 §二（四）)',
    );
    const none = await showEnterpriseProfile(store().db, { uscc: district.d, asOf: DISTRICT_AS_OF });
    assert.deepEqual(none.tags, [], '丁 has no records and no grade');
  });

  test('the 企业库 lists only the enterprises carrying the tag asked for, as of the last refresh', async () => {
    const before = await listEnterprises(store().db, { tag: 'ip_intensive' });
    assert.equal(before.total, 0, 'nothing is stored before the first refresh');
    const refresh = await refreshProfileTags(store().db, { asOf: DISTRICT_AS_OF });
    assert.equal(refresh.enterprises, 4);
    assert.equal(refresh.tagged.ip_intensive, 1);

    const intensive = await listEnterprises(store().db, { tag: 'ip_intensive' });
    assert.deepEqual(
      intensive.items.map((item) => item.name),
      ['鄂州甲芯科技有限公司'],
    );
    const risky = await listEnterprises(store().db, { tag: 'abnormal_operation_risk', query: '鄂州' });
    assert.deepEqual(
      risky.items.map((item) => item.name),
      ['鄂州乙云软件有限公司'],
    );
    const tags = await listProfileTags(store().db);
    assert.equal(tags.refreshedAsOf, DISTRICT_AS_OF);
    assert.equal(tags.items.find((tag) => tag.code === 'abnormal_operation_risk')!.enterpriseCount, 1);
    await assert.rejects(listEnterprises(store().db, { tag: 'no_such_tag' }), /信用画像标签“no_such_tag”不存在/);
  });

  test('a policy that requires a tag matches only the enterprises carrying it, and one that excludes it only the others', async () => {
    const requiring = policyRequiring({ type: 'has_tag', tags: ['rnd_intensive'] });
    const { enterprises, byPolicy } = await matchPolicies(store().db, [requiring], DISTRICT_AS_OF);
    const qualifying = enterprises.filter((_, index) => byPolicy.get(requiring.code)![index]!.qualifies);
    assert.deepEqual(
      qualifying.map((facts) => facts.name),
      ['鄂州甲芯科技有限公司'],
    );
    const reasons = byPolicy.get(requiring.code)![enterprises.indexOf(qualifying[0]!)]!.reasons;
    assert.deepEqual(reasons, ['信用画像标签：“研发强度高”']);

    const excluding = policyRequiring({ type: 'lacks_tag', tags: ['abnormal_operation_risk'] });
    const other = await matchPolicies(store().db, [excluding], DISTRICT_AS_OF);
    const refused = other.enterprises
      .map((facts, index) => ({ facts, eligibility: other.byPolicy.get(excluding.code)![index]! }))
      .filter((item) => item.facts.status === '存续' && !item.eligibility.qualifies);
    assert.deepEqual(
      refused.map((item) => [item.facts.name, item.eligibility.whyNot]),
      [['鄂州乙云软件有限公司', '有信用画像标签“经营异常风险”']],
    );
  });

  test('a 首次认定 award goes to a first recognition and refuses the enterprise once an earlier recognition of the kind is on record', async () => {
    const first = await findEnterprisePolicies(store().db, { uscc: district.a, asOf: DISTRICT_AS_OF });
    const award = first.items.find((item) => item.policy.code === 'high_tech_first_award')!;
    assert.equal(award.qualifies, true, award.whyNot ?? '');
    assert.ok(award.reasons.includes('首次高新技术企业认定：2026-05-10（此前没有同类认定）'), award.reasons.join('\n'));

    // The 2026 certificate turns out to be a renewal: the department reports the 2023 one that expired.
    await commitRecords(store().db, 'kjj', 'high_tech_certification', [
      { subjectUscc: district.a, naturalKey: 'GR202342000001', occurredOn: '2023-05-10', endsOn: '2026-05-09' },
    ]);
    const second = await findEnterprisePolicies(store().db, { uscc: district.a, asOf: DISTRICT_AS_OF });
    const refused = second.items.find((item) => item.policy.code === 'high_tech_first_award')!;
    assert.equal(refused.qualifies, false);
    assert.equal(refused.whyNot, '已有 2 次高新技术企业认定（2023-05-10、2026-05-10），最近一次不是首次认定');
    assert.equal(
      second.items.find((item) => item.policy.code === 'high_tech_award')!.qualifies,
      true,
      'the general award (首次认定或重新认定) still applies',
    );
  });
});
