import assert from 'node:assert/strict';
import {
  gradeEnterprises,
  insertPublishedModelVersion,
  insertStaffAccounts,
} from '../../../test/support/grade-use-fixture.ts';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { drawInspections } from '../../domain/random-draw.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import type { Kysely } from 'kysely';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { countInspectionsInYear, createInspectionPlan, drawInspectionPlan } from './inspection-plans.ts';
import { publishInspectionResults, recordInspectionResult } from './inspection-results.ts';

/**
 * supervision.yaml caps inspections per year by risk class (A 1, B 1, C 2, D none). The district, all in 2026:
 * - A0 inspected once by 区市场监管局 outside the platform (a random_inspection record) → at its maximum;
 * - A1 inspected on 2025-12-31 only (last year); A2 never;
 * - C0 inspected once through a published plan (a visit and the record its publication wrote: one inspection);
 * - C1 one joint visit of two departments' plans (综合查一次: one inspection) and one record → at its maximum;
 * - C2 drawn by a plan and not visited yet, and one record → at its maximum;
 * - D0 inspected three times (no maximum for D).
 */
const LABELS = ['A0', 'A1', 'A2', 'C0', 'C1', 'C2', 'D0'] as const;
type Label = (typeof LABELS)[number];

describeOnEachEngine('yearly inspection limit in the 双随机 draw', (store) => {
  const uscc = Object.fromEntries(
    LABELS.map((label, index) => [
      label,
      makeUscc(`91420703${makeOrganizationCode(`MA4Y${String(index).padStart(4, '0')}`)}`),
    ]),
  ) as Record<Label, string>;
  const ids = {} as Record<Label, number>;

  async function departmentInspections(db: Kysely<Database>, rows: [Label, string][]): Promise<void> {
    const records: NormalizedRecord[] = rows.map(([label, inspectedOn], index) => ({
      sourceRow: index + 2,
      subjectUscc: uscc[label],
      subjectName: `鄂州频次${label}有限公司`,
      kind: 'random_inspection',
      naturalKey: `SJ-${label}-${inspectedOn}`,
      departmentCode: 'scjg',
      status: 'active',
      occurredOn: inspectedOn,
      endsOn: null,
      level: null,
      subtype: '未发现问题',
      grade: null,
      amount: null,
      quantity: null,
      fields: { inspection_number: `SJ-${label}-${inspectedOn}`, outcome: '未发现问题', inspected_on: inspectedOn },
    }));
    await commitBatch(
      db,
      {
        departmentCode: 'scjg',
        kind: 'random_inspection',
        fileName: '抽查结果.xlsx',
        fileHash: 'scjg-inspections',
        format: 'xlsx',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [records],
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );
  }
  /** A plan of a department that drew the given enterprises on a day (written directly: the draw is not under test here). */
  async function drawnPlan(
    db: Kysely<Database>,
    department: string,
    drawnAt: string,
    labels: Label[],
    jointVisitId: number | null = null,
  ): Promise<{ planId: number; visitIds: number[] }> {
    const plan = await createInspectionPlan(db, {
      departmentCode: department,
      title: `${department} ${drawnAt}`,
      inspectors: ['inspector-jia'],
      inspectorsPerVisit: 1,
      actor: department,
    });
    await db
      .updateTable('inspection_plans')
      .set({ state: 'drawn', drawn_at: new Date(`${drawnAt}T09:00:00+08:00`) })
      .where('id', '=', plan.id)
      .execute();
    const visits = await db
      .insertInto('inspection_visits')
      .values(
        labels.map((label) => ({
          plan_id: plan.id,
          enterprise_id: ids[label],
          risk_class: label[0]!,
          inspectors: ['inspector-jia'],
          joint_visit_id: jointVisitId,
        })),
      )
      .returning('id')
      .execute();
    return { planId: plan.id, visitIds: visits.map((visit) => Number(visit.id)) };
  }

  before(async () => {
    const db = store().db;
    await registerEnterprises(
      db,
      '测试',
      LABELS.map((label) => ({
        uscc: uscc[label],
        name: `鄂州频次${label}有限公司`,
        legalRepresentative: null,
        status: '存续',
        industryCode: 'I65',
        registeredOn: '2020-01-01',
      })),
      { today: '2026-11-01' },
    );
    for (const row of await db.selectFrom('enterprises').select(['id', 'uscc']).execute())
      ids[LABELS.find((label) => uscc[label] === row.uscc)!] = Number(row.id);
    await insertStaffAccounts(db, [{ username: 'inspector-jia', displayName: '检查甲' }]);
    await departmentInspections(db, [
      ['A0', '2026-03-01'],
      ['A1', '2025-12-31'],
      ['C1', '2026-06-01'],
      ['C2', '2026-02-01'],
      ['D0', '2026-01-10'],
      ['D0', '2026-04-10'],
      ['D0', '2026-07-10'],
    ]);
    // C0: a visit recorded and published through the platform, which also writes it as a random_inspection record.
    const published = await drawnPlan(db, 'yjgl', '2026-04-01', ['C0']);
    await recordInspectionResult(db, {
      visitId: published.visitIds[0]!,
      inspector: 'inspector-jia',
      outcome: '未发现问题',
      inspectedOn: '2026-04-15',
      actor: 'inspector-jia',
    });
    await publishInspectionResults(db, published.planId, 'yjgl');
    // C1: one joint visit of two departments' plans.
    const joint = await db
      .insertInto('joint_visits')
      .values({ enterprise_id: ids.C1, plan_ids: [], created_by: 'admin' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await drawnPlan(db, 'sthj', '2026-05-01', ['C1'], Number(joint.id));
    await drawnPlan(db, 'zrzy', '2026-05-01', ['C1'], Number(joint.id));
    // C2: drawn in October, not visited yet.
    await drawnPlan(db, 'tax', '2026-10-01', ['C2']);
    // Grades: A for A*, C for C*, D for D0 (grade = SAMR class in model v1).
    await gradeEnterprises(
      db,
      await insertPublishedModelVersion(db),
      LABELS.map((label) => ({ enterpriseId: ids[label], grade: label[0]!, score: 70, asOf: '2026-11-01' })),
    );
    // Each A-class enterprise has an open objection (a doubt), so none is on the 免打扰 list and all stay candidates.
    await db
      .insertInto('objections')
      .values(
        (['A0', 'A1', 'A2'] as const).map((label) => ({
          enterprise_id: ids[label],
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
  });

  test('inspections in a year count each visit once, a joint visit once, a published result once, and reported records', async () => {
    const counts = await countInspectionsInYear(store().db, 2026, Object.values(ids));
    assert.deepEqual(Object.fromEntries(LABELS.map((label) => [label, counts.get(ids[label]) ?? 0])), {
      A0: 1,
      A1: 0,
      A2: 0,
      C0: 1,
      C1: 2,
      C2: 2,
      D0: 3,
    });
    const lastYear = await countInspectionsInYear(store().db, 2025, Object.values(ids));
    assert.deepEqual([...lastYear.entries()], [[ids.A1, 1]]);
  });

  test('the draw leaves out enterprises at their class’s yearly maximum, publishes who and why with its inputs, and re-runs to the same result', async () => {
    const plan = await createInspectionPlan(store().db, {
      departmentCode: 'scjg',
      title: '2026年第11期',
      seed: '频次',
      ratios: { A: 0.05, C: 0.6, D: 1 },
      inspectors: ['inspector-jia'],
      inspectorsPerVisit: 1,
      actor: 'scjg',
    });
    const drawn = await drawInspectionPlan(store().db, plan.id, 'scjg', { today: '2026-11-10' });
    const inputs = drawn.drawInputs!;
    assert.deepEqual(inputs.classes.A!.candidates, [uscc.A1, uscc.A2].sort());
    assert.deepEqual(inputs.classes.C!.candidates, [uscc.C0]);
    assert.deepEqual(inputs.classes.D!.candidates, [uscc.D0], 'D has no yearly maximum');
    assert.equal(inputs.yearlyLimit!.year, 2026);
    assert.match(inputs.yearlyLimit!.reference, /国市监信发〔2022〕6号/);
    assert.doesNotMatch(
      inputs.yearlyLimit!.reference,
      /yaml|max_checks_per_year|DOMAIN|§/,
      'the reference reads as an official cites it',
    );
    const byUscc = <T extends { uscc: string }>(list: T[]) => [...list].sort((x, y) => (x.uscc < y.uscc ? -1 : 1));
    assert.deepEqual(inputs.yearlyLimit!.excluded, {
      A: [{ uscc: uscc.A0, checks: 1, max: 1 }],
      C: byUscc([
        { uscc: uscc.C1, checks: 2, max: 2 },
        { uscc: uscc.C2, checks: 2, max: 2 },
      ]),
    });
    const visits = await store()
      .db.selectFrom('inspection_visits as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select('e.uscc')
      .where('v.plan_id', '=', plan.id)
      .execute();
    assert.deepEqual(
      visits.map((visit) => visit.uscc).sort(),
      [uscc.C0, uscc.D0].sort(),
      'C: round(0.6 × 1) = 1 of the one still eligible; D: all',
    );
    const stored = await store()
      .db.selectFrom('inspection_plans')
      .select('draw_inputs')
      .where('id', '=', plan.id)
      .executeTakeFirstOrThrow();
    const rerun = drawInspections(structuredClone(stored.draw_inputs) as typeof inputs);
    assert.deepEqual(
      rerun.visits.map((visit) => visit.uscc).sort(),
      [uscc.C0, uscc.D0].sort(),
      'the published inputs re-run to the same draw',
    );
    const audit = await store()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'inspection.plan_drawn')
      .where('subject_id', '=', String(plan.id))
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.payload as { excludedByYearlyLimit: Record<string, number> }).excludedByYearlyLimit, {
      A: 1,
      C: 2,
    });
  });

  test('a new calendar year starts every count again', async () => {
    const plan = await createInspectionPlan(store().db, {
      departmentCode: 'scjg',
      title: '2027年第1期',
      seed: '新年',
      ratios: { A: 0.05, C: 0.6 },
      inspectors: ['inspector-jia'],
      inspectorsPerVisit: 1,
      actor: 'scjg',
    });
    const drawn = await drawInspectionPlan(store().db, plan.id, 'scjg', { today: '2027-01-05' });
    assert.deepEqual(drawn.drawInputs!.yearlyLimit, {
      year: 2027,
      reference: drawn.drawInputs!.yearlyLimit!.reference,
      excluded: {},
    });
    assert.equal(drawn.drawInputs!.classes.A!.candidates.length, 3);
  });
});
