import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { drawInspections, type DrawInputs } from '../../domain/random-draw.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import type { Executor } from '../../store/executor.ts';
import { listInspectionVisitRows } from '../../store/inspection.repository.ts';
import { countInspectionsBetween } from '../../store/record.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findEnterpriseRiskClasses, usesSamrClasses, type EnterpriseScopeFilter } from './find-risk-classes.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { listNoDisturb } from './list-no-disturb.ts';
import { readableReference } from '../../domain/readable-reference.ts';

/** A department's 双随机 plan (004 §(七)) as created and, once drawn, with the inputs anyone can re-run it from. */
export interface InspectionPlan {
  id: number;
  departmentCode: string;
  title: string;
  seed: string;
  scope: EnterpriseScopeFilter;
  ratios: Record<string, number>;
  inspectors: string[];
  inspectorsPerVisit: number;
  state: string;
  drawInputs: PlanDrawInputs | null;
  /** The references frozen in the draw inputs as readers see them (the inputs themselves stay as published). */
  drawBasisTexts: { yearlyLimit: string | null; riskClasses: string | null } | null;
  createdBy: string;
  /** Who created the plan and each inspector of the pool, by display name (in the order of `inspectors`). */
  createdByName: string;
  inspectorNames: string[];
  /** 检查事项 and 检查依据, shown to the inspectors on each visit. */
  checkItems: string | null;
  legalBasis: string | null;
  /** The inspection period, YYYY-MM-DD. */
  startsOn: string | null;
  dueOn: string | null;
  /** 检查方式 (supervision.yaml inspection_types): 双随机, or a targeted inspection of one enterprise. */
  inspectionType: string;
  /** What a targeted inspection rests on (e.g. { request_number: "…" }); null for drawn plans. */
  basis: Record<string, string> | null;
}

/**
 * The draw's inputs as published: what the draw method reads, plus what the yearly frequency limit left out of the
 * candidates (so anyone can check the exclusion as well as re-run the draw; absent in plans drawn before the limit).
 */
export interface PlanDrawInputs extends DrawInputs {
  yearlyLimit?: YearlyLimitExclusions;
  noDisturb?: NoDisturbExclusions;
  riskClasses?: RiskClassBasis;
}

/**
 * Which risk classes the candidates were sorted by (supervision.yaml risk_class_source): SAMR's own classification
 * for a market-supervision plan, the platform grade's class for the others; absent in plans drawn before the rule.
 */
export interface RiskClassBasis {
  source: 'samr' | 'platform_grade';
  reference: string;
  /** Candidates of a market-supervision plan that SAMR has not classified, sorted by their grade's class; sorted. */
  fallbackToGrade: string[];
}

/** The 免打扰 list as of the draw (supervision.yaml no_disturb): its enterprises in scope are not candidates. */
export interface NoDisturbExclusions {
  asOf: string;
  reference: string;
  /** USCCs left out, sorted. */
  excluded: string[];
}

/** Enterprises already inspected as often as their risk class allows in the calendar year (supervision.yaml). */
export interface YearlyLimitExclusions {
  year: number;
  reference: string;
  /** Per risk class: each enterprise left out, the inspections counted for it this year, and its class's maximum. */
  excluded: Record<string, { uscc: string; checks: number; max: number }[]>;
}

export interface CreatePlanInput {
  departmentCode: string;
  title: string;
  /** Published with the plan; generated (128 random bits) when not given. */
  seed?: string;
  scope?: EnterpriseScopeFilter;
  /** Sampling ratio (0–1) per risk class; classes left out take supervision.yaml's default. */
  ratios?: Record<string, number>;
  inspectors: string[];
  inspectorsPerVisit?: number;
  checkItems?: string;
  legalBasis?: string;
  startsOn?: string;
  dueOn?: string;
  actor: string;
}

/** Plans with their people named (one lookup of display names for all the rows). */
async function toPlans(db: Executor, rows: any[]): Promise<InspectionPlan[]> {
  const nameOf = await loadActorNames(
    db,
    rows.flatMap((row) => [row.created_by, ...row.inspectors]),
  );
  return rows.map((row) => toPlan(row, nameOf));
}

function toPlan(row: any, nameOf: (actor: string) => string): InspectionPlan {
  return {
    id: Number(row.id),
    departmentCode: row.department_code,
    title: row.title,
    seed: row.seed,
    scope: row.scope,
    ratios: row.ratios,
    inspectors: row.inspectors,
    inspectorsPerVisit: row.inspectors_per_visit,
    state: row.state,
    drawInputs: row.draw_inputs ?? null,
    drawBasisTexts: row.draw_inputs
      ? {
          yearlyLimit: row.draw_inputs.yearlyLimit ? readableReference(row.draw_inputs.yearlyLimit.reference) : null,
          riskClasses: row.draw_inputs.riskClasses ? readableReference(row.draw_inputs.riskClasses.reference) : null,
        }
      : null,
    createdBy: row.created_by,
    createdByName: nameOf(row.created_by),
    inspectorNames: row.inspectors.map(nameOf),
    checkItems: row.check_items ?? null,
    legalBasis: row.legal_basis ?? null,
    startsOn: row.starts_on ?? null,
    dueOn: row.due_on ?? null,
    inspectionType: row.inspection_type ?? '双随机',
    basis: row.basis ?? null,
  };
}

