import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import type { Database } from '../../store/database.ts';
import { transitionCase } from '../../store/workflow-case.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import {
  loadHonestCaseActorNames,
  nameHonestCases,
  selectHonestCases,
  toHonestCase,
  type HonestCase,
} from './honest-case.ts';
import { loadPublicDisclosureRules } from './public-disclosure-rules.ts';

const MAX_REASON = 500;

/**
 * The credit office takes a case off the public portal, saying why. The row stays (who published and withdrew it,
 * when, why); a case already withdrawn, or changed meanwhile by someone else, is refused. Audited as
 * `honest_case.withdrawn`.
 */
export async function withdrawHonestCase(
  db: Kysely<Database>,
  input: { id: number; reason: string; actor: string },
): Promise<HonestCase> {
  const reason = String(input.reason ?? '').trim();
  if (reason === '') throw new AppError('INVALID_INPUT', '字段“撤回原因”：请填写撤回原因');
  if (reason.length > MAX_REASON)
    throw new AppError('INVALID_INPUT', `字段“撤回原因”：撤回原因不能超过 ${MAX_REASON} 个字`);
  const current = await db
    .selectFrom('honest_cases')
    .select(['id', 'state', 'version'])
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!current) throw new AppError('NOT_FOUND', `没有第 ${input.id} 号诚信典型案例`);
  if (current.state !== 'published')
    throw new AppError('PRECONDITION_FAILED', `第 ${input.id} 号诚信典型案例已撤回，不能重复撤回`);
  await db.transaction().execute(async (trx) => {
    const changes = {
      state: 'withdrawn',
      withdrawn_by: input.actor,
      withdrawn_at: sql<Date>`now()`,
      withdrawal_reason: reason,
    };
    if (
      !(await transitionCase(
        trx,
        'honest_cases',
        { id: input.id, version: current.version, state: 'published' },
        changes,
      ))
    )
      throw caseChangedConflict('诚信典型案例', input.id);
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'honest_case.withdrawn',
      subjectType: 'honest_case',
      subjectId: String(input.id),
      payload: { reason },
    });
  });
  const found = await selectHonestCases(db).where('c.id', '=', input.id).executeTakeFirstOrThrow();
  const row = (await nameHonestCases(db, [found]))[0]!;
  return toHonestCase(
    row,
    loadPublicDisclosureRules().honestCases.eligibleGrades,
    await loadHonestCaseActorNames(db, [row]),
  );
}
