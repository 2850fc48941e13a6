import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import {
  DISTRICT_AS_OF,
  seedPolicyDistrict,
  type PolicyDistrict,
} from '../../services/policy-matching/policy-test-district.ts';
import type { Store } from '../../store/connect.ts';
import type { CommandContext } from '../command.ts';
import { policyMatchCommand } from './policy-match.ts';

async function run(args: string[], store: Store): Promise<{ exit: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    ({ write: (chunk: string) => ((output[key] += chunk), true) }) as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir: '' },
    store: async () => store,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  const exit = await policyMatchCommand.run(context);
  return { exit, ...output };
}

describeOnEachEngine('xinping policy match', (store) => {
  let district: PolicyDistrict;
  before(async () => {
    district = await seedPolicyDistrict(store().db);
  });

  test('policy match prints each policy with how many enterprises qualify and how many are new, and tells nobody without --notify', async () => {
    const result = await run(['--as-of', DISTRICT_AS_OF], store());
    assert.equal(result.exit, 0, result.stderr);
    assert.match(result.stdout, /^惠企政策匹配完成：基准日 2026-11-01,11 项政策，用时 [\d.]+ 秒\n/);
    assert.match(result.stdout, /\n {2}知识产权质押贷款贴息 +符合 1 家（新增 1，不再符合 0）\n/);
    assert.match(result.stdout, /\n {2}高新技术企业认定奖励 +符合 1 家（新增 1，不再符合 0）\n/);
    assert.match(result.stdout, /未通知（加 --notify 通知新符合条件的企业和兑现部门）\n$/);
    const stored = await store()
      .db.selectFrom('policy_matches')
      .select(['policy_code', 'enterprise_id'])
      .where('policy_code', '=', 'high_tech_award')
      .execute();
    assert.deepEqual(
      stored.map((row) => Number(row.enterprise_id)),
      [await district.idOf(district.a)],
      '丙 has a certificate too, but is deregistered',
    );
  });

  test('policy match --notify tells the enterprises not told yet and their departments, and a second run tells nobody again', async () => {
    const result = await run(['--as-of', DISTRICT_AS_OF, '--notify', '--json'], store());
    assert.equal(result.exit, 0, result.stderr);
    const outcome = JSON.parse(result.stdout);
    assert.equal(outcome.notify, true);
    const inbox = await store()
      .db.selectFrom('notifications')
      .select(['enterprise_id', 'subject_id'])
      .where('topic', '=', 'policy')
      .execute();
    assert.equal(outcome.enterprisesNotified, inbox.length);
    const told = await store()
      .db.selectFrom('policy_matches')
      .select(['enterprise_id', 'policy_code'])
      .where('notified_on', '=', DISTRICT_AS_OF)
      .execute();
    const pairs = (rows: { enterprise_id: number; policy_code?: string; subject_id?: string | null }[]) =>
      rows.map((row) => `${Number(row.enterprise_id)}|${row.policy_code ?? row.subject_id}`).sort();
    assert.deepEqual(pairs(inbox), pairs(told), 'each enterprise told is one the run marked as told, for that policy');
    const notifiedPolicies = outcome.policies.filter((policy: { notified: number }) => policy.notified > 0).length;
    assert.equal(outcome.departmentMessages, notifiedPolicies, 'one message per policy with new enterprises');
    const again = await run(['--as-of', DISTRICT_AS_OF, '--notify'], store());
    assert.match(again.stdout, /已通知企业 0 条，告知兑现部门 0 条\n$/);
    assert.equal(
      (await store().db.selectFrom('notifications').select('id').where('topic', '=', 'policy').execute()).length,
      inbox.length,
    );
  });

  test('policy match refuses an impossible --as-of date', async () => {
    const result = await run(['--as-of', '2026-02-30'], store());
    assert.equal(result.exit, 2);
    assert.equal(result.stderr, '--as-of “2026-02-30”不是有效日期（YYYY-MM-DD）\n');
  });
});
