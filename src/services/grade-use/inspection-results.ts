import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { commitBatch, type BatchResult } from '../records/commit-batch.ts';
import { requireAttachments } from '../workflows/store-attachment.ts';
import { findInspectionPlan, listInspectionVisits, PLAN_BATCH_HASH_PREFIX } from './inspection-plans.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import type { ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';
import { openInspectionFollowUps } from './inspection-follow-ups.ts';

/** 综合查一次 (003 §二(一)): the merged visits — one per enterprise — of several departments' drawn plans. */
export interface JointVisit {
  id: number;
  uscc: string;
  planIds: number[];
  inspectors: string[];
}

/**
 * Merges drawn plans: every enterprise drawn by more than one of them gets one joint visit that all its visits point
 * to, with the union of their inspectors (each already free of conflicts with that enterprise).
 */
export async function mergeInspectionPlans(
  db: Kysely<Database>,
  planIds: number[],
  actor: string,
): Promise<JointVisit[]> {
  const ids = [...new Set(planIds)].sort((a, b) => a - b);
  if (ids.length < 2) throw new AppError('INVALID_INPUT', '合并检查（planIds）至少需要两个抽查计划');
  const types = loadSupervisionSettings().inspectionTypes;
  for (const id of ids) {
    const plan = await findInspectionPlan(db, id);
    if (plan.state === 'planned') throw new AppError('PRECONDITION_FAILED', `抽查计划 ${id} 尚未摇号，不能合并`);
    // Targeted inspections join 综合查一次 only where supervision.yaml inspection_types allows it.
    if (types.find((type) => type.code === plan.inspectionType)?.mayJoinJointVisit === false)
      throw new AppError('PRECONDITION_FAILED', `检查 ${id}（${plan.inspectionType}）按规定不与其他检查合并`);
  }
  const visits = await listInspectionVisits(db, { planIds: ids });
  const byEnterprise = new Map<string, typeof visits>();
  for (const visit of visits)
    if (visit.jointVisitId === null) byEnterprise.set(visit.uscc, [...(byEnterprise.get(visit.uscc) ?? []), visit]);
  return db.transaction().execute(async (trx) => {
    const joint: JointVisit[] = [];
    for (const [uscc, group] of byEnterprise) {
      if (group.length < 2) continue;
      const enterprise = await requireEnterprise(trx, uscc);
      const planIdsOfGroup = group.map((visit) => visit.planId);
      const row = await trx
        .insertInto('joint_visits')
        .values({ enterprise_id: enterprise.id, plan_ids: planIdsOfGroup, created_by: actor })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('inspection_visits')
        .set({ joint_visit_id: row.id })
        .where(
          'id',
          'in',
          group.map((visit) => visit.id),
        )
        .execute();
      joint.push({
        id: Number(row.id),
        uscc,
        planIds: planIdsOfGroup,
        inspectors: [...new Set(group.flatMap((visit) => visit.inspectors))].sort(),
      });
    }
    await appendAuditEvent(trx, {
      actor,
      action: 'inspection.visits_merged',
      subjectType: 'inspection_plan',
      subjectId: ids.join(','),
      payload: { planIds: ids, jointVisits: joint.map((visit) => [visit.uscc, visit.planIds]) },
    });
    return joint;
  });
}

/** One enterprise's visit in merged plans: the inspectors by account and, in the same order, by name. */
export interface MergedVisit {
  uscc: string;
  name: string;
  planIds: number[];
  jointVisitId: number | null;
  inspectors: string[];
  inspectorNames: string[];
}

/** The visits of the merged plans as an inspector team sees them: each enterprise once. */
export async function listMergedVisits(db: Kysely<Database>, planIds: number[]): Promise<MergedVisit[]> {
  const merged = new Map<string, MergedVisit>();
  for (const visit of await listInspectionVisits(db, { planIds })) {
    const entry = merged.get(visit.uscc) ?? {
      uscc: visit.uscc,
      name: visit.name,
      planIds: [],
      jointVisitId: visit.jointVisitId,
      inspectors: [],
      inspectorNames: [],
    };
    entry.planIds.push(visit.planId);
    const names = new Map(entry.inspectors.map((username, index) => [username, entry.inspectorNames[index]!]));
    visit.inspectors.forEach((username, index) => names.set(username, visit.inspectorNames[index]!));
    entry.inspectors = [...names.keys()].sort();
    entry.inspectorNames = entry.inspectors.map((username) => names.get(username)!);
    merged.set(visit.uscc, entry);
  }
  return [...merged.values()];
}

/** Outcomes (检查结果) as supervision.yaml inspection_outcomes lists them, each with what follows it. */
export const INSPECTION_OUTCOMES = loadSupervisionSettings().inspectionOutcomes.map((rule) => rule.outcome) as [
  string,
  ...string[],
];

