import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { ROLES } from '../../domain/roles.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
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
});
