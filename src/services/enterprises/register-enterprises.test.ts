import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { acceptLegacyUscc } from './accept-legacy-uscc.ts';
import { registerEnterprises } from './register-enterprises.ts';

const TODAY = '2026-11-21';
const code = (serial: number) => makeUscc(`91420703${makeOrganizationCode(`MA${String(serial).padStart(6, '0')}`)}`);
// A real early Fujian pilot code that fails the mod-31 check.
const LEGACY = '91350203M0001QKT19';

describeOnEachEngine('registering enterprises', (store) => {
  test('a valid enterprise is registered with its fields normalised and an audit event', async () => {
    const result = await registerEnterprises(
      store().db,
      '区市场监管局 王科员',
      [
        {
          uscc: code(1).toLowerCase(),
          name: ' 鄂州华容光电科技有限公司 ',
          legalRepresentative: '张三明',
          industryCode: 'c39',
          registeredOn: '2019-03-08',
          tiers: '科技型中小企业、high_tech',
          incubator: '华容光谷科创园',
        },
      ],
      { today: TODAY },
    );
    assert.deepEqual(
      {
        registered: result.registered,
        rejected: result.rejected,
        outcome: result.items[0].outcome,
        errors: result.items[0].errors,
      },
      { registered: 1, rejected: 0, outcome: 'registered', errors: [] },
    );
    const row = await store()
      .db.selectFrom('enterprises')
      .selectAll()
      .where('uscc', '=', code(1))
      .executeTakeFirstOrThrow();
    assert.equal(row.id, result.items[0].enterpriseId);
    assert.deepEqual(
      [
        row.name,
        row.legal_representative,
        row.industry_code,
        row.region_code,
        row.registered_on,
        row.status,
        row.tiers,
        row.incubator_code,
        row.source,
        row.uscc_warning,
      ],
      [
        '鄂州华容光电科技有限公司',
        '张三明',
        'C39',
        '420703',
        '2019-03-08',
        '存续',
        ['tech_sme', 'high_tech'],
        'INC03',
        'registry',
        null,
      ],
    );
    const event = await store()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'enterprise.registered')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor, '区市场监管局 王科员');
    assert.equal(event.subject_id, code(1));
    assert.equal((event.payload as { legal_representative: string }).legal_representative, '张*明');
  });

  test('every bad field is refused by name and reason while the good items are still registered', async () => {
    const result = await registerEnterprises(
      store().db,
      'tester',
      [
        {
          uscc: code(2),
          name: '鄂州华容智能装备有限公司',
          industryCode: 'Z35',
          regionCode: '42070',
          registeredOn: '2027-01-01',
          status: '营业',
          tiers: ['独角兽', 'gazelle'],
          incubator: 'INC99',
        },
        { uscc: code(3), name: '华容新材料科技有限公司', industryCode: 'C2', registeredOn: '2023-02-29' },
        { uscc: code(4), name: '华容生物医药有限公司', industryCode: 'C27' },
      ],
      { today: TODAY },
    );
    assert.deepEqual(
      result.items.map((item) => item.outcome),
      ['rejected', 'rejected', 'registered'],
    );
    assert.deepEqual(
      result.items[0].errors.map((error) => `${error.label}：${error.reason}`),
      [
        '行业代码：门类“Z”不在国民经济行业分类（GB/T 4754-2017）中',
        '区划代码：“42070”不是6位数字的行政区划代码（GB/T 2260）',
        '成立日期：2027-01-01 晚于今天（2026-11-21），成立日期不能在未来',
        '登记状态：“营业”不是登记状态之一（存续、在业、吊销、注销、迁出）',
        '科创层级：“独角兽”不是科创层级之一（科技型中小企业、高新技术企业、专精特新中小企业、专精特新“小巨人”企业、创新型中小企业、雏鹰企业、瞪羚企业、独角兽企业）',
        '孵化载体：“INC99”不在孵化载体名录（catalog/incubators.yaml）中',
      ],
    );
    assert.deepEqual(
      result.items[1].errors.map((error) => error.field),
      ['industryCode', 'registeredOn'],
    );
    const count = await store()
      .db.selectFrom('enterprises')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('uscc', 'in', [code(2), code(3), code(4)])
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  test('a division missing from the catalog is accepted under a known section, with a warning', async () => {
    const result = await registerEnterprises(
      store().db,
      'tester',
      [{ uscc: code(5), name: '华容纺织科技有限公司', industryCode: 'C1711' }],
      { today: TODAY },
    );
    assert.equal(result.items[0].outcome, 'registered');
    assert.deepEqual(result.items[0].warnings, ['行业代码：大类“C17”不在平台行业目录中，仅校验了门类“C 制造业”']);
  });

  test('an invalid code is refused with its reason, and a malformed one too', async () => {
    const result = await registerEnterprises(
      store().db,
      'tester',
      [
        { uscc: LEGACY, name: '厦门某历史企业有限公司' },
        { uscc: '91420703MA4F1B2C3', name: '缺一位有限公司' },
      ],
      { today: TODAY },
    );
    assert.equal(result.rejected, 2);
    assert.match(result.items[0].errors[0].reason, /^校验位应为“F”实际为“9”；如确为有效的历史代码，须先由授权人员认可/);
    assert.deepEqual(result.items[1].errors, [
      { field: 'uscc', label: '统一社会信用代码', reason: '长度不是18位（实际17位）' },
    ]);
  });

  test('a legacy code accepted by an operator can then be registered, and says so', async () => {
    await acceptLegacyUscc(store().db, {
      uscc: LEGACY,
      reason: '厦门早期试点代码，已在公示系统核实',
      operator: '区市场监管局 李主任',
    });
    const result = await registerEnterprises(store().db, 'tester', [{ uscc: LEGACY, name: '厦门某历史企业有限公司' }], {
      today: TODAY,
    });
    assert.equal(result.items[0].outcome, 'registered');
    const row = await store()
      .db.selectFrom('enterprises')
      .selectAll()
      .where('uscc', '=', LEGACY)
      .executeTakeFirstOrThrow();
    assert.equal(
      row.uscc_warning,
      '历史代码（校验位应为“F”实际为“9”），已由区市场监管局 李主任人工认可：厦门早期试点代码，已在公示系统核实',
    );
    assert.equal(row.region_code, '350203');
  });

  test('registering the same enterprise again changes nothing, and a change is an update that keeps the other fields', async () => {
    const again = await registerEnterprises(
      store().db,
      'tester',
      [{ uscc: code(1), name: '鄂州华容光电科技有限公司' }],
      { today: TODAY },
    );
    assert.equal(again.items[0].outcome, 'unchanged');
    const eventsBefore = await store().db.selectFrom('audit_events').select('seq').execute();

    const changed = await registerEnterprises(
      store().db,
      'tester',
      [{ uscc: code(1), legalRepresentative: '李四', status: '在业', incubator: null }],
      { today: TODAY },
    );
    assert.equal(changed.items[0].outcome, 'updated');
    const row = await store()
      .db.selectFrom('enterprises')
      .selectAll()
      .where('uscc', '=', code(1))
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.name, row.legal_representative, row.status, row.incubator_code, row.tiers],
      ['鄂州华容光电科技有限公司', '李四', '在业', null, ['tech_sme', 'high_tech']],
    );
    const events = await store()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'enterprise.updated')
      .execute();
    assert.equal(events.length, 1);
    assert.equal((await store().db.selectFrom('audit_events').select('seq').execute()).length, eventsBefore.length + 1);
    assert.deepEqual((events[0].payload as { changes: unknown }).changes, {
      legal_representative: { from: '张*明', to: '李*' },
      status: { from: '存续', to: '在业' },
      incubator_code: { from: 'INC03', to: null },
    });
  });

  test('an enterprise first named by an import becomes a registry entry', async () => {
    await store()
      .db.insertInto('enterprises')
      .values({ uscc: code(6), name: '华容导入企业有限公司', source: 'import' })
      .execute();
    const result = await registerEnterprises(store().db, 'tester', [{ uscc: code(6), industryCode: 'I65' }], {
      today: TODAY,
    });
    assert.equal(result.items[0].outcome, 'updated');
    const row = await store()
      .db.selectFrom('enterprises')
      .selectAll()
      .where('uscc', '=', code(6))
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.name, row.industry_code, row.source], ['华容导入企业有限公司', 'I65', 'registry']);
  });

  test('a new enterprise without a name and a repeated code are refused', async () => {
    const result = await registerEnterprises(
      store().db,
      'tester',
      [
        { uscc: code(7), industryCode: 'I65' },
        { uscc: code(8), name: '华容重复企业有限公司' },
        { uscc: code(8), name: '华容重复企业有限公司' },
      ],
      { today: TODAY },
    );
    assert.deepEqual(
      result.items.map((item) => item.outcome),
      ['rejected', 'registered', 'rejected'],
    );
    assert.equal(result.items[0].errors[0].reason, '新登记的企业必须填写企业名称');
    assert.equal(result.items[2].errors[0].reason, '与第2项重复');
  });

  test('values of the wrong type are refused, not stored', async () => {
    const result = await registerEnterprises(
      store().db,
      'tester',
      [{ uscc: code(9), name: 42 as unknown as string, tiers: 'tech_sme' }],
      { today: TODAY },
    );
    assert.deepEqual(result.items[0].errors, [{ field: 'name', label: '企业名称', reason: '应为文本，实际为42' }]);
  });

  test('a registration without an operator is refused', async () => {
    await assert.rejects(registerEnterprises(store().db, ' ', [{ uscc: code(10), name: '华容无名操作有限公司' }]), {
      code: 'INVALID_INPUT',
      userMessage: '必须指明操作人',
    });
  });

  test('a thousand enterprises register in one call', async () => {
    const inputs = Array.from({ length: 1000 }, (_, index) => ({
      uscc: code(1000 + index),
      name: `华容批量测试${index}科技有限公司`,
      tiers: ['tech_sme'],
    }));
    const result = await registerEnterprises(store().db, 'tester', inputs, { today: TODAY });
    assert.equal(result.registered, 1000);
    const again = await registerEnterprises(store().db, 'tester', inputs, { today: TODAY });
    assert.equal(again.unchanged, 1000);
  });
});