/** An inspector records the result of a visit assigned to them (others' visits do not exist for them). */
export async function recordInspectionResult(
  db: Kysely<Database>,
  input: {
    visitId: number;
    inspector: string | null;
    outcome: string;
    findings?: string;
    inspectedOn: string;
    photos?: string[];
    actor: string;
  },
): Promise<void> {
  if (!INSPECTION_OUTCOMES.includes(input.outcome))
    throw new AppError(
      'INVALID_INPUT',
      `检查结果（outcome）“${input.outcome}”无效，可选：${INSPECTION_OUTCOMES.join('、')}`,
    );
  const visit = await db
    .selectFrom('inspection_visits as v')
    .innerJoin('inspection_plans as p', 'p.id', 'v.plan_id')
    .select(['v.id', 'v.inspectors', 'p.state'])
    .where('v.id', '=', input.visitId)
    .executeTakeFirst();
  if (!visit || (input.inspector !== null && !visit.inspectors.includes(input.inspector)))
    throw new AppError('NOT_FOUND', `未找到分配给您的检查任务 ${input.visitId}`);
  if (visit.state === 'published') throw new AppError('PRECONDITION_FAILED', '该抽查计划的结果已公示，不能再修改');
  await db.transaction().execute(async (trx) => {
    // Photos must be the inspector's own uploads (requireAttachments answers someone else's like an unknown file).
    const photos = await requireAttachments(trx, input.photos ?? [], { actor: input.actor });
    await trx
      .updateTable('inspection_visits')
      .set({
        outcome: input.outcome,
        findings: input.findings ?? null,
        inspected_on: input.inspectedOn,
        photos,
        recorded_by: input.actor,
        recorded_at: new Date(),
      })
      .where('id', '=', input.visitId)
      .execute();
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'inspection.result_recorded',
      subjectType: 'inspection_visit',
      subjectId: String(input.visitId),
      payload: { outcome: input.outcome, inspectedOn: input.inspectedOn, photos },
    });
  });
}

/**
 * 一公开 (004 §(八)): publishes a plan's recorded results on the public portal and writes each as a random_inspection
 * record (one import batch, audited like any other), so results feed back into the enterprises' credit records: what
 * each outcome leads to (supervision.yaml inspection_outcomes: a proposed listing, a follow-up task) is opened for its
 * department in the same transaction; the batch re-evaluates the inspected enterprises once the records are in.
 */
export async function publishInspectionResults(
  db: Kysely<Database>,
  planId: number,
  actor: string,
): Promise<{
  published: number;
  batch: BatchResult | null;
  followUps: number;
  reevaluation: ReevaluationOutcome | null;
}> {
  const plan = await findInspectionPlan(db, planId);
  if (plan.state !== 'drawn')
    throw new AppError(
      'PRECONDITION_FAILED',
      plan.state === 'planned' ? `抽查计划 ${planId} 尚未摇号` : `抽查计划 ${planId} 的结果已公示`,
    );
  const visits = (await listInspectionVisits(db, { planIds: [planId] })).filter((visit) => visit.outcome !== null);
  const department = await db
    .selectFrom('departments')
    .select('name')
    .where('code', '=', plan.departmentCode)
    .executeTakeFirstOrThrow();
  const records: NormalizedRecord[] = visits.map((visit, index) => ({
    sourceRow: index + 1,
    subjectUscc: visit.uscc,
    subjectName: visit.name,
    kind: 'random_inspection',
    naturalKey: `${planId}-${visit.id}`,
    departmentCode: plan.departmentCode,
    status: 'active',
    occurredOn: visit.inspectedOn,
    endsOn: null,
    level: null,
    subtype: visit.outcome,
    grade: null,
    amount: null,
    quantity: null,
    fields: {
      subject_name: visit.name,
      subject_uscc: visit.uscc,
      inspection_number: `${planId}-${visit.id}`,
      plan_title: plan.title,
      outcome: visit.outcome,
      inspected_on: visit.inspectedOn,
      findings: visit.findings,
      inspecting_authority: department.name,
      inspection_type: plan.inspectionType,
    },
  }));
  const batch =
    records.length === 0
      ? null
      : await commitBatch(
          db,
          {
            departmentCode: plan.departmentCode,
            kind: 'random_inspection',
            fileName: `抽查计划-${planId}`,
            fileHash: `${PLAN_BATCH_HASH_PREFIX}${planId}`,
            format: 'api',
            mode: 'all-or-nothing',
            operator: actor,
          },
          [records],
          () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
        );
  const followUps = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('inspection_plans')
      .set({ state: 'published', published_at: new Date() })
      .where('id', '=', planId)
      .execute();
    const opened = await openInspectionFollowUps(trx, visits, plan.departmentCode);
    await appendAuditEvent(trx, {
      actor,
      action: 'inspection.results_published',
      subjectType: 'inspection_plan',
      subjectId: String(planId),
      payload: { published: records.length, batchId: batch?.batchId ?? null, followUps: opened },
    });
    return opened;
  });
  // commitBatch re-evaluated the inspected enterprises once the records were in (reevaluateAfterBatch).
  return { published: records.length, batch, followUps, reevaluation: batch?.reevaluation ?? null };
}