/** Checks each ratio against its class's range (supervision.yaml) and fills the classes left out with the default. */
function resolveRatios(given: Record<string, number> = {}): Record<string, number> {
  const { classes, reference } = loadSupervisionSettings();
  for (const riskClass of Object.keys(given)) {
    if (!classes.some((row) => row.class === riskClass))
      throw new AppError(
        'INVALID_INPUT',
        `抽查比例（ratios）中的风险分类“${riskClass}”不存在，可选：${classes.map((row) => row.class).join('、')}`,
      );
  }
  return Object.fromEntries(
    classes.map((row) => {
      const ratio = given[row.class] ?? row.ratio.default;
      if (!(ratio >= row.ratio.min && ratio <= row.ratio.max)) {
        throw new AppError(
          'INVALID_INPUT',
          `抽查比例（ratios.${row.class}）：${row.label}类的比例 ${ratio} 超出允许区间 ${row.ratio.min}–${row.ratio.max}(${reference})`,
        );
      }
      return [row.class, ratio];
    }),
  );
}

/**
 * Checks a pool of inspectors (active accounts with the inspector role) and the department; shared by drawn and
 * targeted inspections.
 */
export async function requireInspectionStaff(
  db: Kysely<Database>,
  input: { departmentCode: string; inspectors: string[] },
): Promise<string[]> {
  const inspectors = [...new Set(input.inspectors)];
  if (inspectors.length === 0) throw new AppError('INVALID_INPUT', '检查人员名录（inspectors）不能为空');
  const known = await db
    .selectFrom('users')
    .select('username')
    .where('username', 'in', inspectors)
    .where('role', '=', 'inspector')
    .where('disabled', '=', false)
    .execute();
  const unknown = inspectors.filter((name) => !known.some((row) => row.username === name));
  if (unknown.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `检查人员名录（inspectors）中以下账号不存在或不是检查人员：${unknown.join('、')}`,
    );
  const department = await db
    .selectFrom('departments')
    .select('code')
    .where('code', '=', input.departmentCode)
    .executeTakeFirst();
  if (!department) throw new AppError('INVALID_INPUT', `部门（departmentCode）“${input.departmentCode}”不存在`);
  return inspectors;
}

/**
 * The inspectors each visit needs (at least two by default: settings.reference), refused when the pool is smaller:
 * it would produce visits nobody can staff, so the plan is refused before anything is drawn.
 */
export function resolveInspectorsPerVisit(inspectors: string[], given: number | undefined): number {
  const inspectorsPerVisit = given ?? loadSupervisionSettings().inspectorsPerVisit.default;
  if (inspectors.length < inspectorsPerVisit) {
    throw new AppError(
      'INVALID_INPUT',
      `每户需要 ${inspectorsPerVisit} 名检查人员，检查人员名录只有 ${inspectors.length} 人：请在名录中增加检查人员，或减少每户检查人员数`,
    );
  }
  return inspectorsPerVisit;
}

export async function createInspectionPlan(db: Kysely<Database>, input: CreatePlanInput): Promise<InspectionPlan> {
  const inspectors = await requireInspectionStaff(db, input);
  const ratios = resolveRatios(input.ratios);
  const inspectorsPerVisit = resolveInspectorsPerVisit(inspectors, input.inspectorsPerVisit);
  if (input.startsOn && input.dueOn && input.dueOn < input.startsOn)
    throw new AppError('INVALID_INPUT', `检查截止日期 ${input.dueOn} 早于开始日期 ${input.startsOn}`);
  const seed = input.seed?.trim() || randomBytes(16).toString('hex');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('inspection_plans')
      .values({
        department_code: input.departmentCode,
        title: input.title,
        seed,
        scope: JSON.stringify(input.scope ?? {}),
        ratios: JSON.stringify(ratios),
        inspectors,
        inspectors_per_visit: inspectorsPerVisit,
        check_items: input.checkItems?.trim() || null,
        legal_basis: input.legalBasis?.trim() || null,
        starts_on: input.startsOn ?? null,
        due_on: input.dueOn ?? null,
        created_by: input.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'inspection.plan_created',
      subjectType: 'inspection_plan',
      subjectId: String(row.id),
      payload: { departmentCode: input.departmentCode, title: input.title, seed, ratios, inspectors },
    });
    return (await toPlans(trx, [row]))[0]!;
  });
}

