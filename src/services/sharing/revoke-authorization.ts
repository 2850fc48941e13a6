import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRefById } from '../../store/enterprise.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';

/** The enterprise withdraws an authorisation it gave: from now on the bank no longer sees it. Audited. */
export async function revokeAuthorization(db: Kysely<Database>, principal: Principal, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('enterprise_authorizations as a')
      .select(['a.id', 'a.revoked_at', 'a.enterprise_id'])
      .where('a.id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的授权`);
    const { uscc } = await findEnterpriseRefById(trx, current.enterprise_id);
    if (uscc !== principal.uscc) throw new AppError('FORBIDDEN', '只能撤回本企业作出的授权');
    if (current.revoked_at) return; // revoking twice changes nothing
    await trx
      .updateTable('enterprise_authorizations')
      .set({ revoked_at: new Date(), revoked_by: describeActor(principal) })
      .where('id', '=', id)
      .execute();
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'authorization.revoked',
      subjectType: 'enterprise_authorization',
      subjectId: String(id),
      payload: { uscc: principal.uscc },
    });
  });
}
