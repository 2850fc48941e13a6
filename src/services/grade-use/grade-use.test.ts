import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  gradeEnterprises,
  insertPublishedModelVersion,
  insertStaffAccounts,
} from '../../../test/support/grade-use-fixture.ts';
import { createTestStore, engines } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Store } from '../../store/connect.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { findApplicableMeasures } from './find-applicable-measures.ts';
import { createInspectionPlan, drawInspectionPlan, listInspectionVisits } from './inspection-plans.ts';
import {
  listMergedVisits,
  mergeInspectionPlans,
  publishInspectionResults,
  recordInspectionResult,
} from './inspection-results.ts';
import { listNoDisturb } from './list-no-disturb.ts';
import { writeListXlsx } from './write-list-xlsx.ts';

const GRADES = ['A', 'B', 'C', 'D'];
/** 40 enterprises, 10 per grade A–D (enterprise i has grade GRADES[i % 4]), and five inspectors. */
async function seedDistrict(store: Store): Promise<string[]> {
  const usccs = Array.from({ length: 40 }, (_, index) =>
    makeUscc(`91420703${makeOrganizationCode(`MA4B${String(index).padStart(4, '0')}`)}`),
  );
  await registerEnterprises(
    store.db,
    '测试',
    usccs.map((uscc, index) => ({
      uscc,
      name: `鄂州测试${index}科技有限公司`,
      legalRepresentative: null,
      status: '存续',
      industryCode: 'I65',
      registeredOn: '2020-01-01',
    })),
    { today: '2026-11-01' },
  );
  const ids = await store.db.selectFrom('enterprises').select(['id', 'uscc']).execute();
  await gradeEnterprises(
    store.db,
    await insertPublishedModelVersion(store.db),
    ids.map((row) => ({
      enterpriseId: row.id,
      grade: GRADES[usccs.indexOf(row.uscc) % 4]!,
      score: 80,
      asOf: '2026-11-01',
    })),
  );
  await insertStaffAccounts(
    store.db,
    ['检查甲', '检查乙', '检查丙', '检查丁', '检查戊'].map((username) => ({ username })),
  );
  return usccs;
}