export async function findInspectionPlan(db: Kysely<Database>, id: number): Promise<InspectionPlan> {
  const row = await db.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `抽查计划 ${id} 不存在`);
  return (await toPlans(db, [row]))[0]!;
}

export async function listInspectionPlans(
  db: Kysely<Database>,
  filter: { departmentCode?: string } = {},
): Promise<InspectionPlan[]> {
  let query = db.selectFrom('inspection_plans').selectAll().orderBy('id', 'desc');
  if (filter.departmentCode) query = query.where('department_code', '=', filter.departmentCode);
  return toPlans(db, await query.execute());
}

/** The file hash of the batch that publishing a plan writes (inspection-results.ts): its records are the plan's visits. */
export const PLAN_BATCH_HASH_PREFIX = 'inspection-plan-';

/**
 * Inspections of each enterprise in a calendar year, for the yearly limit: the visits of the platform's plans (a
 * joint visit of several departments, 综合查一次, is one inspection; a visit not yet made counts in the year it was
 * drawn, so two plans drawn the same month cannot together exceed the limit) plus the random_inspection records
 * departments reported themselves (records written by publishing a plan are those visits already, not counted twice).
 */
export async function countInspectionsInYear(
  db: Kysely<Database>,
  year: number,
  enterpriseIds: number[],
): Promise<Map<number, number>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await countInspectionsBetween(db, {
    first: `${year}-01-01`,
    last: `${year}-12-31`,
    enterpriseIds,
    planBatchHashPrefix: PLAN_BATCH_HASH_PREFIX,
  });
  return new Map(rows.map((row) => [Number(row.enterprise_id), Number(row.checks)]));
}

/**
 * Draws the plan (once): reads the candidates in scope with their risk classes and the inspectors' conflicts,
 * leaves out the enterprises on the 免打扰 list that day and those that reached their class's yearly maximum of
 * inspections, freezes all of it as the plan's draw inputs, runs the published method (domain/random-draw.ts) and stores the visits.
 *
 * The yearly limit (supervision.yaml max_checks_per_year, 国市监信发〔2022〕6号) excludes rather than flags: a drawn
 * enterprise that may not be inspected again would either be inspected beyond the limit or leave the plan short of
 * its ratio. AMBIGUITY: the sample documents give a frequency per class but not whether the ratio applies before or
 * after such exclusions; the ratio applies to the enterprises still eligible. The year is the calendar year of the
 * draw (China time).
 */
