import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/roles.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/** 回避 over HTTP: inspectors declare their own conflicts; departments and the admin see and withdraw any. */
describeOnEachEngine('inspector conflicts over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'department_operator', 'inspector', 'enterprise'] as const)
      sessions.set(role, await fixture.logIn(role));
    await current()
      .db.insertInto('users')
      .values({ username: 'inspector-colleague', display_name: '同事', role: 'inspector', password_hash: 'x' })
      .execute();
  });
  after(async () => {
    await fixture?.close();
  });
  const call = (role: Role, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    fixture.injectAs(role, { method, url, payload }, sessions.get(role));

  test('an inspector declares a conflict for themself, with a reason, named as the accounts name them, and may not declare one for a colleague', async () => {
    const created = await call('inspector', 'POST', '/api/inspector-conflicts', {
      uscc: fixture.enterpriseA,
      reason: '配偶在该企业任财务负责人',
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(
      { ...(created.json() as object), createdAt: '' },
      {
        inspector: 'inspector',
        inspectorName: '检查人员（演示）',
        uscc: fixture.enterpriseA,
        name: '鄂州甲科技有限公司',
        reason: '配偶在该企业任财务负责人',
        createdBy: 'inspector',
        createdByName: '检查人员（演示）',
        createdAt: '',
      },
    );
    const forColleague = await call('inspector', 'POST', '/api/inspector-conflicts', {
      inspector: 'inspector-colleague',
      uscc: fixture.enterpriseB,
      reason: '代为登记',
    });
    assert.equal(forColleague.statusCode, 403);
    assert.equal(forColleague.json().error.message, '检查人员只能为本人登记回避关系');
    const noReason = await call('inspector', 'POST', '/api/inspector-conflicts', {
      uscc: fixture.enterpriseB,
      reason: ' ',
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.json().error.message, /回避事由（reason）不能为空/);
    assert.equal(
      (await call('inspector', 'POST', '/api/inspector-conflicts', { uscc: fixture.enterpriseA, reason: '再次登记' }))
        .statusCode,
      409,
    );
    assert.equal(
      (
        await call('enterprise', 'POST', '/api/inspector-conflicts', {
          uscc: fixture.enterpriseA,
          reason: '企业不能登记',
        })
      ).statusCode,
      403,
    );
  });

  test('a department names the inspector; each inspector lists only their own conflicts, officials all of them', async () => {
    const missing = await call('department_operator', 'POST', '/api/inspector-conflicts', {
      uscc: fixture.enterpriseB,
      reason: '曾在该企业任职',
    });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.message, '请填写检查人员账号（inspector）');
    assert.equal(
      (
        await call('department_operator', 'POST', '/api/inspector-conflicts', {
          inspector: 'inspector-colleague',
          uscc: fixture.enterpriseB,
          reason: '曾在该企业任职',
        })
      ).statusCode,
      201,
    );
    assert.equal(
      (
        await call('admin', 'POST', '/api/inspector-conflicts', {
          inspector: 'dept',
          uscc: fixture.enterpriseB,
          reason: '不是检查人员',
        })
      ).statusCode,
      400,
    );
    const own = (await call('inspector', 'GET', '/api/inspector-conflicts?inspector=inspector-colleague')).json();
    assert.deepEqual(
      own.items.map((item: { inspector: string; uscc: string }) => [item.inspector, item.uscc]),
      [['inspector', fixture.enterpriseA]],
      'the filter cannot widen an inspector’s view',
    );
    const all = (await call('admin', 'GET', '/api/inspector-conflicts')).json();
    assert.deepEqual(
      all.items.map((item: { inspector: string }) => item.inspector),
      ['inspector', 'inspector-colleague'],
    );
    const ofB = (
      await call('department_operator', 'GET', `/api/inspector-conflicts?uscc=${fixture.enterpriseB}`)
    ).json();
    assert.deepEqual(
      ofB.items.map((item: { inspector: string }) => item.inspector),
      ['inspector-colleague'],
    );
  });

  test('only officials withdraw a conflict, with a reason; the withdrawal is audited', async () => {
    const query = `inspector=inspector&uscc=${fixture.enterpriseA}&reason=${encodeURIComponent('配偶已离职')}`;
    assert.equal(
      (await call('inspector', 'DELETE', `/api/inspector-conflicts?${query}`)).statusCode,
      403,
      'the conflicted inspector cannot withdraw it',
    );
    assert.equal(
      (
        await call(
          'department_operator',
          'DELETE',
          `/api/inspector-conflicts?inspector=inspector&uscc=${fixture.enterpriseA}`,
        )
      ).statusCode,
      400,
      'a reason is required',
    );
    assert.equal((await call('department_operator', 'DELETE', `/api/inspector-conflicts?${query}`)).statusCode, 204);
    assert.equal((await call('department_operator', 'DELETE', `/api/inspector-conflicts?${query}`)).statusCode, 404);
    assert.deepEqual((await call('inspector', 'GET', '/api/inspector-conflicts')).json().items, []);
    const events = await current()
      .db.selectFrom('audit_events')
      .select(['action', 'actor'])
      .where('action', 'in', ['inspector_conflict.declared', 'inspector_conflict.removed'])
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((event) => [event.action, event.actor]),
      [
        ['inspector_conflict.declared', 'inspector'],
        ['inspector_conflict.declared', 'dept'],
        ['inspector_conflict.removed', 'dept'],
      ],
    );
  });
});