for (const engine of engines()) {
  describe(`grade use on ${engine}`, () => {
    let store: Store;
    let drop: () => Promise<void>;
    let usccs: string[];
    before(async () => {
      ({ store, drop } = await createTestStore(engine));
      usccs = await seedDistrict(store);
    });
    after(async () => drop?.());
    const inspectors = ['检查甲', '检查乙', '检查丙', '检查丁', '检查戊'];

    test('a department asking which measures apply gets those of the enterprise’s grade and scene with their basis, and the answer is logged', async () => {
      const answer = await findApplicableMeasures(store.db, {
        uscc: usccs[0]!,
        scene: 'administrative_approval',
        actor: 'scjg-system',
      });
      assert.equal(answer.grade, 'A');
      assert.deepEqual(
        answer.measures.map((measure) => measure.label),
        ['绿色通道', '容缺受理', '专窗服务', '“六办”服务模式优先适用'],
      );
      assert.ok(answer.measures.length > 0 && answer.measures.every((measure) => measure.reference.length > 0));
      const low = await findApplicableMeasures(store.db, {
        uscc: usccs[3]!,
        scene: 'administrative_approval',
        actor: 'scjg-system',
      });
      assert.deepEqual(
        low.measures.map((measure) => measure.kind),
        ['restriction'],
      );
      const logged = await store.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'measures.queried')
        .orderBy('seq')
        .execute();
      assert.equal(logged.length, 2);
      assert.equal(logged[0]!.actor, 'scjg-system');
      assert.deepEqual((logged[0]!.payload as { measures: string[] }).measures, [
        'green_channel',
        'tolerance_acceptance',
        'dedicated_window',
        'six_modes_service',
      ]);
      await assert.rejects(findApplicableMeasures(store.db, { uscc: usccs[0]!, scene: 'nowhere', actor: 'x' }), /场景/);
    });

    test('the 免打扰 list holds grade-A enterprises without active negative records or open objections, each with its industry’s name', async () => {
      const list = await listNoDisturb(store.db);
      assert.equal(list.length, 10);
      assert.ok(list.length > 0 && list.every((row) => row.grade === 'A' && row.riskClass === 'A'));
      assert.deepEqual([...new Set(list.map((row) => row.industryLabel))], ['软件和信息技术服务业']);
      const enterprise = await store.db
        .selectFrom('enterprises')
        .select('id')
        .where('uscc', '=', usccs[4]!)
        .executeTakeFirstOrThrow();
      await store.db
        .insertInto('objections')
        .values({
          enterprise_id: enterprise.id,
          reason: '有异议',
          submitted_by: 'x',
          record_id: null,
          evaluation_id: null,
          accepted_on: null,
          due_on: null,
          decision_reason: null,
          decided_by: null,
        })
        .execute();
      assert.ok(!(await listNoDisturb(store.db)).some((row) => row.uscc === usccs[4]), 'an open objection is a doubt');
    });

    test('a drawn plan respects each class’s ratio, assigns inspectors free of conflicts, and can be re-run from its published inputs', async () => {
      const conflicted = await store.db
        .selectFrom('enterprises')
        .select('id')
        .where('uscc', '=', usccs[3]!)
        .executeTakeFirstOrThrow();
      await store.db
        .insertInto('inspector_conflicts')
        .values({ inspector: '检查甲', enterprise_id: conflicted.id, reason: '近亲属任职', created_by: 'admin' })
        .execute();
      const plan = await createInspectionPlan(store.db, {
        departmentCode: 'scjg',
        title: '2026年第1期',
        seed: 'published-seed',
        ratios: { A: 0.05, B: 0.2, C: 0.5, D: 1 },
        inspectors,
        inspectorsPerVisit: 2,
        actor: 'scjg',
      });
      const drawn = await drawInspectionPlan(store.db, plan.id, 'scjg');
      const visits = await listInspectionVisits(store.db, { planIds: [plan.id] });
      const countOf = (riskClass: string) => visits.filter((visit) => visit.riskClass === riskClass).length;
      assert.deepEqual(
        [countOf('A'), countOf('B'), countOf('C'), countOf('D')],
        [0, 2, 5, 10],
        'A: the nine on the 免打扰 list are not candidates, round-half-up of 1 × 5% is 0; B–D: 10 × 20%, 50%, 100%',
      );
      assert.ok(!visits.find((visit) => visit.uscc === usccs[3])!.inspectors.includes('检查甲'));
      const { drawInspections } = await import('../../domain/random-draw.ts');
      const byUscc = (rows: string[][]) => [...rows].sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
      assert.deepEqual(
        byUscc(drawInspections(drawn.drawInputs!).visits.map((visit) => [visit.uscc, ...visit.inspectors])),
        byUscc(visits.map((visit) => [visit.uscc, ...visit.inspectors])),
        'the same inputs give the same draw',
      );
      await assert.rejects(drawInspectionPlan(store.db, plan.id, 'scjg'), /已摇号/);
      await assert.rejects(
        createInspectionPlan(store.db, {
          departmentCode: 'scjg',
          title: 'x',
          ratios: { A: 0.5 },
          inspectors,
          actor: 'scjg',
        }),
        /超出允许区间/,
      );
    });

    test('a stored plan’s published inputs always re-run to the same draw, and another seed draws differently', async () => {
      const make = async (seed: string) => {
        const plan = await createInspectionPlan(store.db, {
          departmentCode: 'tax',
          title: seed,
          seed,
          ratios: { B: 0.2, C: 0.5 },
          inspectors,
          actor: 'tax',
        });
        return (await drawInspectionPlan(store.db, plan.id, 'tax')).drawInputs!;
      };
      const { drawInspections } = await import('../../domain/random-draw.ts');
      const first = await make('seed-1');
      assert.deepEqual(drawInspections(first), drawInspections(structuredClone(first)));
      assert.notDeepEqual(drawInspections({ ...first, seed: 'seed-2' }).visits, drawInspections(first).visits);
    });

    test('merging plans of several departments visits each enterprise once, and published results feed back into records', async () => {
      const a = await createInspectionPlan(store.db, {
        departmentCode: 'scjg',
        title: '联合-市场监管',
        seed: 's1',
        ratios: { D: 1 },
        inspectors,
        actor: 'scjg',
      });
      const b = await createInspectionPlan(store.db, {
        departmentCode: 'yjgl',
        title: '联合-应急管理',
        seed: 's2',
        ratios: { D: 1 },
        inspectors,
        actor: 'yjgl',
      });
      await drawInspectionPlan(store.db, a.id, 'scjg');
      await drawInspectionPlan(store.db, b.id, 'yjgl');
      const joint = await mergeInspectionPlans(store.db, [a.id, b.id], 'admin');
      const inA = new Set((await listInspectionVisits(store.db, { planIds: [a.id] })).map((visit) => visit.uscc));
      const inBoth = (await listInspectionVisits(store.db, { planIds: [b.id] })).filter((visit) => inA.has(visit.uscc));
      assert.ok(inBoth.length >= 10, 'every D enterprise is drawn by both plans');
      assert.deepEqual(
        joint.map((visit) => visit.uscc).sort(),
        inBoth.map((visit) => visit.uscc).sort(),
        'one joint visit per enterprise both plans drew',
      );
      const merged = await listMergedVisits(store.db, [a.id, b.id]);
      assert.equal(merged.length, new Set(merged.map((visit) => visit.uscc)).size);
      assert.ok(
        merged.length > 0 && merged.every((visit) => (visit.planIds.length === 2) === (visit.jointVisitId !== null)),
        'an enterprise in both plans is one joint visit',
      );
      assert.equal(
        merged.length,
        inA.size + (await listInspectionVisits(store.db, { planIds: [b.id] })).length - inBoth.length,
      );

      const visit = (await listInspectionVisits(store.db, { planIds: [a.id] }))[0]!;
      const outsider = inspectors.find((name) => !visit.inspectors.includes(name))!;
      await assert.rejects(
        recordInspectionResult(store.db, {
          visitId: visit.id,
          inspector: outsider,
          outcome: '未发现问题',
          inspectedOn: '2026-11-10',
          actor: outsider,
        }),
        /未找到分配给您的检查任务/,
      );
      await recordInspectionResult(store.db, {
        visitId: visit.id,
        inspector: visit.inspectors[0]!,
        outcome: '发现问题已责令改正',
        findings: '=HYPERLINK("x")',
        inspectedOn: '2026-11-10',
        actor: visit.inspectors[0]!,
      });
      const published = await publishInspectionResults(store.db, a.id, 'scjg');
      assert.equal(published.published, 1);
      const record = await store.db
        .selectFrom('records')
        .selectAll()
        .where('kind', '=', 'random_inspection')
        .executeTakeFirstOrThrow();
      assert.equal(record.subtype, '发现问题已责令改正');
      assert.equal(record.department_code, 'scjg');
      const publicList = await listInspectionVisits(store.db, { publishedOnly: true });
      assert.deepEqual(
        publicList.map((item) => item.uscc),
        [visit.uscc],
      );

      const xlsx = await writeListXlsx(
        '抽查结果',
        ['统一社会信用代码', '检查情况'],
        publicList.map((item) => [item.uscc, item.findings]),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as never);
      assert.equal(
        workbook.worksheets[0]!.getRow(2).getCell(2).value,
        `'=HYPERLINK("x")`,
        'formula-like text is neutralised',
      );
    });
  });
}
