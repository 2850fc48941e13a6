import assert from 'node:assert/strict';
import { gradeEnterprises, insertStaffAccounts } from '../../../test/support/grade-use-fixture.ts';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { loadCatalog } from '../../catalog/catalog.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { drawInspections } from '../../domain/random-draw.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { penaltyRecord, sendRecords } from '../evaluation/evaluation-test-support.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { fileRequest } from '../requests/file-request.ts';
import { createTargetedInspection } from './create-targeted-inspection.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';
import { decideListingProposal, listInspectionFollowUps } from './inspection-follow-ups.ts';
import { createInspectionPlan, drawInspectionPlan, listInspectionVisits } from './inspection-plans.ts';
import { mergeInspectionPlans, publishInspectionResults, recordInspectionResult } from './inspection-results.ts';
import { listNoDisturb } from './list-no-disturb.ts';

/**
 * A district of 20 grade-A enterprises (A00–A19), 5 B and 5 D:
 * - A00–A08 have an open objection and A09 a 经营异常名录 listing still published: doubts, so not on the 免打扰 list;
 * - A10 has a 警告 of 2019 whose publicity ended long ago: it no longer counts, so A10 is on the list with A11–A19.
 */
describeOnEachEngine('免打扰 in the draw, targeted inspections and findings back into credit', (store) => {
  const labels = [
    ...Array.from({ length: 20 }, (_, index) => `A${String(index).padStart(2, '0')}`),
    ...Array.from({ length: 5 }, (_, index) => `B${index}`),
    ...Array.from({ length: 5 }, (_, index) => `D${index}`),
  ];
  const uscc = Object.fromEntries(
    labels.map((label, index) => [
      label,
      makeUscc(`91420703${makeOrganizationCode(`MA4L${String(index).padStart(4, '0')}`)}`),
    ]),
  );
  const ids: Record<string, number> = {};
  const onList = labels.slice(10, 20);
  const inspectors = ['检查甲', '检查乙', '检查丙'];

  before(async () => {
    const db = store().db;
    await registerEnterprises(
      db,
      '测试',
      labels.map((label) => ({
        uscc: uscc[label]!,
        name: `鄂州闭环${label}科技有限公司`,
        legalRepresentative: null,
        status: '存续',
        industryCode: 'I65',
        registeredOn: '2020-01-01',
      })),
      { today: '2026-11-01' },
    );
    for (const row of await db.selectFrom('enterprises').select(['id', 'uscc']).execute())
      ids[labels.find((label) => uscc[label] === row.uscc)!] = Number(row.id);
    await ensurePublishedModel(store());
    await sendRecords(db, [
      penaltyRecord({
        subjectUscc: uscc.A10!,
        subjectName: '鄂州闭环A10科技有限公司',
        naturalKey: '华市监罚〔2019〕1号|11420703MB1234567X',
        occurredOn: '2019-01-01',
        level: '一般',
        subtype: '警告',
        amount: null,
        fields: {},
      }),
    ]);
    await sendRecords(db, [
      {
        sourceRow: 2,
        subjectUscc: uscc.A09!,
        subjectName: '鄂州闭环A09科技有限公司',
        kind: 'abnormal_operation',
        naturalKey: `${uscc.A09}|2026-10-01`,
        departmentCode: 'scjg',
        status: 'active',
        occurredOn: '2026-10-01',
        endsOn: null,
        level: null,
        subtype: '未按规定公示年度报告',
        grade: null,
        amount: null,
        quantity: null,
        fields: { listing_reason: '未按规定公示年度报告', listed_on: '2026-10-01', listing_authority: '区市场监管局' },
      },
    ]);
    await db
      .insertInto('objections')
      .values(
        labels.slice(0, 9).map((label) => ({
          enterprise_id: ids[label]!,
          reason: '有异议',
          submitted_by: 'x',
          record_id: null,
          evaluation_id: null,
          accepted_on: null,
          due_on: null,
          decision_reason: null,
          decided_by: null,
        })),
      )
      .execute();
    // The grades under test (the model's own evaluation of enterprises without records is not what matters here).
    const version = await db
      .selectFrom('model_versions')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    await gradeEnterprises(
      db,
      version.id,
      labels.map((label) => ({ enterpriseId: ids[label]!, grade: label[0]!, score: 80, asOf: todayInDistrict() })),
    );
    await insertStaffAccounts(
      db,
      inspectors.map((username) => ({ username })),
    );
  });

  test('the 免打扰 list counts only negative records still in their publicity window, like the whitelist', async () => {
    const list = (await listNoDisturb(store().db)).map((row) => row.uscc).sort();
    assert.deepEqual(list, onList.map((label) => uscc[label]).sort());
    assert.ok(list.includes(uscc.A10!), 'a 2019 警告 whose publicity ended is no doubt');
    assert.ok(!list.includes(uscc.A09!), 'a 经营异常名录 listing still published is a doubt');
  });

  test('a plan with a positive A-class ratio draws no 免打扰 enterprise, and its published inputs reproduce the draw', async () => {
    const plan = await createInspectionPlan(store().db, {
      departmentCode: 'scjg',
      title: '2026年第12期',
      seed: '免打扰',
      ratios: { A: 0.05, B: 0.05, C: 0.3, D: 0.8 },
      inspectors,
      actor: 'scjg',
    });
    const drawn = await drawInspectionPlan(store().db, plan.id, 'scjg');
    const inputs = drawn.drawInputs!;
    assert.deepEqual(
      inputs.noDisturb!.excluded,
      onList.map((label) => uscc[label]).sort(),
      'the list as of the draw is published with the inputs',
    );
    assert.equal(inputs.noDisturb!.asOf, todayInDistrict());
    assert.match(inputs.noDisturb!.reference, /000 §二（八）/);
    assert.deepEqual(
      [...inputs.classes.A!.candidates].sort(),
      labels
        .slice(0, 10)
        .map((label) => uscc[label])
        .sort(),
      'only the A-class enterprises with a doubt are candidates',
    );
    const visits = await listInspectionVisits(store().db, { planIds: [plan.id] });
    const drawnA = visits.filter((visit) => visit.riskClass === 'A');
    assert.equal(drawnA.length, 1, 'round-half-up of 10 × 5%');
    const listed = new Set(inputs.noDisturb!.excluded);
    assert.deepEqual(
      visits.filter((visit) => listed.has(visit.uscc)),
      [],
      'no enterprise on the 免打扰 list is drawn',
    );
    const stored = await store()
      .db.selectFrom('inspection_plans')
      .select('draw_inputs')
      .where('id', '=', plan.id)
      .executeTakeFirstOrThrow();
    const byUscc = (rows: string[][]) => [...rows].sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    assert.deepEqual(
      byUscc(
        drawInspections(structuredClone(stored.draw_inputs) as typeof inputs).visits.map((visit) => [
          visit.uscc,
          ...visit.inspectors,
        ]),
      ),
      byUscc(visits.map((visit) => [visit.uscc, ...visit.inspectors])),
      'the published inputs re-run to the same visits',
    );
  });

  test('a complaint-triggered inspection of a 免打扰 enterprise is accepted with its 企呼我应 number and refused without one', async () => {
    const db = store().db;
    const complaint = await fileRequest(
      db,
      {
        requestType: 'complaint',
        category: 'enforcement',
        title: '邻近企业夜间施工扰民',
        body: '鄂州闭环A15科技有限公司夜间施工，噪声扰民。',
        uscc: uscc.B0,
        actor: 'B0',
      },
      () => {
        throw new Error('an enterprise account files without a phone number');
      },
    );
    const base = {
      departmentCode: 'scjg',
      inspectionType: '投诉举报',
      uscc: uscc.A15!,
      inspectors: ['检查甲', '检查乙'],
      actor: 'scjg',
    };
    await assert.rejects(
      createTargetedInspection(db, { ...base, basis: '  ' }),
      (error: Error & { userMessage?: string }) =>
        /检查依据（basis）：投诉举报检查须填写企呼我应受理编号/.test(error.userMessage ?? error.message),
    );
    await assert.rejects(
      createTargetedInspection(db, { ...base, basis: 'QH0000000000' }),
      (error: Error & { userMessage?: string }) =>
        /企呼我应中没有受理编号为“QH0000000000”/.test(error.userMessage ?? error.message),
    );
    await assert.rejects(
      createTargetedInspection(db, { ...base, inspectionType: '双随机', basis: complaint.trackingCode }),
      (error: Error & { userMessage?: string }) =>
        /检查方式（inspectionType）/.test(error.userMessage ?? error.message),
    );
    const inspection = await createTargetedInspection(db, { ...base, basis: complaint.trackingCode });
    assert.equal(inspection.isNoDisturb, true, 'the enterprise is on the 免打扰 list');
    assert.equal(inspection.inspectionType, '投诉举报');
    assert.deepEqual(inspection.basis, { request_number: complaint.trackingCode });
    assert.equal(inspection.state, 'drawn', 'assigned at once, nothing to draw');
    const [visit] = await listInspectionVisits(db, { planIds: [inspection.id] });
    assert.equal(visit!.uscc, uscc.A15);
    assert.deepEqual(visit!.inspectors, ['检查甲', '检查乙']);
    const audit = await db
      .selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'inspection.targeted_created')
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.payload as { basis: unknown }).basis, { request_number: complaint.trackingCode });
  });

  test('住所无法联系 yields a listing proposal that 区市场监管局 confirms; the listing becomes a record and re-evaluates the enterprise', async () => {
    const db = store().db;
    const inspection = await createTargetedInspection(db, {
      departmentCode: 'yjgl',
      inspectionType: '风险预警',
      uscc: uscc.D1!,
      basis: '企业用电量连续三个月为零',
      inspectors: ['检查乙', '检查丙'],
      actor: 'yjgl',
    });
    const drawnD = await createInspectionPlan(db, {
      departmentCode: 'sthj',
      title: '生态环境双随机',
      seed: 'D',
      ratios: { D: 1 },
      inspectors,
      actor: 'sthj',
    });
    await drawInspectionPlan(db, drawnD.id, 'sthj');
    const joint = await mergeInspectionPlans(db, [inspection.id, drawnD.id], 'admin');
    assert.deepEqual(
      joint.map((visit) => visit.uscc),
      [uscc.D1],
      'the targeted visit joins the random one as one 综合查一次',
    );
    await recordInspectionResult(db, {
      visitId: inspection.visitId,
      inspector: '检查乙',
      outcome: '通过登记的住所（经营场所）无法联系',
      findings: '登记住所已人去楼空',
      inspectedOn: '2026-11-20',
      actor: '检查乙',
    });
    const before = await db
      .selectFrom('evaluations')
      .select(['id', 'score'])
      .where('enterprise_id', '=', ids.D1!)
      .where('reason', '<>', 'test')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const published = await publishInspectionResults(db, inspection.id, 'yjgl');
    assert.equal(published.published, 1);
    assert.equal(published.followUps, 2, 'a listing proposal and a follow-up task');
    const record = await db
      .selectFrom('records')
      .select(['subtype', 'fields'])
      .where('kind', '=', 'random_inspection')
      .where('enterprise_id', '=', ids.D1!)
      .executeTakeFirstOrThrow();
    assert.equal(record.subtype, '通过登记的住所（经营场所）无法联系', 'the outcome value model v2 reads is unchanged');
    assert.equal((record.fields as Record<string, unknown>).inspection_type, '风险预警');

    const [proposal] = await listInspectionFollowUps(db, { departmentCode: 'scjg' });
    assert.equal(proposal!.action, 'listing_proposal');
    assert.equal(proposal!.uscc, uscc.D1);
    assert.equal(proposal!.description, '建议列入经营异常名录：通过登记的住所或经营场所无法联系');
    assert.match(proposal!.reference, /企业经营异常名录管理暂行办法/);
    const [task] = await listInspectionFollowUps(db, { departmentCode: 'yjgl' });
    assert.equal(task!.action, 'task');
    await assert.rejects(
      decideListingProposal(db, { id: proposal!.id, action: 'reject', actor: 'scjg' }),
      (error: Error & { userMessage?: string }) =>
        /字段“驳回理由”：驳回列入建议必须填写理由/.test(error.userMessage ?? error.message),
    );

    const confirmed = await decideListingProposal(db, { id: proposal!.id, action: 'confirm', actor: 'scjg' });
    assert.equal(confirmed.state, 'confirmed');
    const listing = await db
      .selectFrom('records')
      .select(['id', 'subtype', 'department_code', 'status'])
      .where('kind', '=', 'abnormal_operation')
      .where('enterprise_id', '=', ids.D1!)
      .executeTakeFirstOrThrow();
    assert.equal(confirmed.recordId, Number(listing.id));
    assert.deepEqual(
      [listing.subtype, listing.department_code, listing.status],
      ['通过登记的住所或经营场所无法联系', 'scjg', 'active'],
    );
    assert.equal(confirmed.reevaluation?.enterprises, 1, 're-evaluated after the listing');
    const after = await db
      .selectFrom('evaluations')
      .select(['id', 'score'])
      .where('enterprise_id', '=', ids.D1!)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.ok(after.id > before.id);
    assert.ok(after.score < before.score, `the listing lowers the score (${before.score} → ${after.score})`);
    await assert.rejects(
      decideListingProposal(db, { id: proposal!.id, action: 'confirm', actor: 'scjg' }),
      /已处理|已确认/,
    );
  });

  test('every outcome the random_inspection kind accepts has a follow-up rule with a reference, and no other', () => {
    const kind = loadCatalog().kind('random_inspection')!;
    const values = kind.fields.find((field) => field.key === 'outcome')!.values;
    const rules = loadSupervisionSettings().inspectionOutcomes;
    assert.deepEqual(rules.map((rule) => rule.outcome).sort(), [...(values ?? [])].sort());
    assert.ok(rules.length > 0 && rules.every((rule) => loadCatalog().kind(rule.record) && rule.reference));
  });
});
