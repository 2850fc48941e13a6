import type { Kysely, Transaction } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { findRecordIdByNaturalKey } from '../../store/record.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';
import type { InspectionVisit } from './inspection-plans.ts';

/** What a published inspection outcome led to, as the department that must act on it sees it. */
export interface InspectionFollowUp {
  id: number;
  visitId: number;
  planId: number;
  planTitle: string;
  inspectionType: string;
  uscc: string;
  name: string;
  outcome: string;
  inspectedOn: string | null;
  /** listing_proposal: a proposed 经营异常名录 listing the department confirms or rejects; task: work to do. */
  action: 'listing_proposal' | 'task';
  description: string;
  departmentCode: string;
  proposedKind: string | null;
  proposedSubtype: string | null;
  reference: string;
  state: 'open' | 'confirmed' | 'rejected';
  recordId: number | null;
  decidedBy: string | null;
  /** Who decided, by display name. */
  decidedByName: string | null;
  decisionReason: string | null;
}

/**
 * Opens, for each published visit, what its outcome leads to (supervision.yaml inspection_outcomes): a proposed
 * listing for the department that decides listings, a follow-up task for the inspecting department. Returns how many.
 */
export async function openInspectionFollowUps(
  trx: Transaction<Database>,
  visits: InspectionVisit[],
  inspectingDepartment: string,
): Promise<number> {
  const rules = new Map(loadSupervisionSettings().inspectionOutcomes.map((rule) => [rule.outcome, rule]));
  const enterpriseOf = new Map<number, number>();
  if (visits.length > 0)
    for (const row of await trx
      .selectFrom('inspection_visits')
      .select(['id', 'enterprise_id'])
      .where(
        'id',
        'in',
        visits.map((visit) => visit.id),
      )
      .execute())
      enterpriseOf.set(Number(row.id), Number(row.enterprise_id));
  const rows = visits.flatMap((visit) => {
    const rule = visit.outcome === null ? undefined : rules.get(visit.outcome);
    if (!rule) return [];
    const base = { visit_id: visit.id, enterprise_id: enterpriseOf.get(visit.id)!, outcome: rule.outcome };
    const kindLabel = (code: string) => loadCatalog().kind(code)?.label ?? code;
    return [
      ...(rule.listingProposal
        ? [
            {
              ...base,
              action: 'listing_proposal' as const,
              description: `建议列入${kindLabel(rule.listingProposal.kind)}：${rule.listingProposal.subtype}`,
              department_code: rule.listingProposal.department,
              proposed_kind: rule.listingProposal.kind,
              proposed_subtype: rule.listingProposal.subtype,
              reference: rule.reference,
            },
          ]
        : []),
      ...(rule.followUp
        ? [
            {
              ...base,
              action: 'task' as const,
              description: rule.followUp,
              department_code: inspectingDepartment,
              proposed_kind: null,
              proposed_subtype: null,
              reference: rule.reference,
            },
          ]
        : []),
    ];
  });
  if (rows.length > 0) await trx.insertInto('inspection_follow_ups').values(rows).execute();
  return rows.length;
}

export async function listInspectionFollowUps(
  db: Kysely<Database>,
  filter: { departmentCode?: string; state?: string; id?: number } = {},
): Promise<InspectionFollowUp[]> {
  let query = db
    .selectFrom('inspection_follow_ups as f')
    .innerJoin('inspection_visits as v', 'v.id', 'f.visit_id')
    .innerJoin('inspection_plans as p', 'p.id', 'v.plan_id')
    .select([
      'f.id',
      'f.visit_id',
      'v.plan_id',
      'p.title',
      'p.inspection_type',
      'f.enterprise_id',
      'f.outcome',
      'v.inspected_on',
      'f.action',
      'f.description',
      'f.department_code',
      'f.proposed_kind',
      'f.proposed_subtype',
      'f.reference',
      'f.state',
      'f.record_id',
      'f.decided_by',
      'f.decision_reason',
    ])
    .orderBy('f.id', 'desc');
  if (filter.departmentCode) query = query.where('f.department_code', '=', filter.departmentCode);
  if (filter.state) query = query.where('f.state', '=', filter.state as InspectionFollowUp['state']);
  if (filter.id !== undefined) query = query.where('f.id', '=', filter.id);
  const rows = await query.execute();
  const enterprises = await mapEnterpriseRefsById(
    db,
    rows.map((row) => row.enterprise_id),
  );
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.decided_by),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    visitId: Number(row.visit_id),
    planId: Number(row.plan_id),
    planTitle: row.title,
    inspectionType: row.inspection_type,
    uscc: enterprises.get(row.enterprise_id)!.uscc,
    name: enterprises.get(row.enterprise_id)!.name,
    outcome: row.outcome,
    inspectedOn: row.inspected_on,
    action: row.action,
    description: row.description,
    departmentCode: row.department_code,
    proposedKind: row.proposed_kind,
    proposedSubtype: row.proposed_subtype,
    reference: row.reference,
    state: row.state,
    recordId: row.record_id === null ? null : Number(row.record_id),
    decidedBy: row.decided_by,
    decidedByName: row.decided_by === null ? null : nameOf(row.decided_by),
    decisionReason: row.decision_reason,
  }));
}

