import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { acceptLegacyUscc } from './accept-legacy-uscc.ts';
import { checkUsccCodes } from './check-uscc-codes.ts';

// A real early Fujian pilot code that fails the mod-31 check.
const LEGACY = '91350203M0001QKT19';
const noStore = async (): Promise<never> => {
  throw new Error('the store must not be opened');
};

test('checking well-formed valid codes and malformed codes never opens the store', async () => {
  const checks = await checkUsccCodes(
    ['91110000600037341L', '911522010783762860', '9111000060003734', '91110000600037341I'],
    noStore,
  );
  assert.deepEqual(
    checks.map((check) => [check.normalized, check.valid, check.reason]),
    [
      ['91110000600037341L', true, undefined],
      ['911522010783762860', true, undefined],
      ['9111000060003734', false, '长度不是18位（实际16位）'],
      ['91110000600037341I', false, '第18位字符“I”不在允许字符集内'],
    ],
  );
});

describeOnEachEngine('accepting legacy codes', (store) => {
  test('a code failing mod-31 is invalid until an operator accepts it', async () => {
    const [before] = await checkUsccCodes([LEGACY], async () => store().db);
    assert.deepEqual([before.valid, before.reason], [false, '校验位应为“F”实际为“9”']);
  });

  test('accepting a legacy code records who, why and when, with an audit event', async () => {
    const accepted = await acceptLegacyUscc(store().db, {
      uscc: ` ${LEGACY.toLowerCase()} `,
      reason: ' 厦门早期试点代码，已核实营业执照 ',
      operator: '区市场监管局 李主任',
    });
    assert.deepEqual(
      [accepted.uscc, accepted.reason, accepted.acceptedBy, accepted.failure],
      [LEGACY, '厦门早期试点代码，已核实营业执照', '区市场监管局 李主任', '校验位应为“F”实际为“9”'],
    );
    const row = await store().db.selectFrom('legacy_uscc_acceptances').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.accepted_by, '区市场监管局 李主任');
    assert.ok(Date.now() - new Date(row.accepted_at).getTime() < 60_000);
    const event = await store()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'uscc.legacy_accepted')
      .executeTakeFirstOrThrow();
    assert.deepEqual([event.actor, event.subject_type, event.subject_id], ['区市场监管局 李主任', 'uscc', LEGACY]);
    assert.deepEqual(event.payload, {
      uscc: LEGACY,
      reason: '厦门早期试点代码，已核实营业执照',
      failure: '校验位应为“F”实际为“9”',
    });
  });

  test('an accepted legacy code then counts as valid, with the acceptance as its note', async () => {
    const [check] = await checkUsccCodes([LEGACY], async () => store().db);
    assert.equal(check.valid, true);
    assert.equal(check.legacy?.acceptedBy, '区市场监管局 李主任');
    assert.equal(check.legacy?.failure, '校验位应为“F”实际为“9”');
  });

  test('a code that is valid anyway, a malformed code, an empty reason and a second acceptance are refused', async () => {
    await assert.rejects(
      acceptLegacyUscc(store().db, { uscc: '91110000600037341L', reason: '误操作', operator: 'x' }),
      {
        code: 'PRECONDITION_FAILED',
        userMessage: '统一社会信用代码 91110000600037341L 校验通过，无需作为历史代码认可',
      },
    );
    await assert.rejects(
      acceptLegacyUscc(store().db, { uscc: '9135020M0001QKT19', reason: '试点代码', operator: 'x' }),
      {
        code: 'INVALID_INPUT',
        userMessage: '统一社会信用代码“9135020M0001QKT19”格式错误（长度不是18位（实际17位）），不能作为历史代码认可',
      },
    );
    await assert.rejects(
      acceptLegacyUscc(store().db, { uscc: '91350203M0001QKTI9', reason: '试点代码', operator: 'x' }),
      { code: 'INVALID_INPUT' },
    );
    await assert.rejects(acceptLegacyUscc(store().db, { uscc: '91350100M000100Y44', reason: '  ', operator: 'x' }), {
      code: 'INVALID_INPUT',
      userMessage: '认可理由不能为空：请写明为何确认该代码真实有效',
    });
    await assert.rejects(acceptLegacyUscc(store().db, { uscc: LEGACY, reason: '再次认可', operator: 'x' }), {
      code: 'CONFLICT',
    });
    const rows = await store().db.selectFrom('legacy_uscc_acceptances').selectAll().execute();
    assert.equal(rows.length, 1);
    const events = await store()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'uscc.legacy_accepted')
      .execute();
    assert.equal(events.length, 1);
  });
});
