import assert from 'node:assert/strict';
import {
  gradeEnterprises,
  insertPublishedModelVersion,
  insertStaffAccounts,
} from '../../../test/support/grade-use-fixture.ts';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { drawInspections } from '../../domain/random-draw.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { createInspectionPlan, drawInspectionPlan, listInspectionVisits } from './inspection-plans.ts';
import { declareInspectorConflict, listInspectorConflicts, removeInspectorConflict } from './inspector-conflicts.ts';

/** Eight enterprises graded D (high risk: a plan may draw all of them) and two inspectors, one per visit. */
describeOnEachEngine('inspector conflicts （回避）', (store) => {
  const usccs = Array.from({ length: 8 }, (_, index) =>
    makeUscc(`91420703${makeOrganizationCode(`MA4C${String(index).padStart(4, '0')}`)}`),
  );
  before(async () => {
    const db = store().db;
    await registerEnterprises(
      db,
      '测试',
      usccs.map((uscc, index) => ({
        uscc,
        name: `鄂州回避${index}科技有限公司`,
        legalRepresentative: null,
        status: '存续',
        industryCode: 'I65',
        registeredOn: '2020-01-01',
      })),
      { today: '2026-11-01' },
    );
    const ids = await db.selectFrom('enterprises').select('id').execute();
    await gradeEnterprises(
      db,
      await insertPublishedModelVersion(db),
      ids.map((row) => ({ enterpriseId: row.id, grade: 'D', score: 40, asOf: '2026-11-01' })),
    );
    await insertStaffAccounts(db, [
      { username: 'inspector-jia', displayName: '检查甲' },
      { username: 'inspector-yi', displayName: '检查乙' },
      { username: 'reviewer-bing', displayName: '审核丙', role: 'reviewer' },
    ]);
  });

  test('a conflict names an inspector account and an enterprise, needs a reason, is declared once and is audited', async () => {
    const declared = await declareInspectorConflict(store().db, {
      inspector: 'inspector-jia',
      uscc: usccs[0]!.toLowerCase(),
      reason: ' 近亲属在该企业任职 ',
      actor: 'inspector-jia',
    });
    assert.deepEqual(
      { ...declared, createdAt: '' },
      {
        inspector: 'inspector-jia',
        inspectorName: '检查甲',
        uscc: usccs[0],
        name: '鄂州回避0科技有限公司',
        reason: '近亲属在该企业任职',
        createdBy: 'inspector-jia',
        createdByName: '检查甲',
        createdAt: '',
      },
    );
    await assert.rejects(
      declareInspectorConflict(store().db, { inspector: 'inspector-jia', uscc: usccs[0]!, reason: '重复', actor: 'x' }),
      /回避关系已登记/,
    );
    await assert.rejects(
      declareInspectorConflict(store().db, {
        inspector: 'reviewer-bing',
        uscc: usccs[1]!,
        reason: '曾任职',
        actor: 'x',
      }),
      /“reviewer-bing”不存在或不是在用的检查人员账号/,
    );
    await assert.rejects(
      declareInspectorConflict(store().db, { inspector: 'inspector-yi', uscc: usccs[1]!, reason: '   ', actor: 'x' }),
      /回避事由（reason）不能为空/,
    );
    await assert.rejects(
      declareInspectorConflict(store().db, {
        inspector: 'inspector-yi',
        uscc: '91420703MA4C9999XX',
        reason: '曾任职',
        actor: 'x',
      }),
      /未找到统一社会信用代码/,
    );
    const events = await store()
      .db.selectFrom('audit_events')
      .select(['actor', 'subject_id', 'payload'])
      .where('action', '=', 'inspector_conflict.declared')
      .execute();
    assert.deepEqual(
      events.map((event) => [event.actor, event.subject_id, (event.payload as { reason: string }).reason]),
      [['inspector-jia', `inspector-jia|${usccs[0]}`, '近亲属在该企业任职']],
    );
  });

  test('a declared conflict keeps that inspector away from that enterprise in every draw, and the published inputs carry it', async () => {
    const db = store().db;
    await declareInspectorConflict(db, {
      inspector: 'inspector-yi',
      uscc: usccs[5]!,
      reason: '曾办理该企业的行政处罚案件',
      actor: 'scjg',
    });
    const inspectorsOf = new Map<string, Set<string>>();
    for (let round = 0; round < 6; round += 1) {
      const plan = await createInspectionPlan(db, {
        departmentCode: 'scjg',
        title: `回避第 ${round} 轮`,
        seed: `seed-${round}`,
        ratios: { D: 1 },
        inspectors: ['inspector-jia', 'inspector-yi'],
        inspectorsPerVisit: 1,
        actor: 'scjg',
      });
      const drawn = await drawInspectionPlan(db, plan.id, 'scjg', { today: '2026-11-10' });
      assert.deepEqual(drawn.drawInputs!.conflicts, { 'inspector-jia': [usccs[0]], 'inspector-yi': [usccs[5]] });
      for (const visit of await listInspectionVisits(db, { planIds: [plan.id] })) {
        inspectorsOf.set(visit.uscc, new Set([...(inspectorsOf.get(visit.uscc) ?? []), ...visit.inspectors]));
      }
      const rerun = drawInspections(drawn.drawInputs!);
      assert.equal(rerun.visits.find((visit) => visit.uscc === usccs[0])!.inspectors[0], 'inspector-yi');
    }
    assert.deepEqual([...inspectorsOf.get(usccs[0]!)!], ['inspector-yi'], '甲 never inspects enterprise 0');
    assert.deepEqual([...inspectorsOf.get(usccs[5]!)!], ['inspector-jia'], '乙 never inspects enterprise 5');
    assert.ok(
      usccs.slice(1, 5).some((uscc) => inspectorsOf.get(uscc)!.size === 2),
      'elsewhere both inspectors are drawn',
    );
  });

  test('conflicts are listed by inspector, and withdrawing one needs a reason, is audited, and frees the inspector for later draws', async () => {
    const db = store().db;
    assert.deepEqual(
      (await listInspectorConflicts(db, { inspector: 'inspector-yi' })).map((conflict) => conflict.uscc),
      [usccs[5]],
    );
    assert.equal((await listInspectorConflicts(db)).length, 2);
    await assert.rejects(
      removeInspectorConflict(db, { inspector: 'inspector-yi', uscc: usccs[5]!, reason: '', actor: 'scjg' }),
      /撤销理由（reason）不能为空/,
    );
    await removeInspectorConflict(db, {
      inspector: 'inspector-yi',
      uscc: usccs[5]!,
      reason: '登记有误：办案人为同名同事',
      actor: 'scjg',
    });
    await assert.rejects(
      removeInspectorConflict(db, { inspector: 'inspector-yi', uscc: usccs[5]!, reason: '再次撤销', actor: 'scjg' }),
      /未登记检查人员 inspector-yi/,
    );
    const removed = await db
      .selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'inspector_conflict.removed')
      .executeTakeFirstOrThrow();
    assert.deepEqual(removed.payload, {
      inspector: 'inspector-yi',
      uscc: usccs[5],
      declaredReason: '曾办理该企业的行政处罚案件',
      reason: '登记有误：办案人为同名同事',
    });
    const plan = await createInspectionPlan(db, {
      departmentCode: 'scjg',
      title: '撤销后',
      seed: 'after',
      ratios: { D: 1 },
      inspectors: ['inspector-jia', 'inspector-yi'],
      inspectorsPerVisit: 2,
      actor: 'scjg',
    });
    const drawn = await drawInspectionPlan(db, plan.id, 'scjg', { today: '2026-11-10' });
    assert.deepEqual(drawn.drawInputs!.conflicts, { 'inspector-jia': [usccs[0]] });
    const visit = (await listInspectionVisits(db, { planIds: [plan.id] })).find((item) => item.uscc === usccs[5])!;
    assert.deepEqual([...visit.inspectors].sort(), ['inspector-jia', 'inspector-yi']);
  });
});
