import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { addMonths } from '../../domain/month-arithmetic.ts';
import type { NormalizedRecord, RecordStatus } from '../../domain/record.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { commitBatch } from '../../services/records/commit-batch.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * The public portal's API: what an anonymous visitor may read — 双公示 records within their publicity,
 * published grades, the model documentation, inspection results — and the 诚信典型案例 the credit office curates.
 */
describeOnEachEngine('the public portal over HTTP', (current) => {
  let fixture: ServerFixture;
  const today = todayInDistrict();
  const monthsAgo = (months: number) => addMonths(today, -months);

  const record = (values: {
    kind: string;
    department: string;
    uscc: string;
    name: string;
    number: string;
    status?: RecordStatus;
    occurredOn: string;
    endsOn?: string | null;
    subtype: string;
    amount?: number;
    fields: Record<string, unknown>;
  }): NormalizedRecord => ({
    sourceRow: 2,
    subjectUscc: values.uscc,
    subjectName: values.name,
    kind: values.kind,
    naturalKey: `${values.number}|${values.department}`,
    departmentCode: values.department,
    status: values.status ?? 'active',
    occurredOn: values.occurredOn,
    endsOn: values.endsOn ?? null,
    level: values.kind === 'administrative_penalty' ? '一般' : null,
    subtype: values.subtype,
    grade: null,
    amount: values.amount ?? null,
    quantity: null,
    fields: {
      subject_name: values.name,
      subject_uscc: values.uscc,
      subject_category: '法人及非法人组织',
      legal_representative: '张三明',
      ...values.fields,
    },
  });
  const licence = (uscc: string, number: string, options: { validTo: string; status?: string }) =>
    record({
      kind: 'administrative_license',
      department: 'scjg',
      uscc,
      name: uscc === fixture.enterpriseA ? '鄂州甲科技有限公司' : '鄂州乙光电有限公司',
      number,
      occurredOn: monthsAgo(2),
      endsOn: options.validTo,
      subtype: '普通',
      fields: {
        decision_number: number,
        document_name: '食品经营许可决定书',
        license_category: '普通',
        content: '食品销售',
        decision_date: monthsAgo(2),
        valid_from: monthsAgo(2),
        valid_to: options.validTo,
        authority: '鄂州市华容区市场监督管理局',
        current_status: options.status ?? '有效',
      },
    });
  const penalty = (
    uscc: string,
    number: string,
    options: { department?: string; occurredOn: string; status?: RecordStatus; category?: string },
  ) =>
    record({
      kind: 'administrative_penalty',
      department: options.department ?? 'scjg',
      uscc,
      name: '鄂州甲科技有限公司',
      number,
      status: options.status,
      occurredOn: options.occurredOn,
      subtype: '罚款',
      amount: 2,
      fields: {
        decision_number: number,
        violation_type: '虚假宣传',
        violation_facts: '发布虚假广告',
        penalty_category: '罚款',
        penalty_content: '罚款2万元',
        fine_amount: 2,
        decision_date: options.occurredOn,
        authority: '处罚机关',
        subject_category: options.category ?? '法人及非法人组织',
      },
    });
  const commit = async (kind: string, department: string, records: NormalizedRecord[]) => {
    const result = await commitBatch(
      current().db,
      {
        departmentCode: department,
        kind,
        fileName: `${kind}.json`,
        fileHash: `${kind}-${department}-${records[0]!.naturalKey}`,
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [records],
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );
    assert.equal(result.status, 'committed');
  };
  /** A later evaluation that becomes the enterprise's current one. */
  const storeGrade = async (uscc: string, grade: string, asOf: string) => {
    const db = current().db;
    const enterprise = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', uscc)
      .executeTakeFirstOrThrow();
    const model = await db
      .selectFrom('model_versions')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('evaluations')
      .values({
        enterprise_id: enterprise.id,
        model_version_id: model.id,
        run_id: null,
        reason: 'evaluate',
        as_of: asOf,
        score: grade === 'A' ? 90 : 75,
        grade,
        vetoes: null,
        dimension_scores: Buffer.alloc(0),
        indicator_points: Buffer.alloc(0),
        fingerprint: 'test',
        result_hash: 0,
      })
      .execute();
  };
  const get = (url: string) => fixture.injectAs('anonymous', { method: 'GET', url });

  before(async () => {
    fixture = await createServerFixture(current());
    const { enterpriseA: a, enterpriseB: b } = fixture;
    await commit('administrative_license', 'scjg', [
      licence(a, '公开-许可-长期', { validTo: '2099-12-31' }),
      licence(b, '公开-许可-过期', { validTo: monthsAgo(1) }),
      licence(a, '公开-许可-注销', { validTo: '2099-12-31', status: '注销' }),
    ]);
    await commit('administrative_penalty', 'scjg', [
      penalty(a, '公开-处罚-公示中', { occurredOn: monthsAgo(6) }),
      penalty(a, '公开-处罚-已撤销', { occurredOn: monthsAgo(5), status: 'revoked' }),
      penalty(a, '公开-处罚-自然人', { occurredOn: monthsAgo(4), category: '自然人' }),
    ]);
    // A 一般 penalty of another department is published for 12 months at most (catalog/publicity-rules.yaml).
    await commit('administrative_penalty', 'tax', [
      penalty(a, '公开-处罚-期满', { department: 'tax', occurredOn: monthsAgo(14) }),
    ]);
    await commit('random_inspection', 'scjg', [
      record({
        kind: 'random_inspection',
        department: 'scjg',
        uscc: a,
        name: '鄂州甲科技有限公司',
        number: '公开-抽查-1',
        occurredOn: monthsAgo(1),
        subtype: '未发现问题',
        fields: {
          inspection_number: '公开-抽查-1',
          plan_title: '2026年度双随机抽查',
          outcome: '未发现问题',
          inspected_on: monthsAgo(1),
          findings: '检查人员王五现场核查',
          inspecting_authority: '鄂州市华容区市场监督管理局',
        },
      }),
      record({
        kind: 'random_inspection',
        department: 'scjg',
        uscc: b,
        name: '鄂州乙光电有限公司',
        number: '公开-抽查-2',
        status: 'revoked',
        occurredOn: monthsAgo(1),
        subtype: '未发现问题',
        fields: {
          inspection_number: '公开-抽查-2',
          plan_title: '2026年度双随机抽查',
          outcome: '未发现问题',
          inspected_on: monthsAgo(1),
          inspecting_authority: '鄂州市华容区市场监督管理局',
        },
      }),
    ]);
    await ensurePublishedModel(current());
  });
  after(async () => {
    await fixture?.close();
  });

  test('a visitor sees valid licences and penalties within their publicity window, never expired, cancelled, revoked or natural persons’ records', async () => {
    const response = await get('/api/public/records?limit=200');
    assert.equal(response.statusCode, 200, response.body);
    const numbers = response
      .json()
      .items.map((item: { decisionNumber: string }) => item.decisionNumber)
      .filter((number: string) => number.startsWith('公开-'));
    assert.deepEqual(numbers.sort(), ['公开-处罚-公示中', '公开-许可-长期'].sort());
    const longTerm = response
      .json()
      .items.find((item: { decisionNumber: string }) => item.decisionNumber === '公开-许可-长期');
    assert.equal(longTerm.publicUntil, null, 'a licence valid until 2099-12-31 is 长期');
    assert.ok(
      longTerm.details.some(
        (detail: { label: string; value: string }) => detail.label === '有效期至' && detail.value === '长期',
      ),
    );
    const published = response
      .json()
      .items.find((item: { decisionNumber: string }) => item.decisionNumber === '公开-处罚-公示中');
    assert.equal(
      published.publicUntil,
      addMonths(monthsAgo(6), 12),
      'a 一般 market-supervision penalty is published on the platform for one year (governing_rule), not SAMR’s three',
    );
    assert.equal(published.kindLabel, '行政处罚');
  });

  test('published records carry no personal data', async () => {
    const body = (await get('/api/public/records?limit=200')).body;
    assert.ok(!body.includes('张三明'), 'no legal representative');
    assert.ok(!body.includes(fixture.personalIdNumber), 'no identity number');
    assert.ok(!body.includes('法定代表人'));
  });

  test('the records are searched by name or USCC prefix, filtered by kind, and paged with the total of published ones', async () => {
    const byName = (await get(`/api/public/records?q=${encodeURIComponent('乙光电')}&limit=200`)).json();
    assert.ok(
      byName.items.length > 0 && byName.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseB),
    );
    const byCode = (
      await get(`/api/public/records?q=${fixture.enterpriseA.slice(0, 12).toLowerCase()}&kind=administrative_license`)
    ).json();
    assert.deepEqual(
      byCode.items.map((item: { decisionNumber: string }) => item.decisionNumber),
      ['公开-许可-长期'],
    );
    const first = (await get('/api/public/records?limit=1')).json();
    const all = (await get('/api/public/records?limit=200')).json();
    assert.equal(first.total, all.items.length);
    assert.equal(first.items.length, 1);
    const unknownKind = await get('/api/public/records?kind=honor');
    assert.equal(unknownKind.statusCode, 400);
  });

  test('each evaluated enterprise’s grade is published with its as-of date only', async () => {
    const response = await get('/api/public/grades');
    assert.equal(response.statusCode, 200, response.body);
    const { total, items } = response.json();
    assert.equal(total, 2);
    assert.deepEqual(Object.keys(items[0]).sort(), ['evaluatedOn', 'grade', 'gradeLabel', 'name', 'uscc']);
    const onlyA = (await get(`/api/public/grades?q=${encodeURIComponent('甲科技')}`)).json();
    assert.deepEqual(
      onlyA.items.map((item: { uscc: string }) => item.uscc),
      [fixture.enterpriseA],
    );
  });

  test('the model documentation gives every dimension with its weight, the parameters with references and dates, the grade table and the README', async () => {
    const response = await get('/api/public/model');
    assert.equal(response.statusCode, 200, response.body);
    const model = response.json();
    assert.equal(model.version, 'huarong-sci-tech/v1');
    assert.equal(model.versionLabel, 'v1 版', 'the public reads the version, not the model code');
    assert.equal(
      Math.round(
        model.dimensions.reduce((sum: number, dimension: { weight: number }) => sum + dimension.weight, 0) * 1000,
      ),
      1000,
    );
    const general = model.dimensions
      .flatMap((dimension: { indicators: unknown[] }) => dimension.indicators)
      .find((indicator: { id: string }) => indicator.id === 'penalties_general');
    assert.deepEqual(general.recordKinds, ['行政处罚']);
    const minor = model.parameters.find((parameter: { id: string }) => parameter.id === 'penalties_minor_points');
    assert.deepEqual(minor.values, [
      { from: '2019-01-01', text: '-3 分/条' },
      { from: '2026-04-01', text: '-1 分/条' },
    ]);
    assert.ok(
      model.parameters.length > 0 &&
        model.parameters.every((parameter: { reference: string }) => parameter.reference.length > 0),
    );
    assert.deepEqual(
      model.grades.map((grade: { grade: string }) => grade.grade),
      ['A', 'B', 'C', 'D'],
    );
    assert.match(model.readme, /^# 华容区科创企业公共信用综合评价模型 v1/);
  });

  test('random-inspection results are published without inspectors or findings; revoked ones are not', async () => {
    const { items } = (await get('/api/public/inspections')).json();
    assert.deepEqual(
      items.map((item: { inspectionNumber: string }) => item.inspectionNumber),
      ['公开-抽查-1'],
    );
    assert.equal(items[0].outcome, '未发现问题');
    assert.ok(!JSON.stringify(items).includes('王五'));
  });

  test('the home page numbers count the enterprises by grade under the published model', async () => {
    const overview = (await get('/api/public/overview')).json();
    assert.equal(overview.model.version, 'huarong-sci-tech/v1');
    assert.equal(overview.model.versionLabel, 'v1 版');
    assert.equal(overview.enterprises, 2);
    assert.equal(overview.rated, 2);
    assert.equal(
      overview.grades.reduce((sum: number, grade: { count: number }) => sum + grade.count, 0),
      2,
    );
  });

  test('the credit office publishes an A-grade enterprise as an honest case, refuses others, withdraws it with a reason, and all of it is audited', async () => {
    const db = current().db;
    await storeGrade(fixture.enterpriseA, 'A', today);
    await storeGrade(fixture.enterpriseB, 'B', today);
    const admin = await fixture.logIn('admin');
    const publish = (uscc: string) =>
      fixture.injectAs(
        'admin',
        {
          method: 'POST',
          url: '/api/honest-cases',
          payload: {
            uscc,
            title: '守信践诺',
            story: '按期纳税，守合同重信用。',
            highlights: ['省级 · 守合同重信用企业'],
          },
        },
        admin,
      );

    const refused = await publish(fixture.enterpriseB);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /现行信用等级为 B 级.*只选取 A 级企业/);

    const created = await publish(fixture.enterpriseA);
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().grade, 'A');
    assert.equal(created.json().isShownPublicly, true);
    const shown = (await get('/api/public/honest-cases')).json();
    assert.deepEqual(
      shown.items.map((item: { title: string; uscc: string }) => [item.title, item.uscc]),
      [['守信践诺', fixture.enterpriseA]],
    );
    assert.equal((await publish(fixture.enterpriseA)).statusCode, 409, 'one published case per enterprise');

    const id = created.json().id;
    const noReason = await fixture.injectAs(
      'admin',
      { method: 'POST', url: `/api/honest-cases/${id}/withdraw`, payload: { reason: ' ' } },
      admin,
    );
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.json().error.message, /字段“撤回原因”：请填写撤回原因/);
    const withdrawn = await fixture.injectAs(
      'admin',
      { method: 'POST', url: `/api/honest-cases/${id}/withdraw`, payload: { reason: '企业申请撤下' } },
      admin,
    );
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    assert.equal(withdrawn.json().state, 'withdrawn');
    assert.equal((await get('/api/public/honest-cases')).json().total, 0);
    const again = await fixture.injectAs(
      'admin',
      { method: 'POST', url: `/api/honest-cases/${id}/withdraw`, payload: { reason: '重复' } },
      admin,
    );
    assert.equal(again.statusCode, 409);

    const actions = await db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('subject_type', '=', 'honest_case')
      .orderBy('seq')
      .execute();
    assert.deepEqual(actions, [
      { action: 'honest_case.published', subject_id: String(id) },
      { action: 'honest_case.withdrawn', subject_id: String(id) },
    ]);
  });

  test('a published case leaves the portal once its enterprise’s grade falls, and the credit office is told why', async () => {
    const admin = await fixture.logIn('admin');
    await storeGrade(fixture.enterpriseA, 'A', today);
    const created = await fixture.injectAs(
      'admin',
      {
        method: 'POST',
        url: '/api/honest-cases',
        payload: { uscc: fixture.enterpriseA, title: '创新发展', story: '科技创新。' },
      },
      admin,
    );
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await get('/api/public/honest-cases')).json().total, 1);
    await storeGrade(fixture.enterpriseA, 'B', addMonths(today, 1));
    assert.equal((await get('/api/public/honest-cases')).json().total, 0);
    const listed = (
      await fixture.injectAs('admin', { method: 'GET', url: '/api/honest-cases?state=published' }, admin)
    ).json();
    assert.equal(listed.items[0].isShownPublicly, false);
    assert.match(listed.items[0].hiddenReason, /现行信用等级为 B 级/);
  });

  test('only the credit office manages cases', async () => {
    assert.equal((await fixture.injectAs('anonymous', { method: 'GET', url: '/api/honest-cases' })).statusCode, 401);
    assert.equal(
      (
        await fixture.injectAs('reviewer', {
          method: 'POST',
          url: '/api/honest-cases',
          payload: { uscc: fixture.enterpriseA, title: 't', story: 's' },
        })
      ).statusCode,
      403,
    );
  });
});
