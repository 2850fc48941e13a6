import { AppError } from '../../domain/app-error.ts';
import type { Executor } from '../../store/executor.ts';
import type { RequestRow } from './advance-request.ts';
import type { RequestActor, RequestViewer } from './request-actor.ts';

/** Reads one case (for update inside a transaction: the row is locked until the transaction ends), or NOT_FOUND. */
export async function findRequestRow(
  db: Executor,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<RequestRow> {
  let query = db.selectFrom('requests').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的诉求`);
  return row;
}

/** Refuses a case outside what the viewer may see (403: the case exists, but is not theirs to see). */
export function assertRequestVisible(row: RequestRow, viewer: RequestViewer): void {
  if (viewer.kind === 'enterprise' && row.enterprise_id !== viewer.enterpriseId)
    throw new AppError('FORBIDDEN', '企业用户只能查看本企业提交的诉求');
  if (viewer.kind === 'department' && row.department_code !== viewer.departmentCode)
    throw new AppError('FORBIDDEN', '只能查看和办理分办到本部门的诉求');
}

/**
 * Who may handle a case (accept, answer, transfer, link, close): the department it is routed to now, or the credit
 * office (administrators, reviewers) for any case; the platform itself for its own steps. Enterprises never.
 */
export function assertMayHandle(row: RequestRow, actor: RequestActor): void {
  if (actor.role === 'system' || actor.role === 'admin' || actor.role === 'reviewer') return;
  if (actor.role === 'department_operator' && actor.departmentCode === row.department_code) return;
  if (actor.role === 'department_operator') throw new AppError('FORBIDDEN', '只能查看和办理分办到本部门的诉求');
  throw new AppError('FORBIDDEN', '只有承办部门或信用办工作人员可以办理诉求');
}
