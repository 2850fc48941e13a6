import type { Executor } from './executor.ts';

/**
 * Reads of inspection visits (双随机 draws and targeted inspections) and of inspectors' declared conflicts that sort
 * or filter by the enterprise, so they join the registry.
 */

/** Visits with their plan and enterprise (USCC, name, address), by plan then USCC. */
export async function listInspectionVisitRows(
  db: Executor,
  filter: { planIds?: number[]; inspector?: string; publishedOnly?: boolean } = {},
) {
  let query = db
    .selectFrom('inspection_visits as v')
    .innerJoin('inspection_plans as p', 'p.id', 'v.plan_id')
    .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
    .select([
      'v.id',
      'v.plan_id',
      'p.title',
      'p.department_code',
      'p.state',
      'e.uscc',
      'e.name',
      'e.address',
      'p.check_items',
      'p.legal_basis',
      'p.starts_on',
      'p.due_on',
      'v.risk_class',
      'v.inspectors',
      'v.problem',
      'v.joint_visit_id',
      'v.outcome',
      'v.findings',
      'v.inspected_on',
      'v.photos',
      'p.inspection_type',
    ])
    .orderBy('v.plan_id')
    .orderBy('e.uscc');
  if (filter.planIds) query = query.where('v.plan_id', 'in', filter.planIds.length > 0 ? filter.planIds : [-1]);
  if (filter.inspector) query = query.where((eb) => eb(eb.val(filter.inspector!), '=', eb.fn.any('v.inspectors')));
  if (filter.publishedOnly) query = query.where('p.state', '=', 'published').where('v.outcome', 'is not', null);
  return query.execute();
}

/** Declared conflicts with the enterprise's USCC and name, by inspector then USCC; of one
 * inspector or enterprise (a normalised USCC). */
export async function listInspectorConflictRows(db: Executor, filter: { inspector?: string; uscc?: string } = {}) {
  let query = db
    .selectFrom('inspector_conflicts as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
    .select(['c.inspector', 'e.uscc', 'e.name', 'c.reason', 'c.created_by', 'c.created_at'])
    .orderBy('c.inspector')
    .orderBy('e.uscc');
  if (filter.inspector) query = query.where('c.inspector', '=', filter.inspector);
  if (filter.uscc !== undefined) query = query.where('e.uscc', '=', filter.uscc);
  return query.execute();
}