export async function findInspectionFollowUp(db: Kysely<Database>, id: number): Promise<InspectionFollowUp> {
  const [found] = await listInspectionFollowUps(db, { id });
  if (!found) throw new AppError('NOT_FOUND', `检查后续事项 ${id} 不存在`);
  return found;
}

/** The batch file hash of a confirmed listing: one per proposal, so a repeated confirmation cannot list twice. */
const LISTING_BATCH_HASH_PREFIX = 'inspection-listing-';

/**
 * The department that decides listings confirms or rejects a proposal an inspection outcome opened (for 住所无法联系:
 * 《企业经营异常名录管理暂行办法》, supervision.yaml inspection_outcomes). A rejection needs a reason. A confirmation
 * writes the listing as a record of the proposed kind, listed on the day of the decision by the department, through
 * one import batch (audited, shared as a new negative record like any other); the batch re-evaluates the enterprise.
 */
export async function decideListingProposal(
  db: Kysely<Database>,
  input: { id: number; action: 'confirm' | 'reject'; reason?: string; actor: string; today?: string },
): Promise<InspectionFollowUp & { reevaluation: ReevaluationOutcome | null }> {
  const proposal = await findInspectionFollowUp(db, input.id);
  if (proposal.action !== 'listing_proposal')
    throw new AppError('PRECONDITION_FAILED', `检查后续事项 ${input.id} 不是名录列入建议，无需确认`);
  if (proposal.state !== 'open')
    throw new AppError(
      'PRECONDITION_FAILED',
      `列入建议 ${input.id} 已处理（${proposal.state === 'confirmed' ? '已确认' : '已驳回'}）`,
    );
  const reason = input.reason?.trim() ?? '';
  if (input.action === 'reject' && !reason)
    throw new AppError('INVALID_INPUT', '字段“驳回理由”：驳回列入建议必须填写理由');
  let recordId: number | null = null;
  let reevaluation: ReevaluationOutcome | null = null;
  if (input.action === 'confirm') {
    const kind = loadCatalog().kind(proposal.proposedKind!);
    if (!kind) throw new AppError('INTERNAL', `unknown record kind ${proposal.proposedKind}`);
    const department = await db
      .selectFrom('departments')
      .select('name')
      .where('code', '=', proposal.departmentCode)
      .executeTakeFirstOrThrow();
    const listedOn = input.today ?? todayInDistrict();
    const subtypeField = kind.fields.find((field) => field.role === 'subtype')!;
    const occurredField = kind.fields.find((field) => field.role === 'occurred_on')!;
    const authorityField = kind.fields.find((field) => field.key === 'listing_authority');
    const fields: Record<string, unknown> = {
      subject_name: proposal.name,
      subject_uscc: proposal.uscc,
      [subtypeField.key]: proposal.proposedSubtype,
      [occurredField.key]: listedOn,
      ...(authorityField ? { [authorityField.key]: department.name } : {}),
    };
    const record: NormalizedRecord = {
      sourceRow: 1,
      subjectUscc: proposal.uscc,
      subjectName: proposal.name,
      kind: kind.code,
      naturalKey: kind.naturalKey.map((key) => String(fields[key] ?? '')).join('|'),
      departmentCode: proposal.departmentCode,
      status: 'active',
      occurredOn: listedOn,
      endsOn: null,
      level: null,
      subtype: proposal.proposedSubtype,
      grade: null,
      amount: null,
      quantity: null,
      fields,
    };
    const batch = await commitBatch(
      db,
      {
        departmentCode: proposal.departmentCode,
        kind: kind.code,
        fileName: `检查发现列入建议-${proposal.id}`,
        fileHash: `${LISTING_BATCH_HASH_PREFIX}${proposal.id}`,
        format: 'api',
        mode: 'all-or-nothing',
        operator: input.actor,
      },
      [[record]],
      () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
    );
    recordId = await findRecordIdByNaturalKey(db, record.kind, record.naturalKey);
    reevaluation = batch.reevaluation ?? null;
  }
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('inspection_follow_ups')
      .set({
        state: input.action === 'confirm' ? 'confirmed' : 'rejected',
        record_id: recordId,
        decided_by: input.actor,
        decided_at: new Date(),
        decision_reason: reason || null,
      })
      .where('id', '=', input.id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('CONFLICT', `列入建议 ${input.id} 已被他人处理`);
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: input.action === 'confirm' ? 'inspection.listing_confirmed' : 'inspection.listing_rejected',
      subjectType: 'inspection_follow_up',
      subjectId: String(input.id),
      payload: { uscc: proposal.uscc, visitId: proposal.visitId, recordId, reason: reason || null },
    });
  });
  return { ...(await findInspectionFollowUp(db, input.id)), reevaluation };
}
