import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { ROLES } from '../../domain/roles.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { seedDemoAssociationMembers } from '../demo/seed-association-members.ts';
import { listSharedEnterprises } from '../sharing/list-shared-enterprises.ts';
import { createDemoAccounts, DEMO_PASSWORD } from './create-demo-accounts.ts';

describeOnEachEngine('demo accounts', (current) => {
  test('without enterprises every role but the enterprise gets an account', async () => {
    const accounts = await createDemoAccounts(current().db);
    assert.deepEqual(
      accounts.map((account) => account.role),
      ROLES.filter((role) => role !== 'enterprise'),
    );
    assert.equal(accounts.find((account) => account.role === 'department_operator')?.departmentCode, 'scjg');
  });

  test('once the registry has enterprises, the enterprise account is bound to the first one; existing accounts are kept', async () => {
    const uscc = makeUscc(`91420703${makeOrganizationCode('MA4B0001')}`);
    await registerEnterprises(current().db, '测试', [{ uscc, name: '鄂州演示科技有限公司', status: '存续' }], {
      today: '2026-11-01',
    });
    const accounts = await createDemoAccounts(current().db);
    assert.deepEqual(
      accounts.map((account) => account.role),
      [...ROLES],
    );
    const enterprise = accounts.find((account) => account.role === 'enterprise')!;
    assert.equal(enterprise.uscc, uscc);
    assert.equal(enterprise.created, true);
    const staff = accounts.filter((account) => account.role !== 'enterprise');
    assert.ok(staff.length > 0 && staff.every((account) => !account.created));
    assert.ok(accounts.length > 0 && accounts.every((account) => account.password === DEMO_PASSWORD));
    const { count } = await current()
      .db.selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count), ROLES.length);
  });

  test("the demo association's members are the enterprises of the district's most common trade, pushed to it once", async () => {
    const db = current().db;
    const trade = ['C3911', 'C3912', 'I6513'].map((industryCode, index) => ({
      uscc: makeUscc(`91420703${makeOrganizationCode(`MA4B010${index}`)}`),
      name: `鄂州会员候选${index + 1}有限公司`,
      status: '存续',
      industryCode,
    }));
    await registerEnterprises(db, '测试', trade, { today: '2026-11-01' });
    assert.equal(await seedDemoAssociationMembers(db), 2, 'the two enterprises of division C39');
    assert.equal(await seedDemoAssociationMembers(db), 0, 'an association with a list is left as it is');
    const association = await db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'association')
      .executeTakeFirstOrThrow();
    const members = await listSharedEnterprises(db, Number(association.id), { limit: 10, offset: 0 });
    assert.deepEqual(members.items.map((member) => member.name).sort(), [
      '鄂州会员候选1有限公司',
      '鄂州会员候选2有限公司',
    ]);
  });
});
