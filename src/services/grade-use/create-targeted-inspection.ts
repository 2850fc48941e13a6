import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findEnterpriseRiskClasses } from './find-risk-classes.ts';
import { loadSupervisionSettings, type InspectionType } from './grade-use-settings.ts';
import {
  countInspectionsInYear,
  findInspectionPlan,
  requireInspectionStaff,
  resolveInspectorsPerVisit,
  type InspectionPlan,
} from './inspection-plans.ts';
import { listNoDisturb } from './list-no-disturb.ts';

export interface CreateTargetedInspectionInput {
  departmentCode: string;
  /** 检查方式: one of supervision.yaml inspection_types that is not random (投诉举报, 转办交办, 专项检查, 风险预警). */
  inspectionType: string;
  uscc: string;
  /** The basis the type requires (its basis_field): 企呼我应受理编号, 转办交办文书编号, 专项检查名称 or 风险预警信号. */
  basis: string;
  title?: string;
  inspectors: string[];
  inspectorsPerVisit?: number;
  checkItems?: string;
  legalBasis?: string;
  startsOn?: string;
  dueOn?: string;
  actor: string;
  today?: string;
}

/** The targeted (non-random) types as the catalog lists them, or INVALID_INPUT naming the choices. */
export function resolveTargetedType(code: string): InspectionType {
  const targeted = loadSupervisionSettings().inspectionTypes.filter((type) => !type.isRandom);
  const type = targeted.find((entry) => entry.code === code);
  if (!type)
    throw new AppError(
      'INVALID_INPUT',
      `检查方式（inspectionType）“${code}”无效，可选：${targeted.map((entry) => entry.code).join('、')}`,
    );
  return type;
}

/**
 * Records a targeted inspection of one enterprise (国发〔2019〕5号: complaints, referrals, campaigns and risk signals
 * lead to targeted checks outside the 双随机 draw). It is a plan of one visit, already assigned, so the inspectors
 * record its result, it joins 综合查一次 and is published (一公开) like a drawn visit. Preconditions, each refused
 * with the field it concerns: the type's basis (a 企呼我应 number must be a request the platform holds), the
 * inspectors (none with a declared conflict with the enterprise), the 免打扰 list when the type may not target it,
 * and the yearly per-class limit when the type obeys it (supervision.yaml inspection_types).
 */
export async function createTargetedInspection(
  db: Kysely<Database>,
  input: CreateTargetedInspectionInput,
): Promise<InspectionPlan & { visitId: number; isNoDisturb: boolean }> {
  const type = resolveTargetedType(input.inspectionType);
  const basis = input.basis?.trim() ?? '';
  if (!basis) throw new AppError('INVALID_INPUT', `检查依据（basis）：${type.code}检查须填写${type.basisLabel}`);
  if (type.basisField === 'request_number') {
    const request = await db.selectFrom('requests').select('id').where('tracking_code', '=', basis).executeTakeFirst();
    if (!request)
      throw new AppError('INVALID_INPUT', `检查依据（basis）：企呼我应中没有受理编号为“${basis}”的诉求或投诉`);
  }
  const uscc = normalizeUscc(input.uscc);
  const settings = loadSupervisionSettings();
  const enterprise = (await findEnterpriseRiskClasses(db, {}, { departmentCode: input.departmentCode })).find(
    (row) => row.uscc === uscc,
  );
  if (!enterprise) throw new AppError('INVALID_INPUT', `企业（uscc）“${input.uscc}”未登记`);
  const inspectors = await requireInspectionStaff(db, input);
  const inspectorsPerVisit = resolveInspectorsPerVisit(inspectors, input.inspectorsPerVisit);
  const conflicted = await db
    .selectFrom('inspector_conflicts')
    .select('inspector')
    .where('enterprise_id', '=', enterprise.enterpriseId)
    .where('inspector', 'in', inspectors)
    .execute();
  if (conflicted.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `检查人员（inspectors）中以下人员与该企业有利害关系，应当回避：${conflicted.map((row) => row.inspector).join('、')}`,
    );
  if (input.startsOn && input.dueOn && input.dueOn < input.startsOn)
    throw new AppError('INVALID_INPUT', `检查截止日期 ${input.dueOn} 早于开始日期 ${input.startsOn}`);
  const today = input.today ?? todayInDistrict();
  const isNoDisturb = (await listNoDisturb(db, { asOf: today, candidates: [enterprise] })).length > 0;
  if (isNoDisturb && !type.mayTargetNoDisturb)
    throw new AppError(
      'PRECONDITION_FAILED',
      `该企业在“免打扰”名单内，${type.code}不能检查名单内企业（${settings.noDisturb.reference}）`,
    );
  if (type.obeysYearlyLimit) {
    const max = settings.classes.find((entry) => entry.class === enterprise.riskClass)?.maxChecksPerYear ?? null;
    const year = Number(today.slice(0, 4));
    const count = (await countInspectionsInYear(db, year, [enterprise.enterpriseId])).get(enterprise.enterpriseId) ?? 0;
    if (max !== null && count >= max)
      throw new AppError(
        'PRECONDITION_FAILED',
        `该企业（${enterprise.riskClass} 类）${year} 年已检查 ${count} 次，已达每年检查次数上限 ${max} 次，${type.code}受此限制（${settings.reference}）`,
      );
  }
  const id = await db.transaction().execute(async (trx) => {
    const plan = await trx
      .insertInto('inspection_plans')
      .values({
        department_code: input.departmentCode,
        title: input.title?.trim() || `${type.code}：${enterprise.name}`,
        // Nothing is drawn: no seed, no ratios; the visit is assigned at once.
        seed: '',
        scope: JSON.stringify({}),
        ratios: JSON.stringify({}),
        inspectors,
        inspectors_per_visit: inspectorsPerVisit,
        state: 'drawn',
        drawn_at: new Date(),
        check_items: input.checkItems?.trim() || null,
        legal_basis: input.legalBasis?.trim() || null,
        starts_on: input.startsOn ?? null,
        due_on: input.dueOn ?? null,
        created_by: input.actor,
        inspection_type: type.code,
        basis: JSON.stringify({ [type.basisField!]: basis }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const visit = await trx
      .insertInto('inspection_visits')
      .values({
        plan_id: plan.id,
        enterprise_id: enterprise.enterpriseId,
        risk_class: enterprise.riskClass,
        inspectors,
        problem: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'inspection.targeted_created',
      subjectType: 'inspection_plan',
      subjectId: String(plan.id),
      payload: {
        departmentCode: input.departmentCode,
        inspectionType: type.code,
        basis: { [type.basisField!]: basis },
        uscc,
        isNoDisturb,
        inspectors,
      },
    });
    return { planId: Number(plan.id), visitId: Number(visit.id) };
  });
  return { ...(await findInspectionPlan(db, id.planId)), visitId: id.visitId, isNoDisturb };
}
