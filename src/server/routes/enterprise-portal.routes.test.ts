import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { commitBatch } from '../../services/records/commit-batch.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

describeOnEachEngine('the enterprise portal API', (current) => {
  let fixture: ServerFixture;
  let session: string;
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    session = await fixture.logIn('enterprise');
  });
  after(async () => {
    await fixture?.close();
  });
  const get = async (url: string) => {
    const response = await fixture.injectAs('enterprise', { method: 'GET', url }, session);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const post = async (url: string, payload: object) => {
    const response = await fixture.injectAs('enterprise', { method: 'POST', url, payload }, session);
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  };
  const proof = async (label: string) =>
    (
      await post('/api/attachments', {
        fileName: `${label}.pdf`,
        contentBase64: Buffer.from(`%PDF-1.7 ${label}`).toString('base64'),
      })
    ).sha256 as string;

  test('an enterprise sees only its own records, grouped by kind, with department, date, standing and document number', async () => {
    // Two honours of enterprise A: one still valid, one whose validity ended.
    const honour = (name: string, awardedOn: string, validTo: string, sourceRow: number): NormalizedRecord => ({
      sourceRow,
      subjectUscc: fixture.enterpriseA,
      subjectName: '鄂州甲科技有限公司',
      kind: 'honor',
      naturalKey: `${fixture.enterpriseA}|${name}|${awardedOn}`,
      departmentCode: 'fgjx',
      status: 'active',
      occurredOn: awardedOn,
      endsOn: validTo,
      level: null,
      subtype: '其他表彰',
      grade: '区级',
      amount: null,
      quantity: null,
      fields: {
        subject_name: '鄂州甲科技有限公司',
        subject_uscc: fixture.enterpriseA,
        honor_name: name,
        honor_level: '区级',
        honor_type: '其他表彰',
        awarding_body: '华容区人民政府',
        awarded_on: awardedOn,
        valid_to: validTo,
      },
    });
    const records = [
      honour('守信示范企业', '2020-03-01', '2022-03-01', 2),
      honour('科技创新先进单位', '2025-03-01', '2099-12-31', 3),
    ];
    await commitBatch(
      current().db,
      {
        departmentCode: 'fgjx',
        kind: 'honor',
        fileName: 'honours.json',
        fileHash: 'honours',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [records],
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );

    const page = await get('/api/enterprise-portal/records');
    assert.equal(page.uscc, fixture.enterpriseA);
    assert.equal(page.total, 4, 'two penalties and two honours of A; B’s penalty is not listed');
    assert.deepEqual(
      page.kinds.map((kind: { kindLabel: string; count: number }) => [kind.kindLabel, kind.count]),
      [
        ['行政处罚', 2],
        ['荣誉表彰', 2],
      ],
      'kinds in catalog order with their counts',
    );
    assert.deepEqual(
      page.items.map((item: { kind: string }) => item.kind),
      ['administrative_penalty', 'administrative_penalty', 'honor', 'honor'],
      'a kind’s records are together, so a page never interleaves kinds',
    );
    const penalty = page.items.find((item: { id: number }) => item.id === fixture.records.aOwnDepartment);
    assert.equal(penalty.departmentName, '区市场监管局');
    assert.equal(penalty.occurredOn, '2026-05-20');
    assert.equal(penalty.number, '华市监罚〔2025〕1号');
    // A general penalty of 2026-05-20 on the platform (《信用修复管理办法》): repairable after three months, published one
    // year; SAMR's own three years are shown beside it, not applied (catalog/publicity-rules.yaml governing_rule).
    assert.equal(penalty.statusLabel, '可申请修复');
    assert.equal(penalty.publicUntil, '2027-05-20');
    const honours = page.items.filter((item: { kind: string }) => item.kind === 'honor');
    assert.deepEqual(
      honours.map((item: { summary: string; statusLabel: string; repair: unknown }) => [
        item.summary.split('；')[0],
        item.statusLabel,
        item.repair,
      ]),
      [
        ['科技创新先进单位', '有效', null],
        ['守信示范企业', '已过期', null],
      ],
      'newest first within a kind; an honour past its validity is 已过期； positive records have no repair',
    );

    const honoursOnly = await get('/api/enterprise-portal/records?kind=honor&limit=1&offset=1');
    assert.equal(honoursOnly.total, 2);
    assert.equal(honoursOnly.items.length, 1);
    assert.equal(honoursOnly.items[0].summary.split('；')[0], '守信示范企业', 'the second page of the honours');
    assert.equal(honoursOnly.kinds.length, 2, 'the kind counts do not depend on the kind shown');
  });

  test('a record under objection or repair says so and is no longer offered for another one', async () => {
    const before = await get('/api/enterprise-portal/records?purpose=objection');
    const offered = before.items.map((item: { id: number }) => item.id);
    assert.ok(
      offered.includes(fixture.records.aOwnDepartment) && offered.includes(fixture.records.aOtherDepartment),
      'records that just reached the platform can be contested',
    );
    const penalty = before.items.find((item: { id: number }) => item.id === fixture.records.aOwnDepartment);
    assert.ok(penalty.objection.canFile);
    assert.ok(penalty.objection.lastDay > todayInDistrict(), 'the last day to contest is ahead');

    const objection = await post('/api/objections', {
      recordId: fixture.records.aOtherDepartment,
      reason: '处罚已被复议撤销',
      attachments: [],
    });
    const repair = await post('/api/repairs', {
      recordId: fixture.records.aOwnDepartment,
      correction: '罚款已缴清',
      attachments: [await proof('缴款凭证')],
      acceptsCommitment: true,
    });

    const all = await get('/api/enterprise-portal/records?kind=administrative_penalty');
    const contested = all.items.find((item: { id: number }) => item.id === fixture.records.aOtherDepartment);
    assert.deepEqual(contested.marks, ['异议中']);
    assert.deepEqual(contested.objection, {
      lastDay: penalty.objection.lastDay,
      canFile: false,
      openCaseId: objection.id,
    });
    const repairing = all.items.find((item: { id: number }) => item.id === fixture.records.aOwnDepartment);
    assert.deepEqual(repairing.marks, ['修复申请中']);
    assert.deepEqual(repairing.repair, {
      repairableFrom: '2026-08-21',
      canApply: false,
      openCaseId: repair.id,
      note: `已有办理中的信用修复申请（编号 ${repair.id}）`,
    });
    // The tax office's penalty of the same day falls under the general rules: its publicity has ended, nothing to repair.
    assert.equal(contested.statusLabel, '公示期满');
    assert.equal(contested.repair, null);

    const objectable = await get('/api/enterprise-portal/records?purpose=objection');
    assert.ok(
      !objectable.items.some((item: { id: number }) => item.id === fixture.records.aOtherDepartment),
      'one open objection per record',
    );
    const repairable = await get('/api/enterprise-portal/records?purpose=repair');
    assert.deepEqual(
      repairable.items.map((item: { id: number }) => item.id),
      [fixture.records.aOwnDepartment],
      'only negative records still published are listed for repair',
    );

    for (const action of ['accept', 'approve']) {
      const decided = await fixture.injectAs('reviewer', {
        method: 'POST',
        url: `/api/repairs/${repair.id}/decision`,
        payload: { action },
      });
      assert.equal(decided.statusCode, 200, decided.body);
    }
    const repaired = (await get('/api/enterprise-portal/records?kind=administrative_penalty')).items.find(
      (item: { id: number }) => item.id === fixture.records.aOwnDepartment,
    );
    assert.equal(repaired.statusLabel, '已修复');
    assert.equal(repaired.repair, null, 'a repaired record needs no repair');
    assert.deepEqual(repaired.marks, []);
    assert.equal((await get('/api/enterprise-portal/records?purpose=repair')).total, 0);
  });

  test('the overview gives the current grade with its objection window, open cases, unread messages and the limits the forms announce', async () => {
    const overview = await get('/api/enterprise-portal/overview');
    assert.equal(overview.uscc, fixture.enterpriseA);
    assert.equal(overview.name, '鄂州甲科技有限公司');
    assert.match(overview.evaluation.grade, /^[A-D]$/);
    assert.ok(overview.evaluation.objection.canFile);
    assert.ok(overview.evaluation.objection.lastDay > overview.evaluation.evaluatedOn);
    assert.deepEqual(
      overview.openCases,
      { declarations: 0, objections: 1, repairs: 0 },
      'the objection filed above is open; the repair was approved',
    );
    const inbox = await get('/api/inbox?limit=1');
    assert.equal(overview.unreadMessages, inbox.unread);
    assert.ok(overview.unreadMessages > 0, 'filing and deciding sent messages');
    assert.deepEqual(
      overview.limits,
      {
        attachmentMaxBytes: 5242880,
        objectionFilingWindowDays: 30,
        objectionReviewWorkingDays: 15,
        repairReviewWorkingDays: 15,
      },
      'catalog/workflow-deadlines.yaml',
    );

    const filed = await post('/api/objections', {
      evaluationId: overview.evaluation.id,
      reason: '研发投入数据有误',
      attachments: [],
    });
    const after = await get('/api/enterprise-portal/overview');
    assert.deepEqual(after.evaluation.objection, {
      lastDay: overview.evaluation.objection.lastDay,
      canFile: false,
      openCaseId: filed.id,
    });
    assert.equal(after.openCases.objections, 2);
  });

  test('the declarable kinds are the positive kinds with the fields to fill in, and a declaration made from them is accepted', async () => {
    const { items } = await get('/api/enterprise-portal/declarable-kinds');
    assert.deepEqual(
      items.slice(0, 2).map((kind: { code: string; categoryLabel: string }) => [kind.code, kind.categoryLabel]),
      [
        ['honor', '荣誉表彰'],
        ['qualification', '专业资质'],
      ],
    );
    assert.ok(items.length > 2 && items.slice(2).every((kind: { category: string }) => kind.category === 'other'));
    const honour = items[0];
    const headers = honour.fields.map((field: { header: string }) => field.header);
    assert.ok(
      !headers.includes('企业名称') && !headers.includes('统一社会信用代码'),
      'name and code come from the account',
    );
    assert.deepEqual(honour.fields.find((field: { header: string }) => field.header === '荣誉级别').values, [
      '国家级',
      '省级',
      '市级',
      '区级',
    ]);

    const sample: Record<string, string> = { text: '区级科技创新先进单位', date: '2026-01-15' };
    const fields = Object.fromEntries(
      honour.fields
        .filter((field: { required: boolean }) => field.required)
        .map((field: { header: string; type: string; values: string[] | null }) => [
          field.header,
          field.values?.at(-1) ?? sample[field.type],
        ]),
    );
    const created = await post('/api/declarations', {
      kind: honour.code,
      fields,
      attachments: [await proof('荣誉证书')],
    });
    assert.equal(created.state, 'submitted');
    assert.equal((await get('/api/enterprise-portal/overview')).openCases.declarations, 1);
  });

  test('other roles cannot use the enterprise portal API', async () => {
    for (const url of [
      '/api/enterprise-portal/overview',
      '/api/enterprise-portal/records',
      '/api/enterprise-portal/declarable-kinds',
    ]) {
      assert.equal((await fixture.injectAs('reviewer', { method: 'GET', url })).statusCode, 403, url);
      assert.equal((await fixture.injectAs('anonymous', { method: 'GET', url })).statusCode, 401, url);
    }
  });
});
