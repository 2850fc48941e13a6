import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { commitBatch } from '../../services/records/commit-batch.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('proof of an honour'),
]);
const PDF = Buffer.from('%PDF-1.7\nproof that the fine was paid\n%%EOF');

describeOnEachEngine('workflows over HTTP: self-declaration and credit repair', (current) => {
  let fixture: ServerFixture;
  let enterpriseSession: string;
  let reviewerSession: string;
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    enterpriseSession = await fixture.logIn('enterprise');
    reviewerSession = await fixture.logIn('reviewer');
  });
  after(async () => {
    await fixture?.close();
  });

  const asEnterprise = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs('enterprise', { method, url, payload }, enterpriseSession);
  const asReviewer = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs('reviewer', { method, url, payload }, reviewerSession);
  const upload = async (content: Buffer, fileName: string) =>
    asEnterprise('POST', '/api/attachments', { fileName, contentBase64: content.toString('base64') });
  const honour = (name: string) => ({
    荣誉名称: name,
    荣誉级别: '省级',
    荣誉类型: '守合同重信用',
    授予单位: '湖北省市场监督管理局',
    授予日期: '2026-06-01',
  });
  const latestEvaluation = async () =>
    current()
      .db.selectFrom('evaluations as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select(['v.score', 'v.reason', 'v.id'])
      .where('e.uscc', '=', fixture.enterpriseA)
      .orderBy('v.id', 'desc')
      .executeTakeFirst();

  test('an attachment is typed by its content, stored once under its hash, and anything else is refused', async () => {
    const first = await upload(PNG, '证书.png');
    assert.equal(first.statusCode, 201);
    assert.equal(first.json().mediaType, 'image/png');
    const again = await upload(PNG, '另一个名字.jpg');
    assert.equal(again.json().sha256, first.json().sha256, 'the same content is the same attachment');
    assert.ok(fs.existsSync(path.join(fixture.dataDir, 'attachments', first.json().sha256)));
    const script = await upload(Buffer.from('#!/bin/sh\nrm -rf /\n'), '证书.pdf');
    assert.equal(script.statusCode, 400);
    assert.equal(script.json().error.message, '附件“证书.pdf”不是 PDF、JPG 或 PNG 文件（按文件内容判断）');
    const reviewer = await asReviewer('POST', '/api/attachments', {
      fileName: 'x.png',
      contentBase64: PNG.toString('base64'),
    });
    assert.equal(reviewer.statusCode, 403, 'only enterprises upload proofs');
  });

  test('an enterprise declares an honour, the reviewer accepts and approves it, and it becomes a record of source 自主申报 that counts at once', async () => {
    const proof = (await upload(PNG, '证书.png')).json().sha256;
    const submitted = await asEnterprise('POST', '/api/declarations', {
      kind: 'honor',
      fields: honour('湖北省守合同重信用企业'),
      attachments: [proof],
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const id = submitted.json().id;
    const early = await asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'approve' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.message, '自主申报当前状态为“已提交”，不能执行“审核通过”');
    assert.equal(
      (await asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'accept' })).json().state,
      'accepted',
    );
    const approved = await asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
    assert.equal(approved.json().reevaluation.enterprises, 1, 'the enterprise was re-evaluated at once');
    assert.equal((await latestEvaluation())?.reason, 'declaration');

    const record = (await asEnterprise('GET', `/api/records/${approved.json().recordId}`)).json();
    assert.equal(record.kind, 'honor');
    assert.equal(record.fields.source, '自主申报');
    assert.equal(record.fields.verified_by, 'reviewer');
    assert.equal(record.fields.honor_name, '湖北省守合同重信用企业');
    assert.equal(record.enterprise.uscc, fixture.enterpriseA);

    const mine = (await asEnterprise('GET', '/api/declarations')).json().items;
    assert.deepEqual(
      mine.map((item: { id: number; stateLabel: string }) => [item.id, item.stateLabel]),
      [[id, '已通过']],
    );
    const inbox = (await asEnterprise('GET', '/api/inbox')).json().items;
    // The approval, then the re-evaluation it caused, saying how the score and grade changed.
    assert.equal(inbox[1].title, '自主申报已通过');
    assert.match(inbox[0].title, /^信用评价(已更新|等级上调|等级下调)$/);
    assert.match(
      inbox[0].body,
      /^因自主申报通过审核，平台已重新评价贵企业：分数(为 [\d.]+| [\d.]+ → [\d.]+)，等级( [A-D] → [A-D]|仍为 [A-D])。/,
    );
    const audit = await current()
      .db.selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'declaration')
      .where('subject_id', '=', String(id))
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['declaration.submitted', 'declaration.accepted', 'declaration.approved'],
    );
  });

  test('a rejection needs a reason, and the enterprise reads that reason in its inbox', async () => {
    const proof = (await upload(PNG, '证书.png')).json().sha256;
    const id = (
      await asEnterprise('POST', '/api/declarations', {
        kind: 'honor',
        fields: honour('鄂州市诚信典型'),
        attachments: [proof],
      })
    ).json().id;
    const silent = await asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'reject' });
    assert.equal(silent.statusCode, 400);
    assert.equal(silent.json().error.message, '字段“驳回理由”：驳回自主申报必须填写理由，理由将告知企业');
    const rejected = await asReviewer('POST', `/api/declarations/${id}/decision`, {
      action: 'reject',
      reason: '证书与授予单位公示名单不符',
    });
    assert.equal(rejected.json().state, 'rejected');
    assert.equal(rejected.json().recordId, null, 'no record is written');
    const inbox = (await asEnterprise('GET', '/api/inbox')).json().items;
    assert.equal(
      inbox[0].body,
      '您的自主申报“荣誉表彰：鄂州市诚信典型，2026-06-01”未通过审核。理由：证书与授予单位公示名单不符。如有补充材料，可重新提交申报。',
    );
    const again = await asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'approve' });
    assert.equal(again.statusCode, 409, 'a rejected declaration cannot be approved afterwards');
  });

  test('a declaration with a bad field is refused naming the field, and one without proof is refused', async () => {
    const proof = (await upload(PNG, '证书.png')).json().sha256;
    const bad = await asEnterprise('POST', '/api/declarations', {
      kind: 'honor',
      fields: { ...honour('x'), 荣誉级别: '宇宙级' },
      attachments: [proof],
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error.message, /字段“荣誉级别”/);
    const noProof = await asEnterprise('POST', '/api/declarations', {
      kind: 'honor',
      fields: honour('无证明'),
      attachments: [],
    });
    assert.equal(noProof.statusCode, 400);
    const negative = await asEnterprise('POST', '/api/declarations', {
      kind: 'administrative_penalty',
      fields: {},
      attachments: [proof],
    });
    assert.equal(negative.statusCode, 400, 'an enterprise cannot declare negative information');
  });

  test('two reviewers deciding the same declaration at once: one wins, the other is told it was already decided', async () => {
    const proof = (await upload(PNG, '证书.png')).json().sha256;
    const id = (
      await asEnterprise('POST', '/api/declarations', {
        kind: 'honor',
        fields: honour('区级科技奖励'),
        attachments: [proof],
      })
    ).json().id;
    await asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'accept' });
    const other = await fixture.logIn('reviewer');
    const [one, two] = await Promise.all([
      asReviewer('POST', `/api/declarations/${id}/decision`, { action: 'approve' }),
      fixture.injectAs(
        'reviewer',
        { method: 'POST', url: `/api/declarations/${id}/decision`, payload: { action: 'reject', reason: '材料不全' } },
        other,
      ),
    ]);
    const statuses = [one.statusCode, two.statusCode].sort();
    assert.deepEqual(statuses, [200, 409]);
    const loser = one.statusCode === 409 ? one : two;
    assert.match(loser.json().error.message, /该自主申报已被他人处理|当前状态为/);
    const decisions = await current()
      .db.selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'declaration')
      .where('subject_id', '=', String(id))
      .where('action', 'in', ['declaration.approved', 'declaration.rejected'])
      .execute();
    assert.equal(decisions.length, 1, 'exactly one decision is recorded');
  });

  test('a repair applied for before the repair date is refused with the date it becomes possible', async () => {
    const today = todayInDistrict();
    const decided = addDays(today, -10);
    await commitBatch(
      current().db,
      {
        departmentCode: 'scjg',
        kind: 'administrative_penalty',
        fileName: 'fresh.json',
        fileHash: 'fresh',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [
        [
          {
            sourceRow: 2,
            subjectUscc: fixture.enterpriseA,
            subjectName: '鄂州甲科技有限公司',
            kind: 'administrative_penalty',
            naturalKey: '华市监罚〔2026〕9号|scjg',
            departmentCode: 'scjg',
            status: 'active',
            occurredOn: decided,
            endsOn: null,
            level: '一般',
            subtype: '罚款',
            grade: null,
            amount: 5,
            quantity: null,
            fields: { decision_number: '华市监罚〔2026〕9号', decision_date: decided },
          },
        ],
      ],
      () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
    );
    const fresh = await current()
      .db.selectFrom('records')
      .select('id')
      .where('natural_key', '=', '华市监罚〔2026〕9号|scjg')
      .executeTakeFirstOrThrow();
    const proof = (await upload(PDF, '缴款凭证.pdf')).json().sha256;
    const refused = await asEnterprise('POST', '/api/repairs', {
      recordId: fresh.id,
      correction: '已缴清罚款并整改',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /^该记录自 \d{4}-\d{2}-\d{2} 起方可申请信用修复/);
    const other = await asEnterprise('POST', '/api/repairs', {
      recordId: fixture.records.b,
      correction: '别人的记录',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(other.statusCode, 403, 'an enterprise cannot apply for another enterprise');
  });

  test('a repair of a record whose publicity period is over is refused: it is no longer published', async () => {
    const decided = addDays(todayInDistrict(), -6 * 366);
    await commitBatch(
      current().db,
      {
        departmentCode: 'scjg',
        kind: 'administrative_penalty',
        fileName: 'old.json',
        fileHash: 'old',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [
        [
          {
            sourceRow: 2,
            subjectUscc: fixture.enterpriseA,
            subjectName: '鄂州甲科技有限公司',
            kind: 'administrative_penalty',
            naturalKey: '华市监罚〔2020〕1号|scjg',
            departmentCode: 'scjg',
            status: 'active',
            occurredOn: decided,
            endsOn: null,
            level: '一般',
            subtype: '罚款',
            grade: null,
            amount: 5,
            quantity: null,
            fields: { decision_number: '华市监罚〔2020〕1号', decision_date: decided },
          },
        ],
      ],
      () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
    );
    const old = await current()
      .db.selectFrom('records')
      .select('id')
      .where('natural_key', '=', '华市监罚〔2020〕1号|scjg')
      .executeTakeFirstOrThrow();
    const proof = (await upload(PDF, '缴款凭证.pdf')).json().sha256;
    const refused = await asEnterprise('POST', '/api/repairs', {
      recordId: old.id,
      correction: '已缴清罚款并整改',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(refused.statusCode, 409);
    assert.match(
      refused.json().error.message,
      /^该记录的公示期已于 \d{4}-\d{2}-\d{2} 届满，已停止公示，无需申请信用修复$/,
    );
  });

  test('a 失信被执行人 listing gets no repair offer and no 信用修复提示函, and an application is refused with the court path', async () => {
    const published = addDays(todayInDistrict(), -400);
    const batch = await commitBatch(
      current().db,
      {
        departmentCode: 'court',
        kind: 'dishonest_judgment_debtor',
        fileName: 'debtors.json',
        fileHash: 'debtors',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [
        [
          {
            sourceRow: 2,
            subjectUscc: fixture.enterpriseA,
            subjectName: '鄂州甲科技有限公司',
            kind: 'dishonest_judgment_debtor',
            naturalKey: '（2025）鄂0703执100号',
            departmentCode: 'court',
            status: 'active',
            occurredOn: published,
            endsOn: null,
            level: null,
            subtype: '有履行能力而拒不履行',
            grade: null,
            amount: 20,
            quantity: null,
            fields: { case_number: '（2025）鄂0703执100号', published_on: published, performance: '全部未履行' },
          },
        ],
      ],
      () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
    );
    assert.equal(batch.notifications?.repairNotices ?? 0, 0, 'no 信用修复提示函 is issued for a court listing');
    const listing = await current()
      .db.selectFrom('records')
      .select('id')
      .where('natural_key', '=', '（2025）鄂0703执100号')
      .executeTakeFirstOrThrow();
    const notices = await current()
      .db.selectFrom('repair_notices')
      .select('id')
      .where('record_id', '=', listing.id)
      .execute();
    assert.deepEqual(notices, []);
    const inbox = (await asEnterprise('GET', '/api/inbox')).json().items;
    assert.match(
      inbox.find((message: { title: string }) => message.title === '新增失信被执行人信息').body,
      /向执行法院提出书面纠正申请/,
      'the enterprise is told the right path',
    );
    const offers = (await asEnterprise('GET', '/api/enterprise-portal/records?purpose=repair&limit=200')).json().items;
    const offer = offers.find((item: { id: number }) => item.id === listing.id);
    assert.equal(offer.repair.canApply, false);
    assert.match(offer.repair.note, /不适用本平台的信用修复/);
    const proof = (await upload(PDF, '履行凭证.pdf')).json().sha256;
    const refused = await asEnterprise('POST', '/api/repairs', {
      recordId: listing.id,
      correction: '已全部履行',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(refused.statusCode, 409);
    assert.match(
      refused.json().error.message,
      /^失信被执行人名单信息不适用本平台的信用修复.*执行法院.*法释〔2017〕7号/,
    );
  });

  test('an approved repair marks the record repaired as a new version, stops it counting, re-evaluates, and tells the enterprise', async () => {
    const recordId = fixture.records.aOwnDepartment;
    const before = await asReviewer('GET', `/api/records/${recordId}`);
    const versionsBefore = before.json().versions.length;
    const missing = await asReviewer('POST', '/api/repairs/999999/decision', { action: 'accept' });
    assert.equal(missing.statusCode, 404);
    const proof = (await upload(PDF, '缴款凭证.pdf')).json().sha256;
    const noCommitment = await asEnterprise('POST', '/api/repairs', {
      recordId,
      correction: '已缴清罚款',
      attachments: [proof],
      acceptsCommitment: false,
    });
    assert.equal(noCommitment.statusCode, 400);
    const applied = await asEnterprise('POST', '/api/repairs', {
      recordId,
      correction: '已缴清罚款并完成整改',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(applied.statusCode, 201, applied.body);
    const id = applied.json().id;
    const commitment = await current()
      .db.selectFrom('commitments')
      .selectAll()
      .where('id', '=', applied.json().commitmentId)
      .executeTakeFirstOrThrow();
    assert.equal(commitment.commitment_type, '修复型');
    assert.equal(commitment.text_version, '修复型-2026.1');

    const scoreBefore = (
      await fixture.injectAs('admin', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/report` })
    ).json().evaluation.score;
    const department = await fixture.injectAs('department_operator', {
      method: 'POST',
      url: `/api/repairs/${id}/decision`,
      payload: { action: 'accept' },
    });
    assert.equal(department.statusCode, 403, 'a department operator does not decide repairs');
    await asReviewer('POST', `/api/repairs/${id}/decision`, { action: 'accept' });
    const approved = await asReviewer('POST', `/api/repairs/${id}/decision`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
    assert.equal(approved.json().reevaluation.enterprises, 1);
    const twice = await asReviewer('POST', `/api/repairs/${id}/decision`, { action: 'approve' });
    assert.equal(twice.statusCode, 409, 'a decided repair cannot be decided again');

    const after = (await asReviewer('GET', `/api/records/${recordId}`)).json();
    assert.equal(after.status, 'repaired');
    assert.equal(after.versions.length, versionsBefore + 1, 'the repair is a new version');
    assert.equal(after.versions[0].status, 'active', 'the first version is intact');
    assert.equal(after.versions.at(-1).status, 'repaired');
    const report = (
      await fixture.injectAs('admin', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/report` })
    ).json();
    assert.ok(
      report.evaluation.score > scoreBefore,
      `the repaired penalty no longer lowers the score (${scoreBefore} → ${report.evaluation.score})`,
    );
    const repairEvaluations = await current()
      .db.selectFrom('evaluations as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select('v.id')
      .where('e.uscc', '=', fixture.enterpriseA)
      .where('v.reason', '=', 'repair')
      .execute();
    assert.equal(repairEvaluations.length, 1, 'the approval stored one re-evaluation made because of the repair');
    const inbox = (await asEnterprise('GET', '/api/inbox')).json().items;
    // The newest message may be the grade change the re-evaluation caused; the decision comes just before it.
    assert.match(inbox.find((message: { topic: string }) => message.topic === 'repair').body, /停止公示、共享和使用/);
    const audit = await current()
      .db.selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'repair_application')
      .where('subject_id', '=', String(id))
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['repair.submitted', 'repair.accepted', 'repair.approved'],
    );
    const feed = (
      await fixture.injectAs('department_operator', {
        method: 'GET',
        url: '/api/feed?types=record_repaired&limit=1000',
      })
    ).json();
    assert.ok(
      feed.events.some(
        (event: { type: string; uscc: string; data: { recordId: number } }) =>
          event.uscc === fixture.enterpriseA && event.data.recordId === recordId,
      ),
      'subscribers pulling the feed are told the record was repaired',
    );
    const again = await asEnterprise('POST', '/api/repairs', {
      recordId,
      correction: '再次申请',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(again.statusCode, 409, 'a repaired record cannot be repaired again');
  });
});
