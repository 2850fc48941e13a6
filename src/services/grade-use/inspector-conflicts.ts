import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import { listInspectorConflictRows } from '../../store/inspection.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';

/**
 * 回避: an inspector with an interest in an enterprise (kinship, prior employment, a case they
 * handled …) must not inspect it. A declared conflict is read by every later draw (inspection-plans.ts) and frozen
 * into its published inputs. An inspector is an enabled account with the inspector role — the pool a plan draws
 * from accepts nothing else (createInspectionPlan) — so a conflict can only name such an account.
 */
export interface InspectorConflict {
  inspector: string;
  /** The inspector and who declared the conflict, by display name. */
  inspectorName: string;
  uscc: string;
  name: string;
  reason: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}

const MAX_REASON = 500;

async function findInspectorAccount(db: Kysely<Database>, inspector: string): Promise<void> {
  const account = await db
    .selectFrom('users')
    .select('username')
    .where('username', '=', inspector)
    .where('role', '=', 'inspector')
    .where('disabled', '=', false)
    .executeTakeFirst();
  if (!account)
    throw new AppError('INVALID_INPUT', `检查人员（inspector）“${inspector}”不存在或不是在用的检查人员账号`);
}

async function findEnterpriseId(db: Kysely<Database>, uscc: string): Promise<{ id: number; uscc: string }> {
  const code = normalizeUscc(uscc);
  const enterprise = await requireEnterprise(db, code);
  return { id: Number(enterprise.id), uscc: enterprise.uscc };
}

function checkReason(reason: string, field: string): string {
  const text = reason.trim();
  if (text === '') throw new AppError('INVALID_INPUT', `${field}不能为空：请写明回避的事由`);
  if (text.length > MAX_REASON) throw new AppError('INVALID_INPUT', `${field}不能超过 ${MAX_REASON} 字`);
  return text;
}

export async function declareInspectorConflict(
  db: Kysely<Database>,
  input: { inspector: string; uscc: string; reason: string; actor: string },
): Promise<InspectorConflict> {
  const reason = checkReason(input.reason, '回避事由（reason）');
  await findInspectorAccount(db, input.inspector);
  const enterprise = await findEnterpriseId(db, input.uscc);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('inspector_conflicts')
      .values({ inspector: input.inspector, enterprise_id: enterprise.id, reason, created_by: input.actor })
      .onConflict((conflict) => conflict.columns(['inspector', 'enterprise_id']).doNothing())
      .returning('created_at')
      .executeTakeFirst();
    if (!inserted)
      throw new AppError('CONFLICT', `检查人员 ${input.inspector} 与企业 ${enterprise.uscc} 的回避关系已登记`);
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'inspector_conflict.declared',
      subjectType: 'inspector_conflict',
      subjectId: `${input.inspector}|${enterprise.uscc}`,
      payload: { inspector: input.inspector, uscc: enterprise.uscc, reason },
    });
    const [conflict] = await listInspectorConflicts(trx, { inspector: input.inspector, uscc: enterprise.uscc });
    return conflict!;
  });
}

export async function listInspectorConflicts(
  db: Kysely<Database>,
  filter: { inspector?: string; uscc?: string } = {},
): Promise<InspectorConflict[]> {
  const rows = await listInspectorConflictRows(db, {
    inspector: filter.inspector,
    uscc: filter.uscc ? normalizeUscc(filter.uscc) : undefined,
  });
  const nameOf = await loadActorNames(
    db,
    rows.flatMap((row) => [row.inspector, row.created_by]),
  );
  return rows.map((row) => ({
    inspector: row.inspector,
    inspectorName: nameOf(row.inspector),
    uscc: row.uscc,
    name: row.name,
    reason: row.reason,
    createdBy: row.created_by,
    createdByName: nameOf(row.created_by),
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/**
 * Withdraws a conflict (declared by mistake, or the interest ended), with the reason on the audit trail. Only
 * officials do this: a conflict the conflicted inspector could withdraw would not keep anyone away.
 */
export async function removeInspectorConflict(
  db: Kysely<Database>,
  input: { inspector: string; uscc: string; reason: string; actor: string },
): Promise<void> {
  const reason = checkReason(input.reason, '撤销理由（reason）');
  const enterprise = await findEnterpriseId(db, input.uscc);
  await db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('inspector_conflicts')
      .where('inspector', '=', input.inspector)
      .where('enterprise_id', '=', enterprise.id)
      .returning('reason')
      .executeTakeFirst();
    if (!removed)
      throw new AppError('NOT_FOUND', `未登记检查人员 ${input.inspector} 与企业 ${enterprise.uscc} 的回避关系`);
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'inspector_conflict.removed',
      subjectType: 'inspector_conflict',
      subjectId: `${input.inspector}|${enterprise.uscc}`,
      payload: { inspector: input.inspector, uscc: enterprise.uscc, declaredReason: removed.reason, reason },
    });
  });
}
