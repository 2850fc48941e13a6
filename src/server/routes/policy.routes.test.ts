import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/roles.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/**
 * 惠企政策 over HTTP. The fixture's enterprises A and B are not evaluated, founded 2018 and 2019, with
 * active penalties: both qualify for the stable-employment refund (no social-insurance arrears), neither for a
 * grade-gated policy.
 */
describeOnEachEngine('惠企政策 over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'department_operator', 'enterprise', 'bank'] as const)
      sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });
  const get = (role: Role | 'anonymous', url: string) =>
    fixture.injectAs(role, { method: 'GET', url }, role === 'anonymous' ? undefined : sessions.get(role));

  test('anyone reads the policies with their department, basis, validity and conditions in Chinese', async () => {
    const response = await get('anonymous', '/api/policies');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.deepEqual(body.operatingStatuses, ['存续', '在业']);
    assert.equal(body.items.length, 11);
    const pledge = body.items.find((item: { code: string }) => item.code === 'ip_pledge_interest_subsidy');
    assert.equal(
      pledge.basisText,
      '《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（六）项（知识产权质押融资贴息向信用等级高的经营主体倾斜）；《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（七）项',
      'the basis is read with the documents’ titles and clauses',
    );
    assert.deepEqual(
      {
        name: pledge.name,
        departmentName: pledge.departmentName,
        modeLabel: pledge.modeLabel,
        isLocalExample: pledge.isLocalExample,
        conditionLines: pledge.conditionLines,
      },
      {
        name: '知识产权质押贷款贴息',
        departmentName: '华容区金融发展服务中心',
        modeLabel: '免申即享',
        isLocalExample: true,
        conditionLines: [
          '当前信用评价等级为 A',
          '有专利记录（专利类型为发明，法律状态为有效或质押，尚未到期）',
          '无有效的严重违法失信名单、失信被执行人、经营异常名录记录',
        ],
      },
    );
  });

  test('an enterprise sees for each policy whether it qualifies and why or why not, for itself only', async () => {
    const response = await get('enterprise', `/api/enterprises/${fixture.enterpriseA}/policies?asOf=2026-11-01`);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual([body.uscc, body.grade, body.asOf], [fixture.enterpriseA, null, '2026-11-01']);
    const byCode = new Map(body.items.map((item: { policy: { code: string } }) => [item.policy.code, item]));
    assert.deepEqual(byCode.get('stable_employment_refund'), {
      ...(byCode.get('stable_employment_refund') as object),
      qualifies: true,
      reasons: [
        '成立于 2018-03-01，已满 8 年（要求成立满 1 年）',
        '无有效的社保欠缴、严重违法失信名单、失信被执行人记录',
      ],
      whyNot: null,
    });
    assert.equal((byCode.get('ip_pledge_interest_subsidy') as { whyNot: string }).whyNot, '尚无信用评价等级（要求 A）');
    assert.equal(
      (byCode.get('specialized_sme_award') as { whyNot: string }).whyNot,
      '不属于梯次培育库的专精特新中小企业或专精特新“小巨人”企业（现为未入库）',
    );
    assert.equal((await get('enterprise', `/api/enterprises/${fixture.enterpriseB}/policies`)).statusCode, 403);
    assert.equal((await get('bank', `/api/enterprises/${fixture.enterpriseA}/policies`)).statusCode, 403);
    assert.equal(
      (await get('admin', `/api/enterprises/${fixture.enterpriseB}/policies?asOf=2026-11-01`)).statusCode,
      200,
    );
  });

  test('officials page through the eligible enterprises with their reasons; enterprises and the public may not', async () => {
    const first = await get(
      'department_operator',
      '/api/policies/stable_employment_refund/eligible?asOf=2026-11-01&limit=1',
    );
    assert.equal(first.statusCode, 200, first.body);
    const page = first.json();
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
    const second = (
      await get(
        'department_operator',
        '/api/policies/stable_employment_refund/eligible?asOf=2026-11-01&limit=1&offset=1',
      )
    ).json();
    assert.deepEqual([page.items[0].uscc, second.items[0].uscc], [fixture.enterpriseA, fixture.enterpriseB].sort());
    assert.equal(second.items[0].reasons.length, 2);
    assert.equal(second.items[0].firstSeenOn, null, 'no match run has stored it yet');
    assert.equal(
      (await get('department_operator', '/api/policies/ip_pledge_interest_subsidy/eligible?asOf=2026-11-01')).json()
        .total,
      0,
    );
    const unknown = await get('admin', '/api/policies/no_such_policy/eligible');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.message, '政策“no_such_policy”不存在');
    assert.equal((await get('enterprise', '/api/policies/stable_employment_refund/eligible')).statusCode, 403);
    assert.equal((await get('anonymous', '/api/policies/stable_employment_refund/eligible')).statusCode, 401);
  });

  test('the eligible list exports to Excel with its reasons, and the export is on the audit trail', async () => {
    const response = await get('admin', '/api/policies/stable_employment_refund/eligible.xlsx?asOf=2026-11-01');
    assert.equal(response.statusCode, 200);
    assert.match(
      String(response.headers['content-disposition']),
      new RegExp(encodeURIComponent('失业保险稳岗返还-符合条件企业-2026-11-01.xlsx')),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    assert.deepEqual(rows[0], [
      '统一社会信用代码',
      '企业名称',
      '信用等级',
      '符合依据',
      '首次符合日期',
      '本次符合起始日期',
      '通知日期',
    ]);
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[1]!.slice(0, 2), [fixture.enterpriseA, '鄂州甲科技有限公司']);
    assert.equal(
      rows[1]![3],
      '成立于 2018-03-01，已满 8 年（要求成立满 1 年）；无有效的社保欠缴、严重违法失信名单、失信被执行人记录',
    );
    const event = await current()
      .db.selectFrom('audit_events')
      .select(['actor', 'subject_id', 'payload'])
      .where('action', '=', 'policy.list_exported')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [event.actor, event.subject_id, event.payload],
      ['admin', 'stable_employment_refund', { asOf: '2026-11-01', enterprises: 2 }],
    );
  });
});