export async function drawInspectionPlan(
  db: Kysely<Database>,
  id: number,
  actor: string,
  options: { today?: string } = {},
): Promise<InspectionPlan> {
  const plan = await findInspectionPlan(db, id);
  if (plan.state !== 'planned')
    throw new AppError(
      'PRECONDITION_FAILED',
      `抽查计划 ${id} 已摇号，不能重复摇号（同一种子重算结果相同，可用公布的输入自行核验）`,
    );
  const inScope = await findEnterpriseRiskClasses(db, plan.scope, { departmentCode: plan.departmentCode });
  const settings = loadSupervisionSettings();
  const year = Number((options.today ?? todayInDistrict()).slice(0, 4));
  const checks = await countInspectionsInYear(
    db,
    year,
    inScope.map((row) => row.enterpriseId),
  );
  const yearlyLimit: YearlyLimitExclusions = {
    year,
    // Published with the plan and shown on its page: the regulation as an official cites it, not the catalog key.
    reference: readableReference(settings.reference),
    excluded: {},
  };
  // 无事不扰 (000 §二(八)): the list as of the draw day is frozen with the inputs, so the exclusion can be checked
  // and the draw re-run from what is published even after the list changes.
  const noDisturb: NoDisturbExclusions = {
    asOf: options.today ?? todayInDistrict(),
    reference: `supervision.yaml no_disturb;${settings.noDisturb.reference}`,
    excluded: [],
  };
  if (settings.noDisturb.isExcludedFromRandomDraw)
    noDisturb.excluded = (await listNoDisturb(db, { asOf: noDisturb.asOf, candidates: inScope }))
      .map((row) => row.uscc)
      .sort();
  const undisturbed = new Set(noDisturb.excluded);
  const candidates = inScope.filter((row) => {
    if (undisturbed.has(row.uscc)) return false;
    const max = settings.classes.find((entry) => entry.class === row.riskClass)?.maxChecksPerYear ?? null;
    const count = checks.get(row.enterpriseId) ?? 0;
    if (max === null || count < max) return true;
    (yearlyLimit.excluded[row.riskClass] ??= []).push({ uscc: row.uscc, checks: count, max });
    return false;
  });
  const conflictRows = await db
    .selectFrom('inspector_conflicts as c')
    .select(['c.inspector', 'c.enterprise_id'])
    .where('c.inspector', 'in', plan.inspectors)
    .execute();
  const conflicted = await mapEnterpriseRefsById(
    db,
    conflictRows.map((row) => row.enterprise_id),
  );
  const conflicts: Record<string, string[]> = {};
  for (const row of conflictRows) (conflicts[row.inspector] ??= []).push(conflicted.get(row.enterprise_id)!.uscc);
  for (const list of Object.values(conflicts)) list.sort();
  const inputs: PlanDrawInputs = {
    seed: plan.seed,
    planId: plan.id,
    classes: Object.fromEntries(
      Object.entries(plan.ratios).map(([riskClass, ratio]) => [
        riskClass,
        { ratio, candidates: candidates.filter((row) => row.riskClass === riskClass).map((row) => row.uscc) },
      ]),
    ),
    inspectors: plan.inspectors,
    inspectorsPerVisit: plan.inspectorsPerVisit,
    conflicts,
    yearlyLimit,
    noDisturb,
    riskClasses: {
      source: usesSamrClasses(plan.departmentCode) ? 'samr' : 'platform_grade',
      reference: `supervision.yaml risk_class_source;${settings.riskClassSource.reference}`,
      fallbackToGrade: candidates
        .filter((row) => row.riskClassSource === 'platform_grade_fallback')
        .map((row) => row.uscc)
        .sort(),
    },
  };
  const result = drawInspections(inputs);
  const idOf = new Map(candidates.map((row) => [row.uscc, row.enterpriseId]));
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('inspection_plans')
      .set({ state: 'drawn', draw_inputs: JSON.stringify(inputs), drawn_at: new Date() })
      .where('id', '=', id)
      .where('state', '=', 'planned')
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('CONFLICT', `抽查计划 ${id} 已被他人摇号`);
    if (result.visits.length > 0) {
      await trx
        .insertInto('inspection_visits')
        .values(
          result.visits.map((visit) => ({
            plan_id: id,
            enterprise_id: idOf.get(visit.uscc)!,
            risk_class: visit.riskClass,
            inspectors: visit.inspectors,
            problem: visit.problem,
          })),
        )
        .execute();
    }
    await appendAuditEvent(trx, {
      actor,
      action: 'inspection.plan_drawn',
      subjectType: 'inspection_plan',
      subjectId: String(id),
      payload: {
        seed: plan.seed,
        counts: result.counts,
        visits: result.visits.map((visit) => [visit.uscc, visit.inspectors]),
        excludedByYearlyLimit: Object.fromEntries(
          Object.entries(yearlyLimit.excluded).map(([riskClass, list]) => [riskClass, list.length]),
        ),
        excludedAsNoDisturb: noDisturb.excluded.length,
      },
    });
    return (await toPlans(trx, [updated]))[0]!;
  });
}

/** A drawn visit as listed and exported. */
export interface InspectionVisit {
  id: number;
  planId: number;
  planTitle: string;
  departmentCode: string;
  uscc: string;
  name: string;
  riskClass: string;
  inspectors: string[];
  problem: string | null;
  jointVisitId: number | null;
  outcome: string | null;
  findings: string | null;
  inspectedOn: string | null;
  published: boolean;
  /** 住所(经营场所) of the enterprise, when registered. */
  address: string | null;
  checkItems: string | null;
  legalBasis: string | null;
  startsOn: string | null;
  dueOn: string | null;
  /** SHA-256 of the photos recorded with the result. */
  photos: string[];
  /** Each inspector's name as the accounts hold it (the account name when unknown), in the order of `inspectors`. */
  inspectorNames: string[];
  /** 检查方式 of the plan the visit belongs to (双随机 or a targeted inspection's type). */
  inspectionType: string;
}

export async function listInspectionVisits(
  db: Kysely<Database>,
  filter: { planIds?: number[]; inspector?: string; publishedOnly?: boolean } = {},
): Promise<InspectionVisit[]> {
  const rows = await listInspectionVisitRows(db, filter);
  const nameOf = await loadActorNames(
    db,
    rows.flatMap((row) => row.inspectors),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    planId: Number(row.plan_id),
    planTitle: row.title,
    departmentCode: row.department_code,
    uscc: row.uscc,
    name: row.name,
    riskClass: row.risk_class,
    inspectors: row.inspectors,
    problem: row.problem,
    jointVisitId: row.joint_visit_id === null ? null : Number(row.joint_visit_id),
    outcome: row.outcome,
    findings: row.findings,
    inspectedOn: row.inspected_on,
    published: row.state === 'published',
    address: row.address,
    checkItems: row.check_items,
    legalBasis: row.legal_basis,
    startsOn: row.starts_on,
    dueOn: row.due_on,
    photos: row.photos ?? [],
    inspectorNames: row.inspectors.map(nameOf),
    inspectionType: row.inspection_type,
  }));
}
